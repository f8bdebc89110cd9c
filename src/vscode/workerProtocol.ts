import type { AnalyzeOptions } from '../core/analyze';
import type { CheckOptions, CheckResult } from '../rules/types';

/** Work the analysis worker does: check a filing (whole result, or findings only), or render an HTML filing as SEC text. */
export type Task =
  | { kind: 'check'; text: string; options: AnalyzeOptions & CheckOptions; /** leave per-cell data out (very large documents) */ lite?: boolean }
  | { kind: 'render'; text: string; uri?: string }
  /** The CLI's batch: only what its reporters print crosses back. */
  | { kind: 'findings'; text: string; options: AnalyzeOptions & CheckOptions };

/** What a task gives back. */
export type TaskOutput = CheckResult | RenderedText | Findings;

/** A check's findings without the analysis. */
export type Findings = Pick<CheckResult, 'findings' | 'tableChecks'> & { tables: number };

/** A rendering as it crosses threads: the text and its offset map's segments. */
export interface RenderedText {
  text: string;
  segments: [number, number, number, number][];
}

export interface TaskResult {
  check: CheckResult;
  render: RenderedText;
}

export type WorkerRequest = Task & { id: number };

export type WorkerResponse =
  | { id: number; ok: true; result: TaskOutput }
  | { id: number; ok: false; error: string };
