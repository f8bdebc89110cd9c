import type { Cell, ColumnKind, Table } from '../model';
import { isPercentColumn, statsOf } from './meaning/stats';
import { PERCENT } from './meaning/words';

/**
 * Percent columns printed without `%` in most rows (only the first and total rows carry the sign, or none:
 * a "PERCENT OF CLASS" column of `10.9`, `8.5`): once a column's meaning says it holds percents, its bare
 * numbers are typed as percents (Cell.value.kind 'percent', in percent units), so no rule reads a number as
 * a percent on its own. Percent changes, shares, ownership percents and rates are percent columns, and so is
 * a column of mostly percents whose kind is unknown. Points changes (pts, bps) are not: they are differences
 * of percents. Money (`$ 12.5`) stays a number. In a percent-change column, a bare number on a row whose two
 * compared cells are percents is a points change (280 for 22.7% against 19.9%) and stays a number.
 */
const PERCENT_KINDS: ReadonlySet<ColumnKind> = new Set(['percent-change', 'share', 'ownership', 'rate']);

export function typePercentColumns(table: Table): void {
  for (const column of table.columns) {
    const m = column.meaning;
    if (!m || column.role === 'label') continue;
    if (!PERCENT_KINDS.has(m.kind) && m.kind !== 'unknown') continue;
    // A share or an unknown kind needs its cells or its own header to say percent: a "# of Shares" column under a
    // band "... and Percent of Total Outstanding" may be read as a share, but its numbers are counts.
    if (m.kind === 'share' || m.kind === 'unknown') {
      const stats = statsOf(table.rows.map((r) => r.cells[column.index]).filter((c): c is Cell => c !== undefined));
      const own = column.path[column.path.length - 1] ?? '';
      if (!isPercentColumn(stats, PERCENT.test(own) && stats.money === 0)) continue;
    }
    for (const row of table.rows) {
      const cell = row.cells[column.index];
      if (!cell || cell.value.kind !== 'number' || cell.value.money || !Number.isFinite(cell.value.value)) continue;
      if (m.kind === 'percent-change' && m.compares) {
        const [a, b] = m.compares.map((i) => row.cells[i]?.value.kind);
        if (a === 'percent' && b === 'percent') continue;
      }
      cell.value = { ...cell.value, kind: 'percent' };
    }
  }
}
