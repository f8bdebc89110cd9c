/** Small helpers the rules share: a cell's rounding interval, printing, fixes, column text. */
import type { Cell, Column, Span, Table } from '../../core/model';
import { formatFixed, rounding, type Interval } from '../../core/interval';
import type { Finding } from '../types';

const columnTexts = new WeakMap<Column, string>();

/** Header path of a column as one lower-case string ("before offering > % of class"); rules ask often, it is made once. */
export function columnText(column: Column | undefined): string {
  if (!column) return '';
  let text = columnTexts.get(column);
  if (text === undefined) {
    text = column.path.join(' > ').toLowerCase();
    columnTexts.set(column, text);
  }
  return text;
}

export function isPercent(cell: Cell | undefined): cell is Cell & { value: { value: number } } {
  return (
    !!cell && cell.value.kind === 'percent' && typeof cell.value.value === 'number' && Number.isFinite(cell.value.value)
  );
}

export function isNumber(cell: Cell | undefined): cell is Cell & { value: { value: number } } {
  return (
    !!cell && cell.value.kind === 'number' && typeof cell.value.value === 'number' && Number.isFinite(cell.value.value)
  );
}

/**
 * The decimals of a cell's rounding interval, in its printed unit: those printed, or its inline XBRL fact's when
 * coarser (`decimals="-3"` on "$1,025,000" printed to the dollar: +-500). The fact's decimals in the printed unit
 * are decimals + scale (-6 on a figure printed in millions, scale 6: 0). Never finer than printed: a fact that
 * claims more than its digits show (`INF`, or decimals 0 on "110.3" million) was rounded when printed all the same.
 */
export function roundingDecimals(cell: Cell, printed = cell.value.decimals ?? 0): number {
  const d = cell.fact?.decimals;
  if (typeof d !== 'number') return printed;
  return Math.min(printed, d + cell.fact!.scale);
}

/** Rounding interval of a percent cell, in percent units (1.42% -> [1.415, 1.425]). */
export function percentInterval(cell: Cell, tolerance: number): Interval {
  return rounding(cell.value.value ?? 0, roundingDecimals(cell), 1, tolerance);
}

/** Rounding interval of a number cell in units (scale 1e3 for a table "in thousands"). */
export function numberInterval(cell: Cell, scale: number, tolerance: number): Interval {
  return rounding(cell.value.value ?? 0, roundingDecimals(cell), scale, tolerance);
}

export function decimalsOf(cell: Cell): number {
  return cell.value.decimals ?? 0;
}

/** 1.42 -> "1.42%", -28 -> "(28%)"-free plain "-28%": messages print signed values plainly. */
export function pct(value: number, decimals: number): string {
  return `${value.toFixed(decimals)}%`;
}

export function num(value: number, decimals = 0): string {
  return formatFixed(value, decimals);
}

/** The printed text of a cell, trimmed, for messages ("2.42%"). */
export function printed(cell: Cell): string {
  return cell.text.trim() || '(empty)';
}

const DIGITS = /\d[\d,]*(?:\.\d+)?|\.\d+/;

/**
 * A fix replacing the digits of `cell` with `value` at the printed precision, keeping `$`, `%`, parentheses
 * and markers. Only when the cell's text is one contiguous run of the original (span length = text length)
 * and the sign does not change; otherwise no fix (better none than a wrong edit).
 */
export function digitFix(cell: Cell, value: number, title?: string): Finding['fix'] | undefined {
  if (cell.span.end - cell.span.start !== cell.text.length) return undefined;
  const m = DIGITS.exec(cell.text);
  if (!m) return undefined;
  const printedNegative = cell.value.negative ?? (cell.value.value ?? 0) < 0;
  if (value !== 0 && value < 0 !== printedNegative) return undefined;
  const decimals = cell.value.decimals ?? 0;
  const grouped = m[0].includes(',');
  const abs = Math.abs(value);
  const text = grouped ? num(abs, decimals) : abs.toFixed(decimals);
  if (text === m[0]) return undefined;
  const span: Span = { start: cell.span.start + m.index, end: cell.span.start + m.index + m[0].length };
  return { span, text, title: title ?? `Replace with computed value ${text}` };
}

/** Damerau-Levenshtein distance (optimal string alignment): how many key slips turn a into b. */
export function typoDistance(a: string, b: string): number {
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) d.push([i]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.length][b.length];
}

/** Year named in a header band, when the builder did not set it. */
export function columnYear(column: Column): number | undefined {
  if (column.year) return column.year;
  const text = column.path.join(' ');
  const m = /\b(19[5-9]\d|20[0-4]\d)\b/.exec(text);
  if (m) return Number(m[1]);
  // 4/01/00, 3/27/99: two-digit years in 1990s SGML headers.
  const d = /\b\d{1,2}\/\d{1,2}\/(\d{2})\b/.exec(text);
  if (d) return Number(d[1]) >= 50 ? 1900 + Number(d[1]) : 2000 + Number(d[1]);
  return undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const QUARTERS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  q1: 1,
  q2: 2,
  q3: 3,
  q4: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
};

/**
 * A sortable period for a column: year * 100 + month (a quarter counts as its last month), so "Second Quarter
 * 1997" sorts after "First Quarter 1997" and "June 28, 2025" after "March 29, 2025".
 */
export function columnPeriod(column: Column): number | undefined {
  const year = columnYear(column);
  if (!year) return undefined;
  const text = column.path.join(' ').toLowerCase();
  const q = /\b(first|second|third|fourth|q[1-4]|1st|2nd|3rd|4th)\b(?:\s+(?:fiscal\s+)?quarter)?/.exec(text);
  if (q && (/quarter/.test(text) || q[1].startsWith('q'))) return year * 100 + QUARTERS[q[1]] * 3;
  const m = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b/.exec(text);
  if (m) return year * 100 + MONTHS.indexOf(m[1]) + 1;
  const d = /\b(\d{1,2})\/\d{1,2}\/\d{2,4}\b/.exec(text);
  if (d) return year * 100 + Number(d[1]);
  return year * 100;
}

/** Tables whose title, caption or header bands say they are about beneficial ownership. */
export function isOwnershipTable(table: Table): boolean {
  const head = [table.title ?? '', table.caption ?? '', ...table.columns.map((c) => c.path.join(' '))].join(' ');
  return /beneficial|security ownership|selling (?:stock|share|security ?)holders?|principal (?:stock|share)holders|owned/i.test(
    head,
  );
}

/**
 * A row's figure in a column the HTML split into slots (the same header over adjacent grid columns, the figure
 * in one slot or the other by row): the column's own cell when it holds a figure, else the one figure among
 * its slots. Columns under no header have no slots.
 */
export function slotCell(table: Table, row: Table['rows'][number], column: Column): Cell | undefined {
  const own = row.cells[column.index];
  const figure = (c: Cell | undefined) => isNumber(c) || isPercent(c);
  if (figure(own) || column.path.length === 0) return own;
  const key = column.path.join('|');
  const found: Cell[] = [];
  for (const dir of [-1, 1]) {
    for (
      let j = column.index + dir;
      j > 0 && j < table.columns.length && table.columns[j].path.join('|') === key;
      j += dir
    ) {
      if (figure(row.cells[j])) found.push(row.cells[j]);
    }
  }
  return found.length === 1 ? found[0] : own;
}

/** The table with `column`'s cells read through its slots (`slotCell`): the same rows, one figure per row there. */
export function withSlots(table: Table, column: Column): Table {
  const siblings = table.columns.filter(
    (c) =>
      c !== column &&
      c.index > 0 &&
      Math.abs(c.index - column.index) <= 2 &&
      c.path.length > 0 &&
      c.path.join('|') === column.path.join('|'),
  );
  if (siblings.length === 0) return table;
  const rows = table.rows.map((r) => {
    const cell = slotCell(table, r, column);
    if (cell === r.cells[column.index] || cell === undefined) return r;
    const cells = [...r.cells];
    cells[column.index] = cell;
    return { ...r, cells };
  });
  return { ...table, rows };
}
