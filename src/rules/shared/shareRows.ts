/**
 * `Percentage of net sales` rows under a line item: item / base in each column, the base being the row the label
 * names in the same table, else in the nearest table holding that row with a twin column for every share. Rows
 * name their base, so this needs no column meaning. Part of `percent-of-total`.
 */
import { meets, rounding, sum } from '../../core/interval';
import type { Cell, Column, Row, Table } from '../../core/model';
import type { RuleContext } from '../rule';
import { isNumber, isPercent, roundingDecimals } from './cells';
import { checkShare, cleanLabel } from './shares';
import { workCounters } from '../../core/workCounters';
import { lastStartingAtOrBefore } from '../../core/spanSearch';

export const SHARE_ROW = /^(?:as an? )?(?:percentage|percent|%)\s+(?:of|to)\s+(?:total\s+)?(.+)$/i;

/** Row labels naming the base: "net sales" finds "Net sales", "Total net sales", "Net sales, total". */
export function findBaseRow(table: Table, base: string, before: number): Row | undefined {
  const want = cleanLabel(base)
    .toLowerCase()
    .replace(/^total\s+/, '');
  if (!want) return undefined;
  const candidates = baseRows(table, want);
  // The nearest above the share row, else the first (candidates are in row order).
  const at = lastStartingAtOrBefore(candidates, before - 1, (r) => r.index);
  return at >= 0 ? candidates[at] : candidates[0];
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
    labels = table.rows.map((r) =>
      cleanLabel(r.label)
        .toLowerCase()
        .replace(/\(\d+\)|\*/g, '')
        .trim(),
    );
    labelCache.set(table, labels);
  }
  return labels;
}

/** "Percentage of net sales" under a line item: item / base in each column. */
export function checkShareRow(context: RuleContext, table: Table, row: Row, baseName: string): string | undefined {
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
  for (const column of columns) {
    checkShare(context, table, row.cells[column.index], item.cells[column.index], base(column), baseName);
  }
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
  const iv = (c: Column) => rounding(item.cells[c.index].value.value!, roundingDecimals(item.cells[c.index]));
  return amounts.find((c) => meets(iv(c), sum(amounts.filter((o) => o !== c).map(iv))));
}

/**
 * The base row in another table of the filing (Apple's expenses table says "Percentage of total net sales";
 * net sales are in the table above): the nearest table with that row, when it has a column of the same
 * header path for every share.
 */
function baseElsewhere(
  tables: Table[],
  table: Table,
  baseName: string,
  columns: Column[],
): ((c: Column) => Cell | undefined) | undefined {
  const at = tables.indexOf(table);
  const order = tables
    .map((t, i) => ({ t, d: i < at ? at - i : i > at ? i - at + 0.5 : Infinity }))
    .filter((x) => x.d !== Infinity)
    .sort((a, b) => a.d - b.d);
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
