import type { AnalyzeOptions } from '../core/analyze';
import type { CheckOptions, CheckResult } from '../rules/types';

/** Work the analysis worker does: check a filing, or render an HTML filing as SEC text. */
export type Task =
  | {
      kind: 'check';
      text: string;
      options: AnalyzeOptions & CheckOptions;
      /** leave per-cell data out (very large documents) */ lite?: boolean;
    }
  | { kind: 'render'; text: string; uri?: string };

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
  { id: number; ok: true; result: CheckResult | RenderedText } | { id: number; ok: false; error: string };
