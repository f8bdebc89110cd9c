/**
 * Reading `Column.meaning` for the rules that pair columns (`percent-change`, `percent-of-total`): which columns
 * a rule may check, and the reasons a table stays inconclusive. The meaning is filled by the column-meaning
 * reader (headers, inline XBRL); the rules never guess a pairing themselves. Reasons are short and stable so
 * the summary and `check`'s closing line can count them.
 */
import type { Cell, Column, ColumnBasis, ColumnMeaning, Table } from '../../core/model';
import { columnText, isNumber, isPercent } from './cells';

/** The reason when no reader has given a column its meaning (every table, until the reader runs). */
export const NO_MEANING = 'column meaning not read';

const CHANGE_WORDS =
  /\bchanges?\b|increase|decrease|\bvs\.?(?:\s|$)|versus|\bchg\b|variance|better|worse|favou?rable|\bbps\b|\bpts\b|basis points?/;
const SHARE_WORDS = /(?:%|percent(?:age)?)\s*(?:of|to)\s+(?:total\b|net\b|revenue|sales)/;

/** How a basis is said in a reason and a headline ("change at constant currency"). */
const BASIS_PHRASE: Record<ColumnBasis, string> = {
  reported: 'reported change',
  'constant-currency': 'change at constant currency',
  'ex-currency': 'change excluding currency',
  organic: 'organic change',
  adjusted: 'adjusted (non-GAAP) change',
  'pro-forma': 'pro forma change',
  comparable: 'comparable change',
};

/** "change at constant currency: not derivable from reported amounts". */
export function notDerivable(basis: ColumnBasis): string {
  return `${BASIS_PHRASE[basis]}: not derivable from reported amounts`;
}

/** A column holds figures (a percent, a number, or a `180 bps` text cell) in some row. */
function holdsFigures(table: Table, column: Column): boolean {
  return table.rows.some(
    (r) =>
      isPercent(r.cells[column.index]) ||
      isNumber(r.cells[column.index]) ||
      parseUnitFigure(r.cells[column.index]) !== undefined,
  );
}

/** The column is a change column by its meaning: a percent change, a points change, or an amount that compares. */
export function isChangeMeaning(m: ColumnMeaning | undefined): boolean {
  return (
    !!m && (m.kind === 'percent-change' || m.kind === 'points-change' || (m.kind === 'amount' && m.compares !== null))
  );
}

/**
 * Columns this rule would check were their meaning known: no meaning (or `unknown`) and a header that reads
 * like a change. They make the table inconclusive, never a finding.
 */
export function unreadChangeColumns(table: Table): Column[] {
  return table.columns.filter(
    (c) =>
      c.role !== 'label' &&
      (!c.meaning || c.meaning.kind === 'unknown') &&
      (c.role === 'change' || c.role === 'percent-change' || CHANGE_WORDS.test(columnText(c))) &&
      holdsFigures(table, c),
  );
}

/** Columns that read like shares of a total (`% of total revenue`, or a percent column), with no meaning read. */
export function unreadShareColumns(table: Table): Column[] {
  return table.columns.filter(
    (c) =>
      c.role !== 'label' &&
      (!c.meaning || c.meaning.kind === 'unknown') &&
      SHARE_WORDS.test(columnText(c)) &&
      table.rows.some((r) => isPercent(r.cells[c.index])),
  );
}

/** Why a column's meaning gives no pairing: the reader's own reason, else a generic one. */
export function whyUnpaired(column: Column, what: 'compares' | 'shareOf'): string {
  if (!column.meaning) return NO_MEANING;
  return (
    column.meaning.why ??
    (what === 'compares'
      ? 'change column: the compared columns are not known'
      : 'share column: the base column is not known')
  );
}

/** A figure printed with its unit in the cell ("180 bps", "(2.1) pts"), which the cell reader leaves as text. */
export function parseUnitFigure(
  cell: Cell | undefined,
): { value: number; decimals: number; unit: 'bps' | 'pts' } | undefined {
  if (!cell || cell.value.kind !== 'text') return undefined;
  const m = /^([-−(]?)\s*(\d[\d,]*)(?:\.(\d+))?\s*\)?\s*(bps|bp|basis points?|pts?\.?|points?|ppts?)\)?$/i.exec(
    cell.text.trim(),
  );
  if (!m) return undefined;
  const decimals = m[3]?.length ?? 0;
  const value = Number(`${m[2].replace(/,/g, '')}${m[3] ? `.${m[3]}` : ''}`) * (m[1] ? -1 : 1);
  return { value, decimals, unit: /^b/i.test(m[4]) ? 'bps' : 'pts' };
}
