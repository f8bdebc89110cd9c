/**
 * `percent-of-total`: a share of a base that does not follow from its amounts, or shares that do not sum to
 * their printed total.
 *
 * Why: results tables print `Percentage of net sales` rows under a line item and `% of total` columns beside
 * amounts. A share column divides by the amount column its meaning names (`shareOf.column`, the same period's
 * amounts, never merely the nearest column to its left) and by a base row: the total of the row's own block
 * first (a subtotal found by arithmetic, printing 100%), else `shareOf.row` (else the table's grand total). A
 * base from outside the block must be at least as large as the item: a share above 100% of its base means the
 * base is wrong, and the cell is inconclusive. A total's leaves (not its subtotals) must sum to its printed
 * share; its own 100% is checked. When the shares foot exactly to the printed total, one share a single unit off
 * in its last digit is the filer's rounding plug: accepted, noted "rounded so the column foots". Each share is
 * item / base with both rounding intervals carried through the division. No meaning, no check: the table is
 * inconclusive with the reason. Share rows name their base in the label and need no column meaning.
 */
import type { Cell, Column, Row, Table } from '../core/model';
import { formatFixed, meets, rounding, sum } from '../core/interval';
import type { Rule, RuleContext } from './rule';
import { whyUnpaired, unreadShareColumns } from './shared/meaning';
import { isNumber, roundingDecimals, withSlots } from './shared/cells';
import { checkShareRow, SHARE_ROW } from './shared/shareRows';
import {
  checkShare,
  checkSum,
  cleanLabel,
  evaluateShare,
  foots,
  isShare,
  reportShare,
  trimEnd,
  type ShareCheck,
} from './shared/shares';
import { blocksOf, grandTotal, leavesOf, type Blocks } from './shared/subtotals';
import { hundredColumns } from './shared/totals';

export const percentOfTotal: Rule = {
  id: 'percent-of-total',
  description:
    'A share of a total (Percentage of net sales, % of total) that does not follow from its base, or shares that do not sum to their printed total.',
  defaultSeverity: 'warning',
  run(context) {
    for (const table of context.analysis.tables) {
      for (const row of table.rows) {
        const m = SHARE_ROW.exec(cleanLabel(row.label));
        // "Percent of class represented by amount in row (11)" is a 13D cover page, not a share of a total.
        if (!m || /class|outstanding|owned|vot/i.test(m[1])) continue;
        const why = checkShareRow(context, table, row, trimEnd(m[1], ' .:'));
        context.table(table.id, why ? 'inconclusive' : 'checked', why);
      }
      const shares = table.columns.filter((c) => c.meaning?.kind === 'share');
      for (const column of shares) {
        const why = checkShareColumn(context, table, column);
        context.table(table.id, why ? 'inconclusive' : 'checked', why);
      }
      // Columns that look like shares but whose meaning is not read: inconclusive, never a guess.
      const unread = new Set([
        ...unreadShareColumns(table),
        ...hundredColumns(table, new Set(shares)).map((h) => h.column),
      ]);
      for (const column of unread) {
        if (column.meaning && column.meaning.kind !== 'unknown') continue;
        context.table(table.id, 'inconclusive', whyUnpaired(column, 'shareOf'));
      }
    }
  },
};

const OVER_BASE = 'share above 100% of its base: the base row is not its total';

/** A share column with its meaning: each row over its base, the base's own 100%, and each total's leaves. */
function checkShareColumn(context: RuleContext, source: Table, column: Column): string | undefined {
  const shareOf = column.meaning!.shareOf;
  if (!shareOf) return whyUnpaired(column, 'shareOf');
  const amount = source.columns[shareOf.column];
  if (!amount || amount === column) return 'share column: its amount column is not in the table';
  // An amount column the HTML split into slots ("July 3, 2022" twice, the figure in either by row) is read as one.
  const table = withSlots(source, amount);
  const stated = /\(([\d,]{5,})\s+shares\)/.exec(column.path.join(' '));
  if (stated) return checkAgainstStated(context, table, column, amount, Number(stated[1].replace(/,/g, '')));
  const blocks = blocksOf(table, amount);
  // With no base row in the meaning, the grand total by arithmetic is the base only for a share of a total:
  // "% Sales" over a table holding no net sales row divides by a figure the table does not print.
  const namesBase = /\b(?:sales|revenues?|income|earnings|assets|market)\b/i.test(column.path.join(' '));
  const baseIndex = shareOf.row ?? (namesBase ? undefined : grandTotal(blocks));
  const baseRow = baseIndex === undefined ? undefined : table.rows[baseIndex];
  if (!baseRow) return column.meaning!.why ?? 'share column: no base row';
  // The base prints its own share: anything but 100% says the whole is not in the table (40.2% "of market").
  const baseShare = baseRow.cells[column.index];
  if (
    isShare(baseShare) &&
    Math.abs(Math.abs(baseShare.value.value) - 100) > 1e-9 &&
    partsMeet(table, blocks, column, baseRow)
  ) {
    return 'share column: its base row prints less than 100%, as its parts add up to: the whole is not in the table';
  }
  let why: string | undefined;
  const checks: ShareCheck[] = [];
  for (const row of table.rows) {
    const cell = row.cells[column.index];
    if (!isShare(cell) || row.kind === 'section') continue;
    const base = baseFor(table, blocks, column, row, baseRow);
    const item = row.cells[amount.index];
    const baseCell = base.cells[amount.index];
    const outside = base !== baseRow ? false : !isAncestor(blocks, base.index, row.index) && base !== row;
    // A base from outside the row's block must be a total at least as large as the item.
    // Printed above 100%: the base is wrong, unless the base prints its own 100% and the item's amount is smaller
    // (then the base is the table's whole and the printed share is what is wrong: 101.7% for 67.8% of sales).
    const baseHundred = isShare(base.cells[column.index]) && base.cells[column.index].value.value === 100;
    const smaller =
      isNumber(item) && isNumber(baseCell) && Math.abs(item.value.value) <= Math.abs(baseCell.value.value);
    if (
      (cell.value.value! > 100 + 1e-9 && !(baseHundred && smaller && base !== row)) ||
      (outside && Math.abs(item.value.value ?? 0) > Math.abs(baseCell.value.value ?? Infinity))
    ) {
      why ??= OVER_BASE;
      continue;
    }
    const check = evaluateShare(cell, item, baseCell, cleanLabel(base.label) || 'total', context.tolerance);
    if (check) checks.push(check);
  }
  const plugs = plugsOf(table, blocks, column, baseRow, checks);
  // A total whose leaves miss its printed share is reported once, by the sum (not again as x% of itself).
  const summedWrong = new Set<Cell>();
  for (const total of sumTotals(table, blocks, column, baseRow)) {
    const leaves = leavesUnder(table, blocks, column, total, baseRow);
    const cell = total.cells[column.index];
    if (leaves.length >= 2 && !checkSum(context, table, leaves, cell, cleanLabel(total.label) || 'total')) {
      summedWrong.add(cell);
    }
  }
  for (const check of checks) {
    if (!summedWrong.has(check.cell)) reportShare(context, table, check, plugs.has(check.cell));
  }
  return why;
}

/** The base's leaves (or, without blocks, every other share) add up to the base's own printed share (40.2% of a market). */
function partsMeet(table: Table, blocks: Blocks, column: Column, base: Row): boolean {
  const leaves = blocks.parts.has(base.index)
    ? leavesOf(blocks, base.index).map((i) => table.rows[i])
    : table.rows.filter((r) => r !== base);
  const cells = leaves.map((r) => r.cells[column.index]).filter(isShare);
  if (cells.length < 2) return false;
  const total = sum(cells.map((c) => rounding(c.value.value, roundingDecimals(c))));
  const own = base.cells[column.index];
  return meets(total, rounding(own.value.value!, roundingDecimals(own)));
}

/** The share cells of a total's leaves that divide by that total (a stacked block's leaves divide by their block). */
function leavesUnder(table: Table, blocks: Blocks, column: Column, total: Row, baseRow: Row): Cell[] {
  return leavesOf(blocks, total.index)
    .map((i) => table.rows[i])
    .filter((r) => isShare(r.cells[column.index]) && baseFor(table, blocks, column, r, baseRow) === total)
    .map((r) => r.cells[column.index]);
}

/** The row's base: its block's total when that prints 100% (a stacked sub-table), else the column's base row. */
function baseFor(table: Table, blocks: Blocks, column: Column, row: Row, baseRow: Row): Row {
  // A block total printing 100% is 100% of itself.
  if (blocks.parts.has(row.index) && row.cells[column.index].value.value === 100) return row;
  for (let p = blocks.parent.get(row.index); p !== undefined; p = blocks.parent.get(p)) {
    if (p === baseRow.index) return baseRow;
    const share = table.rows[p].cells[column.index];
    if (isShare(share) && share.value.value === 100) return table.rows[p];
  }
  return baseRow;
}

function isAncestor(blocks: Blocks, total: number, row: number): boolean {
  for (let p = blocks.parent.get(row); p !== undefined; p = blocks.parent.get(p)) if (p === total) return true;
  return false;
}

/** The totals whose leaves must add up to their printed share: the base row and every block printing 100%. */
function sumTotals(table: Table, blocks: Blocks, column: Column, baseRow: Row): Row[] {
  return [...blocks.parts.keys()]
    .map((i) => table.rows[i])
    .filter((r) => isShare(r.cells[column.index]) && (r === baseRow || r.cells[column.index].value.value === 100));
}

/**
 * Rounding plugs: under a total whose leaves' printed shares add up exactly to its printed share, the one
 * share (only one) that is off by at most one unit of its last digit.
 */
function plugsOf(table: Table, blocks: Blocks, column: Column, baseRow: Row, checks: ShareCheck[]): Set<Cell> {
  const out = new Set<Cell>();
  for (const total of sumTotals(table, blocks, column, baseRow)) {
    const leaves = leavesUnder(table, blocks, column, total, baseRow);
    if (!foots(leaves, total.cells[column.index])) continue;
    const off = checks.filter((c) => leaves.includes(c.cell) && !c.ok);
    if (off.length === 1 && off[0].withinPlug) out.add(off[0].cell);
  }
  const off = new Set(checks.filter((c) => !c.ok).map((c) => c.cell));
  for (const c of checks) {
    if (!c.ok && c.withinPlug && !out.has(c.cell) && footsAnIdentity(table, column, c.cell, off)) out.add(c.cell);
  }
  return out;
}

/**
 * Income statements foot by subtraction (gross margin = SG&A + D&A + operating income): a share one unit off is
 * the filer's plug when it is a term of a run of consecutive rows whose amounts add up to the row just above or
 * just below the run, and whose printed shares add up to that row's printed share exactly (below: the run's only
 * share off; above: every share off in the run is within a unit, as `checks` says).
 */
function footsAnIdentity(table: Table, column: Column, cell: Cell, off: Set<Cell>): boolean {
  const amountIndex = column.meaning!.shareOf!.column;
  const rows = table.rows.filter(
    (r) => r.kind !== 'section' && isShare(r.cells[column.index]) && isNumber(r.cells[amountIndex]),
  );
  const at = rows.findIndex((r) => r.cells[column.index] === cell);
  if (at < 0) return false;
  const d = Math.max(...rows.map((r) => r.cells[column.index].value.decimals ?? 0));
  const k = Math.pow(10, d);
  const share = (r: Row) => Math.round(r.cells[column.index].value.value! * k);
  const amount = (r: Row) => rounding(r.cells[amountIndex].value.value!, roundingDecimals(r.cells[amountIndex]));
  const holds = (run: Row[], target: Row) =>
    run.reduce((n, r) => n + share(r), 0) === share(target) && meets(sum(run.map(amount)), amount(target));
  for (let lo = Math.max(0, at - 8); lo <= at; lo++) {
    for (let hi = at; hi < Math.min(rows.length, lo + 9); hi++) {
      if (hi - lo < 1) continue;
      const run = rows.slice(lo, hi + 1);
      // A total below its parts takes one plug; a statement footing down from the row above (gross profit less
      // each expense to earnings) may round several lines so that each subtotal reads right.
      const offs = run.filter((r) => off.has(r.cells[column.index])).length;
      if ((lo > 0 && holds(run, rows[lo - 1])) || (offs === 1 && hi + 1 < rows.length && holds(run, rows[hi + 1]))) {
        return true;
      }
    }
  }
  return false;
}

/** "As a percentage of common stock outstanding (55,429,217 shares)": over the count the header states. */
function checkAgainstStated(
  context: RuleContext,
  table: Table,
  column: Column,
  amount: Column,
  base: number,
): undefined {
  const baseCell: Cell = {
    text: formatFixed(base, 0),
    span: column.headerSpans[0] ?? table.span,
    value: { kind: 'number', value: base, decimals: 0 },
    markers: [],
  };
  for (const row of table.rows) {
    const cell = row.cells[column.index];
    if (isShare(cell)) {
      checkShare(context, table, cell, row.cells[amount.index], baseCell, 'shares outstanding stated in the header');
    }
  }
  return undefined;
}
