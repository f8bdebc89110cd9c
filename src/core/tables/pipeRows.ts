import type { RawCell, RawRow, RawTable, Span } from '../model';
import { isTrimmed } from './cells';
import { CharCode } from '../charCodes';
import { boldStars } from './pipeEmphasis';

/**
 * Pipe tables read by a line scan, with exact offsets: blocks of lines starting with `|`, rows that run
 * from a `|` line to a line ending in `|` (edgartools breaks long header cells over lines), a delimiter
 * row `|:--|--:|` ending the header rows, `\|` escapes kept inside cells, and bold `**` / `` ` `` markup
 * (pipeEmphasis.ts: a star run nothing pairs with is a footnote marker and stays) taken out of the text with one piece per kept run so offsets stay exact. remark-gfm reads the same
 * tables at ~0.05 MB/s; this reads them at line-scan speed, so the Markdown reader masks them out of
 * what it gives remark.
 */
export function findPipeBlocks(text: string): Span[] {
  const blocks: Span[] = [];
  let start = -1;
  let open = false;
  let lineStart = 0;
  const n = text.length;
  while (lineStart <= n) {
    let nl = text.indexOf('\n', lineStart);
    if (nl < 0) nl = n;
    let s = lineStart;
    while (s < nl && s - lineStart < 4 && text.charCodeAt(s) === CharCode.Space) s++;
    let e = nl;
    while (
      e > s &&
      (text.charCodeAt(e - 1) === CharCode.CarriageReturn ||
        text.charCodeAt(e - 1) === CharCode.Space ||
        text.charCodeAt(e - 1) === CharCode.Tab)
    ) {
      e--;
    }
    const pipeLine = s < e && text.charCodeAt(s) === CharCode.Pipe;
    if (pipeLine || (start >= 0 && open && e > s)) {
      if (start < 0) start = lineStart;
      open = text.charCodeAt(e - 1) !== CharCode.Pipe;
      if (nl >= n) blocks.push({ start, end: e });
    } else if (start >= 0) {
      blocks.push({ start, end: lineStart > 0 ? lineStart - 1 : lineStart });
      start = -1;
      open = false;
    }
    if (nl >= n) break;
    lineStart = nl + 1;
  }
  for (const b of blocks) while (b.end > b.start && /\s/.test(text[b.end - 1])) b.end--;
  return blocks;
}

const DELIMITER = /^\|?(\s*:?-{1,}:?\s*\|)+\s*(:?-{1,}:?\s*)?$/;

export function readPipeBlock(text: string, span: Span): RawTable | undefined {
  const rows: RawRow[] = [];
  let headerRows: number | undefined;
  let at = span.start;
  // Without a leading pipe (GFM allows "a | b"), every line is a row; with one, a row ends at a closing pipe.
  let first = span.start;
  while (first < span.end && /\s/.test(text[first])) first++;
  const lineRows = text.charCodeAt(first) !== CharCode.Pipe;
  while (at < span.end) {
    let end = at;
    for (;;) {
      let nl = text.indexOf('\n', end);
      if (nl < 0 || nl > span.end) nl = span.end;
      let lineEnd = nl;
      while (lineEnd > end && /\s/.test(text[lineEnd - 1])) lineEnd--;
      end = nl;
      if (lineRows || text.charCodeAt(lineEnd - 1) === CharCode.Pipe || nl >= span.end) break;
      end = nl + 1;
    }
    const rowText = text.slice(at, end).trim();
    if (rowText.length <= 4000 && rowText.includes('-') && DELIMITER.test(rowText)) headerRows ??= rows.length;
    else if (rowText.length > 0) rows.push({ cells: pipeCells(text, at, end), span: { start: at, end } });
    at = end + 1;
  }
  if (rows.length === 0 || rows.every((r) => r.cells.length < 2)) return undefined;
  const table: RawTable = { span, layout: 'pipe', rows };
  if (headerRows !== undefined) {
    table.headerRows = headerRows;
    for (const r of rows.slice(0, headerRows)) for (const c of r.cells) c.header = true;
  }
  return table;
}

function pipeCells(text: string, start: number, end: number): RawCell[] {
  let s = start;
  while (s < end && /\s/.test(text[s])) s++;
  let e = end;
  while (e > s && /\s/.test(text[e - 1])) e--;
  if (text.charCodeAt(s) === CharCode.Pipe) s++;
  if (e > s && text.charCodeAt(e - 1) === CharCode.Pipe && text.charCodeAt(e - 2) !== CharCode.Backslash) e--;
  const cells: RawCell[] = [];
  let from = s;
  for (let i = s; i <= e; i++) {
    if (i < e && (text.charCodeAt(i) !== CharCode.Pipe || text.charCodeAt(i - 1) === CharCode.Backslash)) continue;
    cells.push(pipeCell(text, from, i));
    from = i + 1;
  }
  return cells;
}

function pipeCell(text: string, start: number, end: number): RawCell {
  // Spacer cells (edgartools pads tables with them) are blank: no pieces or closure for them.
  let k = start;
  while (k < end && isTrimmed(text.charCodeAt(k))) k++;
  if (k === end) return { text: '', span: { start, end: start } };
  const pieces: { at: number; span: Span }[] = [];
  let display = '';
  let runStart = -1;
  let pendingSpace = false;
  const flush = (i: number) => {
    if (runStart < 0) return;
    let e = i;
    while (e > runStart && /\s/.test(text[e - 1])) e--;
    if (e > runStart) {
      if (pendingSpace && display.length > 0) display += ' ';
      pieces.push({ at: display.length, span: { start: runStart, end: e } });
      display += text.slice(runStart, e);
      pendingSpace = e < i;
    }
    runStart = -1;
  };
  // Stars that pair as bold are markup; a run nothing pairs with (`Revenue**`) is text: a footnote marker.
  const bold = boldStars(text, start, end);
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    // Markup that is not text: bold stars, `__`, backticks, and the backslash of an escape.
    if (bold?.has(i) || c === CharCode.BackTick) {
      flush(i);
      continue;
    }
    if (
      (c === CharCode.Underline && next === c) ||
      (c === CharCode.Backslash && i + 1 < end && /[\\|*_`[\]()#+\-.!]/.test(text[i + 1]))
    ) {
      flush(i);
      if (c === CharCode.Underline) i++;
      continue;
    }
    if (c === CharCode.LineFeed || c === CharCode.CarriageReturn) {
      flush(i);
      pendingSpace = true;
      continue;
    }
    if (runStart < 0) {
      if (/\s/.test(text[i])) {
        pendingSpace = display.length > 0;
        continue;
      }
      runStart = i;
    }
  }
  flush(end);
  if (pieces.length === 0) return { text: '', span: { start, end: start } };
  const cell: RawCell = {
    text: display,
    span: { start: pieces[0].span.start, end: pieces[pieces.length - 1].span.end },
  };
  if (pieces.length > 1 || display !== text.slice(cell.span.start, cell.span.end)) cell.pieces = pieces;
  return cell;
}
