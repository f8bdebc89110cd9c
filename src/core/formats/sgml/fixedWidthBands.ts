/**
 * Header lines of a fixed-width table -> header bands. A column header printed over several lines
 * ("Number of" / "Shares Owned", "March 28," / "1997") is one phrase, as an HTML <th> would hold it;
 * a phrase spanning columns ("Ownership of Common Stock ... Hereby") sits in the band above the
 * phrases of the columns it spans. Rows come out top band first, one cell per column or colSpan.
 */
import type { RawCell, RawRow } from '../../model';
import { type Line, offsetAtColumn } from './fixedWidthLine';
import { emptyCell } from './fixedWidthRows';

/** One header line as read: its cells (with colSpan) and where it is among the header lines. */
export interface HeaderLine {
  row: RawRow;
  line: Line;
  /** Index among the header region's lines (rule lines in between end every phrase). */
  at: number;
}

interface Phrase {
  k: number;
  span: number;
  cells: RawCell[];
  top: number;
  bottom: number;
  line: Line;
  level: number;
}

const YEAR = /^(?:19|20)\d\d(?:\s*\([A-Za-z0-9]\))?$/;
const intersects = (a: Phrase, k: number, span: number) => a.k < k + span && k < a.k + a.span;

function joinCells(cells: RawCell[], span: number): RawCell {
  let cell: RawCell;
  if (cells.length === 1) {
    cell = { ...cells[0] };
  } else {
    let text = '';
    const pieces: { at: number; span: { start: number; end: number } }[] = [];
    for (const c of cells) {
      // "Accu-" over "mulated" is one word broken by a hyphen.
      if (text && !(/[A-Za-z]-$/.test(text) && /^[a-z]/.test(c.text))) text += ' ';
      for (const p of c.pieces ?? [{ at: 0, span: c.span }]) pieces.push({ at: text.length + p.at, span: p.span });
      text += c.text;
    }
    cell = { text, span: { start: cells[0].span.start, end: cells[cells.length - 1].span.end }, pieces };
  }
  cell.header = true;
  if (span > 1) cell.colSpan = span;
  else delete cell.colSpan;
  return cell;
}

export function stackHeaderLines(
  text: string,
  lines: HeaderLine[],
  rules: number[],
  columnStarts: number[],
  width: number,
): RawRow[] {
  if (lines.length <= 1) return lines.map((l) => l.row);
  const phrases: Phrase[] = [];
  let open: Phrase[] = [];
  let prevAt = -1;
  for (const hl of lines) {
    if (rules.some((r) => r > prevAt && r < hl.at)) open = [];
    prevAt = hl.at;
    let k = 0;
    for (const cell of hl.row.cells) {
      const span = Math.max(1, cell.colSpan ?? 1);
      if (cell.text) {
        // A bare year ("1994", "1993(A)") is a band of its own, not the first line of the header below it.
        const same = open.find((p) => p.k === k && p.span === span && !YEAR.test(p.cells[p.cells.length - 1].text));
        if (same) {
          same.cells.push(cell);
          same.bottom = hl.at;
          same.line = hl.line;
        } else {
          open = open.filter((p) => !intersects(p, k, span));
          const p: Phrase = { k, span, cells: [cell], top: hl.at, bottom: hl.at, line: hl.line, level: 0 };
          phrases.push(p);
          open.push(p);
        }
      }
      k += span;
    }
  }
  // Levels from the bottom: a phrase sits one band above the highest phrase below it in its columns.
  const byTop = [...phrases].sort((a, b) => b.top - a.top);
  for (const p of byTop) {
    for (const q of byTop) {
      if (q.top > p.bottom && intersects(q, p.k, p.span)) p.level = Math.max(p.level, q.level + 1);
    }
  }
  const levels = Math.max(0, ...phrases.map((p) => p.level)) + 1;
  const rows: RawRow[] = [];
  for (let r = levels - 1; r >= 0; r--) {
    const inRow = phrases.filter((p) => p.level === r).sort((a, b) => a.k - b.k);
    if (!inRow.length) continue;
    const line = inRow[inRow.length - 1].line;
    const cells: RawCell[] = [];
    for (let k = 0; k < width;) {
      const p = inRow.find((x) => x.k === k);
      if (p) {
        cells.push(joinCells(p.cells, Math.min(p.span, width - k)));
        k += p.span;
      } else {
        const empty = emptyCell(offsetAtColumn(text, line, columnStarts[k] ?? 0));
        empty.header = true;
        cells.push(empty);
        k++;
      }
    }
    const starts = inRow.map((p) => p.cells[0].span.start);
    const ends = inRow.map((p) => p.cells[p.cells.length - 1].span.end);
    rows.push({ cells, span: { start: Math.min(...starts), end: Math.max(...ends) } });
  }
  return rows;
}
