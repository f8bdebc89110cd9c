import type { Cell, Marker, Span } from '../model';
import { cleanText } from './cells';
import { type GCell, type GRow, isBlank } from './grid';
import { cellOf } from './typed';
import { isUnitCaption } from './meaning/words';

/**
 * Header bands -> one path per column. An empty header cell means "the header to my left spans here",
 * but only while every band above is also shared with the left neighbour (so `Before Offering` spreads
 * over `Number` and `% of Class`, never over a column whose top band differs). A colSpan carries its
 * cell over its slots. The label column never spreads into data columns, and a row's absent trailing
 * cells (past its last TAB) do not span, nor do cells a rule row under the band leaves out (RawCell.unruled). A
 * head with nothing under it heads its own column and spreads over no column with a head of its own (headsBelow).
 */
export interface BandResult {
  paths: string[][];
  /** The bands of each column that no neighbour shares ("Percent", "Owned" under a spanning band). */
  own: string[][];
  headerSpans: Span[][];
  markers: Marker[][];
  headerCells: Cell[][];
}

export function resolveBands(header: GRow[], columns: number, labelColumn: boolean): BandResult {
  const headBelow = headsBelow(header, columns);
  const src: (GCell | undefined)[][] = [];
  for (let h = 0; h < header.length; h++) {
    const row = header[h];
    const line: (GCell | undefined)[] = [];
    // The cell spreading along this row heads its own column: nothing stands under it (see ownHead).
    let ownHead = false;
    for (let c = 0; c < columns; c++) {
      const cell = row.cells[c];
      if (cell && cell.covered) {
        line.push(cell);
        ownHead = false;
      } else if (cell && !isBlank(cell)) {
        line.push(cell);
        ownHead = !headBelow[c][h];
      } else if (
        c > 0 &&
        c < row.width &&
        !(labelColumn && c === 1) &&
        !cell?.unruled &&
        line[c - 1] &&
        !(ownHead && headBelow[c][h]) &&
        sameAbove(src, c) &&
        !wrapsPast(h, c)
      ) {
        line.push(line[c - 1]);
      } else line.push(undefined);
    }
    src.push(line);
  }
  const paths: string[][] = [];
  const ownBands: string[][] = [];
  const headerSpans: Span[][] = [];
  const markers: Marker[][] = [];
  for (let c = 0; c < columns; c++) {
    const path: string[] = [];
    const mine: string[] = [];
    const spans: Span[] = [];
    const own: Marker[] = [];
    let prev: GCell | undefined;
    for (let h = 0; h < header.length; h++) {
      const cell = src[h][c];
      if (!cell || cell === prev || (prev && cell.origin === prev.origin && cell.origin >= 0)) continue;
      prev = cell;
      const typed = cellOf(cell.covered ? { ...cell, covered: false, typed: undefined } : cell);
      const label = cleanText(typed.stripped).replace(/\s+/g, ' ');
      if (label.length > 0 && !path.includes(label)) path.push(label);
      const shared = (c > 0 && same(src[h][c - 1], cell)) || (c + 1 < columns && same(src[h][c + 1], cell));
      if (label.length > 0 && !shared) mine.push(label);
      spans.push(cell.span);
      // A header's markers belong to the first column it sits over in its own row (once, not per column).
      const here = header[h].cells[c];
      if (same(here, cell) && !same(c > 0 ? header[h].cells[c - 1] : undefined, cell)) own.push(...typed.cell.markers);
    }
    paths.push(path);
    ownBands.push(mine);
    headerSpans.push(spans);
    markers.push(own);
  }
  const headerCells = header.map((row) =>
    Array.from({ length: columns }, (_, c) => {
      const cell = row.cells[c];
      if (!cell || cell.covered) {
        return {
          text: '',
          span: { start: cell?.span.start ?? row.span.start, end: cell?.span.start ?? row.span.start },
          value: { kind: 'empty' as const },
          markers: [],
        };
      }
      return cellOf(cell).cell;
    }),
  );
  return { paths, own: ownBands, headerSpans, markers, headerCells };

  function same(a: GCell | undefined, b: GCell | undefined): boolean {
    return a === b || (a !== undefined && b !== undefined && a.origin >= 0 && a.origin === b.origin);
  }

  /**
   * Whether column c-1's header, from row h down, is one label wrapped over lines that go on below the row where
   * column c's own header starts (Tesla's "Median Annual Total / Compensation of all / ..." beside "Total CEO"
   * starting four rows lower): the wrapped lines are no band over c. A band ends by the row its columns' heads start
   * in; a head starting just below the band's row cannot tell a band from a wrapped label, and stays under it.
   */
  function wrapsPast(h: number, c: number): boolean {
    let start = h + 1;
    while (start < header.length && isBlank(header[start].cells[c])) start++;
    // A head starting in the very next row is under a band ("For the Years Ended" over 1992 | 1991).
    if (start < h + 2 || start + 1 >= header.length) return false;
    for (let r = h; r <= start + 1; r++) {
      const left = header[r].cells[c - 1];
      // A unit caption under a band ("Variance Due To / Volume / (Dollars in billions)") is no wrapped line.
      if (isBlank(left) || isUnitCaption(cleanText(left.text))) return false;
    }
    return true;
  }

  /** Whether every band above this one has column c and c-1 under the same header cell. */
  function sameAbove(done: (GCell | undefined)[][], c: number): boolean {
    for (const line of done) if (!same(line[c], line[c - 1])) return false;
    return true;
  }
}

/**
 * Per column, per header row: whether a header cell (or a colSpan's copy of one) stands in a row below it. A cell
 * with nothing under it is its own column's head, not a band, and spreads over no column that has a head of its own
 * lower down: the 20-F's statement of equity bottom-aligns each column's one head, over rows of their own ("Shares to
 * be issued" a row above "Contributed Surplus | Deficit" beside it, "Accumulated other comprehensive losses" two rows
 * above "Total"), where a band stands over the heads of its columns, its own first column's included.
 */
function headsBelow(header: GRow[], columns: number): boolean[][] {
  const out: boolean[][] = [];
  for (let c = 0; c < columns; c++) {
    const col = new Array<boolean>(header.length).fill(false);
    let seen = false;
    for (let h = header.length - 1; h >= 0; h--) {
      col[h] = seen;
      const cell = header[h].cells[c];
      if (cell && (cell.covered ? cleanText(cell.text).length > 0 : !isBlank(cell))) seen = true;
    }
    out.push(col);
  }
  return out;
}
