/**
 * `percent-of-total`: a share of a base that does not follow from its amounts, or shares that do not sum to
 * their printed total.
 *
 * Why: results tables print `Percentage of net sales` rows under a line item and `% of total` columns beside
 * amounts. Each share is item / base with both rounding intervals carried through the division; a share
 * column whose total row prints (say) 100% must sum to it within n * 0.5 * 10^-d (plus the total's own
 * rounding). Without the base row or amount column there is no finding (the table counts as inconclusive).
 */
import type { Cell, Column, Row, Table } from '../core/model';
import type { Rule, RuleContext } from './rule';
import { columnText, isNumber, isPercent } from './shared/cells';
import { formatFixed, meets, rounding, sum } from '../core/interval';
import { workCounters } from '../core/workCounters';
import { checkShare, checkSum, cleanLabel, foots, trimEnd } from './shared/shares';
import { checkHundredColumn, hundredColumns, sumsTo100 } from './shared/totals';

const SHARE_ROW = /^(?:as an? )?(?:percentage|percent|%)\s+(?:of|to)\s+(?:total\s+)?(.+)$/i;
const SHARE_COLUMN = /(?:%|percent(?:age)?)\s*(?:of|to)\s+(?:total\s*)?(.*)$/;

export const percentOfTotal: Rule = {
  id: 'percent-of-total',
  description: 'A share of a total (Percentage of net sales, % of total) that does not follow from its base, or shares that do not sum to their printed total.',
  defaultSeverity: 'warning',
  run(context) {
    for (const table of context.analysis.tables) {
      const reasons: string[] = [];
      let applies = false;
      for (const row of table.rows) {
        const m = SHARE_ROW.exec(cleanLabel(row.label));
        // "Percent of class represented by amount in row (11)" is a 13D cover page, not a share of a total.
        if (!m || /class|outstanding|owned|vot/i.test(m[1])) continue;
        applies = true;
        const why = checkShareRow(context, table, row, trimEnd(m[1], ' .:'));
        if (why) reasons.push(why);
      }
      const done = new Set<Column>();
      for (const column of table.columns) {
        const m = SHARE_COLUMN.exec(columnText(column));
        if (!m || /class|own|beneficial|outstanding|vot|change/.test(columnText(column)) && !/\(([\d,]{5,})\s+shares\)/.test(columnText(column))) continue;
        if (!table.rows.some((r) => isPercent(r.cells[column.index]))) continue;
        applies = true;
        done.add(column);
        const why = checkShareColumn(context, table, column, m[1].trim());
        if (why) reasons.push(why);
      }
      const hundreds = hundredColumns(table, done);
      hundreds.forEach(({ column, total }, i) => {
        applies = true;
        const why = checkHundredColumn(context, table, column, total, i > 0 ? hundreds[i - 1].column.index : 0);
        if (why) reasons.push(why);
      });
      if (applies) context.table(table.id, reasons.length ? 'inconclusive' : 'checked', reasons[0]);
    }
  },
};

/** Row labels naming the base: "net sales" finds "Net sales", "Total net sales", "Net sales, total". */
function findBaseRow(table: Table, base: string, before: number): Row | undefined {
  const want = cleanLabel(base).toLowerCase().replace(/^total\s+/, '');
  if (!want) return undefined;
  const candidates = baseRows(table, want);
  // The nearest above the share row, else the first (candidates are in row order: a binary search).
  let lo = 0;
  let hi = candidates.length;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (candidates[m].index < before) lo = m + 1;
    else hi = m;
  }
  return lo > 0 ? candidates[lo - 1] : candidates[0];
}

const baseRowCache = new WeakMap<Table, Map<string, Row[]>>();

/** The rows whose label names `want`, in row order, found once per table and base (a tall table asks per row). */
function baseRows(table: Table, want: string): Row[] {
  let byBase = baseRowCache.get(table);
  if (!byBase) baseRowCache.set(table, (byBase = new Map()));
  let rows = byBase.get(want);
  if (!rows) {
    const labels = rowLabels(table);
    workCounters.rowVisits += table.rows.length;
    rows = table.rows.filter((r, i) => {
      const label = labels[i];
      return label === want || label === `total ${want}` || label === `${want}, total` || label === `${want}, net`;
    });
    byBase.set(want, rows);
  }
  return rows;
}

const labelCache = new WeakMap<Table, string[]>();

/** Row labels normalised once per table (base rows are looked up across every table of a filing). */
function rowLabels(table: Table): string[] {
  let labels = labelCache.get(table);
  if (!labels) {
    labels = table.rows.map((r) => cleanLabel(r.label).toLowerCase().replace(/\(\d+\)|\*/g, '').trim());
    labelCache.set(table, labels);
  }
  return labels;
}

/** "Percentage of net sales" under a line item: item / base in each column. */
function checkShareRow(context: RuleContext, table: Table, row: Row, baseName: string): string | undefined {
  const item = lineItemAbove(table, row);
  if (!item) return `no line item above '${cleanLabel(row.label)}'`;
  const columns = table.columns.filter((c) => isPercent(row.cells[c.index]));
  const local = findBaseRow(table, baseName, row.index);
  // "Percentage of total" under a total row whose first share is 100%: each column over that column's amount.
  const whole = /^total$/i.test(baseName.trim()) ? wholeColumn(row, item, columns) : undefined;
  const base = local
    ? (c: Column) => local.cells[c.index]
    : whole
      ? () => item.cells[whole.index]
      : baseElsewhere(context.analysis.tables, table, baseName, columns);
  if (!base) return `no '${baseName}' row for '${cleanLabel(row.label)}'`;
  for (const column of columns) checkShare(context, table, row.cells[column.index], item.cells[column.index], base(column), baseName);
  return undefined;
}

/** The nearest row above `row` that is a line item (not itself a share row) with a number: a walk up from the row. */
function lineItemAbove(table: Table, row: Row): Row | undefined {
  const at = table.rows[row.index] === row ? row.index : table.rows.length;
  for (let i = at - 1; i >= 0; i--) {
    const r = table.rows[i];
    workCounters.rowVisits++;
    if (r.index < row.index && !SHARE_ROW.test(cleanLabel(r.label)) && r.cells.some((c) => isNumber(c))) return r;
  }
  return undefined;
}

/** The column holding the whole: its share prints 100%, or (misprinted) its amount is the sum of the others. */
function wholeColumn(row: Row, item: Row, columns: Column[]): Column | undefined {
  const printed100 = columns.find((c) => row.cells[c.index].value.value === 100);
  if (printed100) return printed100;
  const amounts = columns.filter((c) => isNumber(item.cells[c.index]));
  if (amounts.length < 3) return undefined;
  const iv = (c: Column) => rounding(item.cells[c.index].value.value!, item.cells[c.index].value.decimals ?? 0);
  return amounts.find((c) => meets(iv(c), sum(amounts.filter((o) => o !== c).map(iv))));
}

/**
 * The base row in another table of the filing (Apple's expenses table says "Percentage of total net sales";
 * net sales are in the table above): the nearest table with that row, when it has a column of the same
 * header path for every share.
 */
function baseElsewhere(tables: Table[], table: Table, baseName: string, columns: Column[]): ((c: Column) => Cell | undefined) | undefined {
  const at = tables.indexOf(table);
  const order = tables.map((t, i) => ({ t, d: i < at ? at - i : i > at ? i - at + 0.5 : Infinity })).filter((x) => x.d !== Infinity).sort((a, b) => a.d - b.d);
  const key = (c: Column) => c.path.join(' > ').toLowerCase();
  for (const { t } of order) {
    const row = findBaseRow(t, baseName, t.rows.length);
    if (!row) continue;
    const map = new Map<Column, Column>();
    for (const c of columns) {
      const twins = t.columns.filter((o) => key(o) === key(c) && key(c) !== '' && isNumber(row.cells[o.index]));
      if (twins.length === 1) map.set(c, twins[0]);
    }
    // Only the nearest table with that row: skipping it for a farther one (a pro forma table) would guess.
    return map.size === columns.length ? (c) => row.cells[map.get(c)!.index] : undefined;
  }
  return undefined;
}

/** A `% of total` column: each row's amount / the total row's amount, and the shares sum to the printed total. */
function checkShareColumn(context: RuleContext, table: Table, column: Column, baseName: string): string | undefined {
  const amount = [...table.columns].reverse().find((c) => c.index < column.index && c.role !== 'label' && !/%|percent/.test(columnText(c)) && table.rows.some((r) => isNumber(r.cells[c.index])));
  if (!amount) return `no amount column for '${column.path.join(' > ')}'`;
  const stated = /\(([\d,]{5,})\s+shares\)/.exec(column.path.join(' '));
  if (stated) return checkAgainstStated(context, table, column, amount, Number(stated[1].replace(/,/g, '')));
  const totalLike = /^(?:total|all|revenues?|net (?:sales|revenues?)|sales)?$/.test(baseName);
  const named = baseName ? findBaseRow(table, baseName, table.rows.length) : undefined;
  const lastTotal = table.rows.filter((r) => r.kind === 'total' || /^total\b/i.test(cleanLabel(r.label))).pop();
  // "Percentage of Total Common Shares" with no such row: the total row, when its share prints 100%.
  const hundred = !!lastTotal && isPercent(lastTotal.cells[column.index]) && sumsTo100(table, column, lastTotal);
  const totalRow = named ?? (totalLike || hundred ? lastTotal : undefined);
  if (!totalRow) return `no '${baseName || 'total'}' row for '${column.path.join(' > ')}'`;
  const baseCell = totalRow.cells[amount.index];
  const rows = table.rows.filter((row) => row !== totalRow && row.kind !== 'section' && isPercent(row.cells[column.index]));
  const parts: Cell[] = rows.filter((row) => row.kind === 'data' && row.index < totalRow.index).map((row) => row.cells[column.index]);
  const totalCell = totalRow.cells[column.index];
  const plug = !named && foots(parts, totalCell);
  for (const row of rows) checkShare(context, table, row.cells[column.index], row.cells[amount.index], baseCell, cleanLabel(totalRow.label), plug);
  const subtotals = table.rows.some((r) => r.kind === 'subtotal' && r.index < totalRow.index);
  if (isPercent(totalCell) && !named && !subtotals && parts.length >= 2) checkSum(context, table, parts, totalCell);
  return undefined;
}

/** "As a percentage of common stock outstanding (55,429,217 shares)": the header states the base. */
function checkAgainstStated(context: RuleContext, table: Table, column: Column, amount: Column, base: number): undefined {
  const baseCell: Cell = {
    text: formatFixed(base, 0),
    span: column.headerSpans[0] ?? table.span,
    value: { kind: 'number', value: base, decimals: 0 },
    markers: [],
  };
  for (const row of table.rows) {
    const cell = row.cells[column.index];
    if (isPercent(cell)) checkShare(context, table, cell, row.cells[amount.index], baseCell, 'shares outstanding stated in the header');
  }
  return undefined;
}
