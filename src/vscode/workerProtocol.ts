import type { AnalyzeOptions } from '../core/analyze';
import type { CheckOptions, CheckResult } from '../rules/types';

export interface WorkerRequest {
  id: number;
  text: string;
  options: AnalyzeOptions & CheckOptions;
  /** Leave per-cell data out of the result (very large documents). */
  lite?: boolean;
}

export type WorkerResponse =
  | { id: number; ok: true; result: CheckResult }
  | { id: number; ok: false; error: string };
