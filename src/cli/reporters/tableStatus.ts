import type { FileResult } from './types';

/** A table counts as inconclusive when any rule that applied to it could not check it. */
export function tableStatus(r: FileResult): { checked: number; inconclusive: number } {
  const byTable = new Map<string, boolean>();
  for (const c of r.tableChecks) {
    byTable.set(c.tableId, (byTable.get(c.tableId) ?? false) || c.status === 'inconclusive');
  }
  let inconclusive = 0;
  for (const v of byTable.values()) if (v) inconclusive++;
  return { checked: byTable.size - inconclusive, inconclusive };
}

/** Inconclusive (table, rule) checks counted by reason, reasons in sorted order. */
export function inconclusiveReasons(r: FileResult): Record<string, number> {
  const counts = new Map<string, number>();
  for (const c of r.tableChecks) {
    if (c.status !== 'inconclusive') continue;
    const reason = c.reason ?? `${c.ruleId}: no reason given`;
    counts.set(reason, (counts.get(reason) ?? 0) + 1);
  }
  return Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
