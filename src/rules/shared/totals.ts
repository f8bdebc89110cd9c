/**
 * Share columns known by their total: a column whose total row prints 100% holds shares of that total,
 * whatever its header says (often none: `2009 | | 2008 |` with `60%`, `39`, `1`, `100%` beside the amounts).
 * Without the column's meaning (which amount column it divides) such a column is only counted inconclusive:
 * the nearest amount to its left is no evidence. Part of `percent-of-total`.
 */
import { meets, rounding, sum } from '../../core/interval';
import type { Column, Row, Table } from '../../core/model';
import { isPercent, roundingDecimals } from './cells';
import { cleanLabel, isShare } from './shares';

// A "Percentage of total" row is a share row (checked as such), not the total of a share column.
const isTotalRow = (r: Row) =>
  (r.kind === 'total' || /^total\b/i.test(cleanLabel(r.label))) &&
  !/^(?:percent|percentage|%)\b/i.test(cleanLabel(r.label));

/** Columns whose total row prints 100 (%), not already checked by a `% of total` header. */
export function hundredColumns(table: Table, skip: Set<Column>): { column: Column; total: Row }[] {
  const out: { column: Column; total: Row }[] = [];
  // Total rows are found once per table, not once per column (labels are cleaned for each look).
  const totals = table.rows.filter(isTotalRow);
  if (totals.length === 0) return out;
  for (const column of table.columns) {
    if (skip.has(column) || column.role === 'label') continue;
    const total = totals.find((r) => isPercent(r.cells[column.index]) && sumsTo100(table, column, r));
    if (total) out.push({ column, total });
  }
  return out;
}

/** The total prints 100% over two or more shares, or (misprinted) the shares above it add up to 100%. */
export function sumsTo100(table: Table, column: Column, total: Row): boolean {
  const above = table.rows.filter((r) => r.index < total.index && r.kind === 'data' && isShare(r.cells[column.index]));
  if (above.length < 2) return false;
  if (Math.abs(total.cells[column.index].value.value! - 100) < 1e-9) return true;
  const parts = sum(
    above.map((r) => rounding(r.cells[column.index].value.value!, roundingDecimals(r.cells[column.index]))),
  );
  return meets(parts, { lo: 100, hi: 100 });
}
