import type { Workbench } from './workbench';

/** One user-visible check. */
export interface Scenario {
  /** Short id, used in screenshot names and FILING_LENS_E2E_ONLY. */
  name: string;
  /** What a user sees, as a sentence. */
  title: string;
  run(wb: Workbench): Promise<void>;
}
