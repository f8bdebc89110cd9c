/**
 * Percent columns of an ownership table that are not a percent of class: "% of Total Voting Power",
 * "Combined Voting Power", "Economic Interest". Their base is votes (Class B may carry ten each) or an
 * economic share of the whole, not the class's shares outstanding, so nothing in the table derives them:
 * `percent-of-class` records the table inconclusive with the reason instead of checking them.
 */
import type { Table } from '../../core/model';
import { columnText, isOwnershipTable, isPercent } from './cells';

const NOT_CLASS = /\bvot(?:e|es|ing)\b|economic\s+interest|economic\s+ownership/;

/** One reason per such column ("'% of Total Voting Power' is voting power, not % of class: not checked"). */
export function notClassColumns(table: Table): string[] {
  if (!isOwnershipTable(table)) return [];
  const out: string[] = [];
  for (const column of table.columns) {
    if (column.role === 'label') continue;
    const text = columnText(column);
    const m = NOT_CLASS.exec(text);
    if (!m || !/%|percent|pct\b/.test(text)) continue;
    if (
      !table.rows.some((r) => isPercent(r.cells[column.index]) || r.cells[column.index]?.value.kind === 'less-than-one')
    ) {
      continue;
    }
    const what = /econ/.test(m[0]) ? 'economic interest' : 'voting power';
    out.push(`'${column.path.join(' > ')}' is ${what}, not % of class: not checked`);
  }
  return out;
}
