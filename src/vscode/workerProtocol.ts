import type { AnalyzeOptions } from '../core/analyze';
import type { CheckOptions, CheckResult } from '../rules/types';

export interface WorkerRequest {
  id: number;
  text: string;
  options: AnalyzeOptions & CheckOptions;
}

export type WorkerResponse =
  | { id: number; ok: true; result: CheckResult }
  | { id: number; ok: false; error: string };
