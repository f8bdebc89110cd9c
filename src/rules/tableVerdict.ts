import type { TableCheck } from './types';

/**
 * What the rules made of one table, from its (table, rule) checks: `checked` when every rule that applied
 * checked all of it, `partly` when some part was checked and some could not be (a rule inconclusive beside
 * another that checked, or a rule that checked one change column and skipped another), `inconclusive` when
 * rules applied and none could check anything. One definition for the summary panel and the CLI.
 */
export type TableVerdict = 'checked' | 'partly' | 'inconclusive';

export function tableVerdict(checks: Pick<TableCheck, 'status' | 'skipped'>[]): TableVerdict | undefined {
  if (checks.length === 0) return undefined;
  const checked = checks.filter((c) => c.status === 'checked');
  if (checked.length === 0) return 'inconclusive';
  return checked.length < checks.length || checked.some((c) => c.skipped) ? 'partly' : 'checked';
}

/** Counts of tables per verdict, over checks of any number of tables. */
export function verdictCounts(checks: TableCheck[]): Record<TableVerdict, number> {
  const byTable = new Map<string, TableCheck[]>();
  for (const c of checks) {
    const list = byTable.get(c.tableId);
    if (list) list.push(c);
    else byTable.set(c.tableId, [c]);
  }
  const out: Record<TableVerdict, number> = { checked: 0, partly: 0, inconclusive: 0 };
  for (const list of byTable.values()) out[tableVerdict(list)!]++;
  return out;
}

/**
 * Why tables (or parts of them) went unchecked, counted over (table, rule) checks, most frequent first:
 * the reason of each inconclusive check and the `skipped` reason of each partly checked one.
 */
export function countReasons(checks: TableCheck[]): { reason: string; count: number }[] {
  const byReason = new Map<string, number>();
  for (const c of checks) {
    const reason = c.status === 'inconclusive' ? (c.reason ?? 'no reason given') : c.skipped;
    if (reason) byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
  }
  return [...byReason]
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : 1));
}
