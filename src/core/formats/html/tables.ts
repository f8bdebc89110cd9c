import type { HElement } from './tree/nodes';
import { TextCollector, type Piece } from './textCollector';
import type { Block, BlockScanner, GridCell, GridRow, TableBlock, TextBlock } from './blocks';
import { isHidden } from './tagClasses';

const MAX_SPAN = 1000;
/** The pieces of a cell whose text is its source as it stands (shared, never written). */
const NO_PIECES: Piece[] = Object.freeze([]) as unknown as Piece[];
const DIGIT = /[0-9]/;
/** A footnote marker standing alone in a cell: (1), (a), *, **, †, ‡, [1]. */
export const MARKER_ONLY =
  /^(\(\s?[0-9]{1,2}\s?\)|\(\s?[a-zA-Z]{1,4}\s?\)|\*{1,3}|[†‡§¶]{1,2}|\[[0-9]{1,2}\]|[0-9]{1,2}\)?|[a-z]\))$/;

/**
 * Reads one <table>: a data table becomes a TableBlock; a layout table becomes text blocks (its rows
 * joined by spaces, so "Item 12. | Security Ownership" reads as a heading line), and a table that
 * nests other tables is walked as a container of blocks.
 */
export function scanTable(scanner: BlockScanner, table: HElement, depth: number): Block[] {
  const trs = rowsOf(table);
  if (trs.length === 0 || containsTable(table)) {
    const before = scanner.blocks.length;
    for (const tr of trs) {
      for (const td of cellsOf(tr)) {
        scanner.visit(td, false, depth + 2);
        scanner.flush();
      }
    }
    if (trs.length === 0) scanner.visitChildren(table, false, depth);
    scanner.flush();
    return scanner.blocks.splice(before);
  }
  const rows = gridRows(scanner, trs, depth);
  let caption: TableBlock['caption'];
  const cap = table.children.find((c): c is HElement => c.type === 'element' && c.tagName === 'caption');
  if (cap) {
    const c = new TextCollector(scanner.source);
    scanner.inline(cap, c, false, depth + 1);
    const text = c.text.trim();
    if (text) caption = { text, span: c.spanOf(0, text.length) };
  }
  const span = { start: scanner.startOf(table), end: scanner.endOf(table) };
  if (isDataTable(rows)) return [{ kind: 'table', rows, span, caption }];
  const blocks: TextBlock[] = [];
  if (caption) blocks.push({ kind: 'text', text: caption.text, pieces: [], span: caption.span, bold: false });
  for (const row of rows) {
    const b = joinRow(row);
    if (b) blocks.push(b);
  }
  return blocks;
}

function isDataTable(rows: GridRow[]): boolean {
  let digits = false;
  let wide = false;
  let markerRows = 0;
  let filledRows = 0;
  for (const r of rows) {
    const filled = r.cells.filter((c) => c.text.length > 0);
    if (filled.length === 0) continue;
    filledRows++;
    if (filled.length >= 2) wide = true;
    if (filled.length >= 2 && MARKER_ONLY.test(filled[0].text)) markerRows++;
    // digits in a value cell (not only in a label like "Item 12.")
    if (!digits && filled.slice(1).some((c) => DIGIT.test(c.text))) digits = true;
  }
  // a footnote legend laid out as a table: "(1) | text" rows
  if (markerRows > 0 && markerRows === filledRows) return false;
  return digits && wide;
}

/** A layout row as one line of text: its filled cells joined by single spaces. */
function joinRow(row: GridRow): TextBlock | undefined {
  const filled = row.cells.filter((c) => c.text.length > 0);
  if (filled.length === 0) return undefined;
  let text = '';
  const pieces: Piece[] = [];
  for (const c of filled) {
    if (text) text += ' ';
    const at = text.length;
    if (c.pieces.length) for (const p of c.pieces) pieces.push({ ...p, at: p.at + at });
    else pieces.push({ at, len: c.text.length, start: c.span.start, end: c.span.end });
    text += c.text;
  }
  return {
    kind: 'text',
    text,
    pieces,
    span: { start: filled[0].span.start, end: filled[filled.length - 1].span.end },
    bold: filled.every((c) => c.bold),
  };
}

function gridRows(scanner: BlockScanner, trs: HElement[], depth: number): GridRow[] {
  const rows: GridRow[] = [];
  /** Rows still covered by a rowspan, per column, and that cell's colSpan. */
  const covered: { left: number; colSpan: number }[] = [];
  for (const tr of trs) {
    const cells: GridCell[] = [];
    const rowStart = scanner.startOf(tr);
    let col = 0;
    const fillCovered = (at: number) => {
      while (covered[col]?.left > 0) {
        const cov = covered[col];
        cov.left--;
        cells.push({
          text: '',
          pieces: NO_PIECES,
          span: { start: at, end: at },
          col,
          colSpan: cov.colSpan,
          header: false,
          bold: false,
        });
        col += cov.colSpan;
      }
    };
    for (const td of cellsOf(tr)) {
      const start = scanner.startOf(td);
      fillCovered(start);
      const c = new TextCollector(scanner.source);
      const header = td.tagName === 'th';
      scanner.inline(td, c, header, depth + 2);
      const text = c.text.trim();
      const colSpan = clampInt(td.properties?.colSpan, MAX_SPAN);
      const rowSpan = clampInt(td.properties?.rowSpan, MAX_SPAN);
      const bold = c.plainChars === 0 && c.boldChars > 0;
      const span = text ? c.spanOf(0, text.length) : { start, end: start };
      const exact = c.pieces.length === 1 && c.pieces[0].len === c.pieces[0].end - c.pieces[0].start;
      const cell: GridCell = {
        text,
        pieces: exact || !text ? NO_PIECES : c.pieces,
        span,
        col,
        colSpan,
        header,
        bold: bold || header,
      };
      if (c.fact && text) cell.fact = c.fact;
      if (text && colSpan > 1 && alignsRight(td)) cell.right = true;
      cells.push(cell);
      if (rowSpan > 1) covered[col] = { left: rowSpan - 1, colSpan };
      col += colSpan;
    }
    fillCovered(scanner.endOf(tr));
    rows.push({ cells, span: { start: rowStart, end: scanner.endOf(tr) } });
  }
  return rows;
}

/** Whether a cell's own `align` attribute or `text-align` style puts its text at the right. */
function alignsRight(td: HElement): boolean {
  const { align, style } = td.properties ?? {};
  if (typeof align === 'string' && align.trim().toLowerCase() === 'right') return true;
  return typeof style === 'string' && TEXT_ALIGN_RIGHT.test(style);
}

const TEXT_ALIGN_RIGHT = /(?:^|;)\s*text-align\s*:\s*right\b/i;

function clampInt(v: unknown, max: number): number {
  const n = typeof v === 'number' ? v : parseInt(String(v ?? ''), 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(Math.floor(n), max) : 1;
}

/**
 * The rows and cells a browser lays out: a `display:none` row or cell makes no box, so it takes no slot and the
 * cells after it move left. Workiva filings put a hidden `colspan="3"` cell in some rows and not in others, so
 * counting them put "Change" and "Six Months Ended" a column group right of the figures they head.
 */
function rowsOf(table: HElement): HElement[] {
  const out: HElement[] = [];
  for (const c of table.children) {
    if (c.type !== 'element' || isHidden(c)) continue;
    if (c.tagName === 'tr') out.push(c);
    else if (c.tagName === 'thead' || c.tagName === 'tbody' || c.tagName === 'tfoot') {
      for (const r of c.children) if (r.type === 'element' && r.tagName === 'tr' && !isHidden(r)) out.push(r);
    }
  }
  return out;
}

function cellsOf(tr: HElement): HElement[] {
  return tr.children.filter(
    (c): c is HElement => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th') && !isHidden(c),
  );
}

function containsTable(el: HElement): boolean {
  const stack: HElement[] = [el];
  let first = true;
  while (stack.length) {
    const e = stack.pop()!;
    if (!first && e.tagName === 'table') return true;
    first = false;
    for (const c of e.children) if (c.type === 'element') stack.push(c);
  }
  return false;
}
