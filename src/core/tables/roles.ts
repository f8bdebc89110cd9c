import type { Cell, ColumnRole, RowKind } from '../model';

/** Column roles from header paths and the column's cells; row kinds from labels. */

const CHANGE = /\bchange\b|\bincrease\b|\bdecrease\b|\binc\.?\s*\(dec\.?\)/i;
const PERCENT = /%|\bpercent|\bper\s*cent/i;
const SHARES = /\bshares\b|\bnumber\b|\bowned\b|\bownership\b|\bunits\b|\bamount and nature\b/i;
const MONEY_HEADER = /\(\$\)|\$|\bdollars\b/;
const YEAR = /\b(19\d{2}|20\d{2})\b/;

export function columnRole(path: string[], cells: Cell[], isLabel: boolean, own: string[] = []): ColumnRole {
  if (isLabel) return 'label';
  let figures = 0;
  let percents = 0;
  let money = 0;
  let lessThanOne = 0;
  for (const c of cells) {
    const k = c.value.kind;
    if (k === 'number' || k === 'percent') figures++;
    if (k === 'percent') percents++;
    if (c.value.money) money++;
    if (k === 'less-than-one') lessThanOne++;
  }
  // The column's own bands say what it holds; bands spanning it and its neighbours say what they share.
  const last = own.length > 0 ? own.join(' ') : path.length > 0 ? path[path.length - 1] : '';
  const all = path.join(' ');
  const percentCells = percents > 0 && percents * 2 > figures;
  if (CHANGE.test(last) || (CHANGE.test(all) && !SHARES.test(last))) {
    const marks = cells.filter((c) => c.value.kind === 'not-meaningful').length;
    if (figures === 0 && marks === 0 && !PERCENT.test(all)) return 'other';
    if (figures === 0) return 'percent-change';
    return percentCells || PERCENT.test(all) ? 'percent-change' : 'change';
  }
  if (percentCells) return 'percent';
  if (PERCENT.test(last) && money * 2 < figures + 1) return 'percent';
  if (figures > 0 && /^year$/i.test(last.trim())) return 'other';
  if (figures > 0) return SHARES.test(all) && !MONEY_HEADER.test(all) && money * 2 < figures ? 'shares' : 'amount';
  if (lessThanOne > 0 || PERCENT.test(all)) return 'percent';
  return 'other';
}

/** The year a column is for, from its header path, nearest band first. */
export function columnYear(path: string[]): number | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const m = YEAR.exec(path[i]);
    if (m) return Number(m[1]);
  }
  return undefined;
}

/**
 * `Total ...` rows are totals, `Subtotal` rows subtotals, and ownership "as a group" rows subtotals
 * (they add up other rows, so sums must not count them twice); a label with no figures is a section row.
 */
export function rowKind(label: string, cells: Cell[], labelColumn: boolean): RowKind {
  const rest = labelColumn ? cells.slice(1) : cells;
  if (label.length > 0 && rest.every((c) => c.value.kind === 'empty')) return 'section';
  if (/^sub-?\s?total\b/i.test(label)) return 'subtotal';
  if (/^(grand\s+)?total\b/i.test(label) || /\btotals?:?$/i.test(label)) return 'total';
  if (/\bas a group\b/i.test(label)) return 'subtotal';
  return 'data';
}
