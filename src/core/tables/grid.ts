import type { RawCell, RawTable, Span } from '../model';
import { cleanText, isFigure, typeCell } from './cells';

/**
 * The builder's working grid: one slot per visual column, colSpan expanded. A cell that a colSpan
 * carries over into the next slots appears there again with `covered` set (same `origin`), so header
 * bands can see the span while data typing ignores the copies.
 */
export interface GCell {
  text: string;
  span: Span;
  pieces?: { at: number; span: Span }[];
  header?: boolean;
  /** Index of the raw cell this came from, unique within the table. */
  origin: number;
  covered?: boolean;
}

export interface GRow {
  cells: GCell[];
  span: Span;
  /** Slots the row's own cells reach (cells past it are absent, not empty). */
  width: number;
}

export function isBlank(c: GCell | undefined): boolean {
  return c === undefined || c.covered === true || cleanText(c.text).length === 0;
}

export function emptyAt(at: number, origin: number): GCell {
  return { text: '', span: { start: at, end: at }, origin };
}

/** RawTable rows -> grid rows, colSpan expanded; a figure spanning slots sits in its last slot (right-aligned). */
export function expandRows(raw: RawTable): GRow[] {
  let origin = 0;
  const rows: GRow[] = [];
  for (const row of raw.rows) {
    const cells: GCell[] = [];
    for (const rc of row.cells) {
      const n = Math.max(1, Math.min(rc.colSpan ?? 1, 64));
      const g = fromRaw(rc, origin++);
      if (n === 1) {
        cells.push(g);
        continue;
      }
      const figureRight = !rc.header && isFigure(typeCell(rc.text));
      for (let k = 0; k < n; k++) {
        const own = figureRight ? k === n - 1 : k === 0;
        cells.push(own ? g : { ...g, covered: true });
      }
    }
    rows.push({ cells, span: row.span, width: cells.length });
  }
  return rows;
}

function fromRaw(rc: RawCell, origin: number): GCell {
  const g: GCell = { text: rc.text, span: rc.span, origin };
  if (rc.pieces && rc.pieces.length > 0) g.pieces = rc.pieces;
  if (rc.header) g.header = true;
  return g;
}

/** Pads rows to one width and drops slots that are blank in every row (spacer columns). */
export function dropEmptyColumns(rows: GRow[]): GRow[] {
  const width = rows.reduce((w, r) => Math.max(w, r.cells.length), 0);
  const keep: number[] = [];
  for (let c = 0; c < width; c++) {
    if (rows.some((r) => !isBlank(r.cells[c]))) keep.push(c);
  }
  return rows.map((r) => {
    const end = r.span.end;
    const cells = keep.map((c) => r.cells[c] ?? emptyAt(end, -1));
    const reach = keep.filter((c) => c < r.width).length;
    return { cells, span: r.span, width: reach };
  });
}

/** Original offset of position `i` of a cell's text (through its pieces when it has them). */
export function offsetIn(cell: GCell, i: number): number {
  if (cell.pieces && cell.pieces.length > 0) {
    let p = cell.pieces[0];
    for (const q of cell.pieces) if (q.at <= i) p = q;
    return Math.min(p.span.start + Math.max(0, i - p.at), p.span.end);
  }
  return Math.min(cell.span.start + i, cell.span.end);
}
