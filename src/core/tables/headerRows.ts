import type { Cell, RawTable } from '../model';
import { cleanText, isDataValue, isFigure } from './cells';
import type { GRow } from './grid';

// How many leading rows of a table's grid head its columns (the rest are its rows).

const MAX_HEADER_ROWS_PAST = 4;
const MAX_INDEX_HEADER_ROWS = 3;

/**
 * The reader's count when it knows; else leading rows with no data value (years do not count as data) up to the
 * first row an exhibit number labels (`items`, itemNumbers.ts). HTML's
 * `<th>` rows are a minimum: a `<th>` title row is often followed by `<td>` rows that head the columns.
 */
export function countHeaderRows(t: RawTable, grid: GRow[], cells: Cell[][], items?: boolean[]): number {
  const known = t.headerRows === undefined ? 0 : Math.max(0, Math.min(t.headerRows, grid.length));
  if (t.headerRows !== undefined && t.layout !== 'html') return known;
  let n = known;
  /** The end of the run of label-alone rows starting at or before n (computed once per run). */
  let runEnd = -1;
  /** Where a label-alone row would have ended the header had no column-header row followed it. */
  let firstSection = -1;
  while (n < grid.length) {
    const row = grid[n];
    const flagged = row.cells.some((c) => c.header) && row.cells.every((c) => c.header || cleanText(c.text) === '');
    if (!flagged && hasDataValue(n) && !(n === 0 && headsFigures(0))) break;
    // An exhibit number and its description ("(3.1) | Trust Agreement ..."): a row of an index, not a header; the
    // rows above it head the columns if they are few and their cells short, as column heads are ("Exhibit Number |
    // Description"), and are rows too if not (a checkbox and "Fee computed on table below per Exchange Act Rules
    // ...", a page-cut index's sub-items "(k)" ... "(q)").
    if (!flagged && items?.[n] === true) {
      return n - known <= MAX_INDEX_HEADER_ROWS && shortCells(grid, known, n) ? n : known;
    }
    if (!flagged && n > 0 && isSectionLike(grid[n], cells[n])) {
      if (firstSection < 0) firstSection = n;
      if (runEnd < n) {
        runEnd = n + 1;
        while (runEnd < grid.length && isSectionLike(grid[runEnd], cells[runEnd])) runEnd++;
      }
      // Title rows ("REVENUES", "Dollars in millions") over a row of column headers belong to the header.
      const below = grid[runEnd];
      if (!below || hasDataValue(runEnd) || !below.cells.some((c, i) => i > 0 && cleanText(c.text).length > 0)) break;
    }
    n++;
  }
  /**
   * A first row whose value slots hold words ("Mean", "Median") among figures ("25%", "75%": percentiles), over a
   * row with a figure under each of them: column headers, not a row of data.
   */
  function headsFigures(r: number): boolean {
    const next = cells[r + 1];
    if (!next || cells[r][0]?.value.kind !== 'text') return false;
    let words = 0;
    for (let i = 1; i < cells[r].length; i++) {
      const v = cells[r][i].value;
      if (v.kind === 'empty') continue;
      if (!isFigure(next[i]?.value ?? { kind: 'empty' })) return false;
      if (v.kind === 'text') words++;
      else if (!isFigure(v)) return false;
    }
    return words > 0;
  }
  function hasDataValue(r: number): boolean {
    return grid[r].cells.some((c, i) => i > 0 && isDataValue(c.text, cells[r][i].value));
  }
  if (n === grid.length) {
    // No data row at all (an index, a signature block): the `<th>` rows, else the rows above the first label alone.
    if (known > 0) return known;
    if (firstSection >= 0) return firstSection;
    return grid.some((r) => r.cells.some((c) => c.header)) ? Math.min(1, n) : 0;
  }
  // Past the `<th>` rows (or a title row over the column heads), only a short run of rows heads the columns, no longer
  // than the rows left under it: a signature block under "Name | Title" is no header.
  const fallback = known > 0 ? known : firstSection >= 0 ? firstSection : n;
  const past = n - fallback;
  return past > MAX_HEADER_ROWS_PAST || past > grid.length - n ? fallback : n;
}

/** Every cell of rows [from, to) is short enough to be a column head. */
function shortCells(grid: GRow[], from: number, to: number): boolean {
  for (let r = from; r < to; r++) {
    for (const c of grid[r].cells) {
      if (!c.covered && c.text.length > MAX_HEAD_CHARS && cleanText(c.text).length > MAX_HEAD_CHARS) return false;
    }
  }
  return true;
}

const MAX_HEAD_CHARS = 60;

/** A label alone in the first slot ("Assets", "Revenues") just above the figures: a section row, not a header. */
function isSectionLike(grid: GRow, row: Cell[]): boolean {
  const spanned = grid.cells.some((c, i) => i > 0 && c.covered === true && cleanText(c.text).length > 0);
  return (
    row.length > 1 && !spanned && row[0].value.kind === 'text' && row.slice(1).every((c) => c.value.kind === 'empty')
  );
}
