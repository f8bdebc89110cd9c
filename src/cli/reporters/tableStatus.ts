import type { FileResult } from './types';
import { countReasons, verdictCounts } from '../../rules/tableVerdict';

/** Tables checked, partly checked and inconclusive in one file: the summary panel's definition (rules/tableVerdict.ts). */
export function tableStatus(r: FileResult): { checked: number; partly: number; inconclusive: number } {
  return verdictCounts(r.tableChecks);
}

/** Why tables or parts of them went unchecked, counted by reason, reasons in sorted order. */
export function inconclusiveReasons(r: FileResult): Record<string, number> {
  const counts = countReasons(r.tableChecks).map(({ reason, count }) => [reason, count] as const);
  return Object.fromEntries(counts.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
