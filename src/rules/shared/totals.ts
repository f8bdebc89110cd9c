/**
 * Share columns known by their total: a column whose total row prints 100% holds shares of that total,
 * whatever its header says (often none: `2009 | | 2008 |` with `60%`, `39`, `1`, `100%` beside the amounts).
 * Each share is checked against the amount to its left over the total's amount, and the shares against 100%.
 * Part of `percent-of-total`.
 */
import { meets, rounding, sum } from '../../core/interval';
import type { Cell, Column, Row, Table } from '../../core/model';
import type { RuleContext } from '../rule';
import { isNumber, isPercent } from './cells';
import { checkShare, checkSum, cleanLabel, foots, isShare } from './shares';

// A "Percentage of total" row is a share row (checked as such), not the total of a share column.
const isTotalRow = (r: Row) => (r.kind === 'total' || /^total\b/i.test(cleanLabel(r.label))) && !/^(?:percent|percentage|%)\b/i.test(cleanLabel(r.label));

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
  const parts = sum(above.map((r) => rounding(r.cells[column.index].value.value!, r.cells[column.index].value.decimals ?? 0)));
  return meets(parts, { lo: 100, hi: 100 });
}

/** The amount a share cell divides: the nearest number to its left, after the previous share column. */
function amountFor(row: Row, column: Column, floor: number): Cell | undefined {
  for (let i = column.index - 1; i > floor; i--) {
    const cell = row.cells[i];
    if (isPercent(cell)) return undefined;
    if (isNumber(cell)) return cell;
  }
  return undefined;
}

export function checkHundredColumn(context: RuleContext, table: Table, column: Column, total: Row, floor: number): string | undefined {
  const base = amountFor(total, column, floor);
  if (!base) return `no total amount for the 100% column '${column.path.join(' > ') || column.index}'`;
  const parts: Cell[] = [];
  let start = 0;
  for (const r of table.rows) if (r.index < total.index && (r.kind === 'subtotal' || r.kind === 'total')) start = r.index + 1;
  const rows = table.rows.filter((row) => row.index >= start && row.index < total.index && row.kind === 'data' && isShare(row.cells[column.index]));
  for (const row of rows) parts.push(row.cells[column.index]);
  const plug = foots(parts, total.cells[column.index]);
  for (const row of rows) {
    const item = amountFor(row, column, floor);
    if (item) checkShare(context, table, row.cells[column.index], item, base, cleanLabel(total.label) || 'total', plug);
  }
  // The total itself is 100% of itself.
  checkShare(context, table, total.cells[column.index], base, base, cleanLabel(total.label) || 'total');
  if (parts.length >= 2) checkSum(context, table, parts, total.cells[column.index]);
  return undefined;
}
