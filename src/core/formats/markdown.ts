import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Heading, Nodes, Root, RootContent, Table, TableCell } from 'mdast';
import type { Metadata, RawCell, RawRow, RawTable, ReaderResult, Span } from '../model';
import { emptyResult } from './common';
import { footnoteLine, headerMetadata } from '../tables/proseLines';

/**
 * Reader for Markdown (edgartools and LLM pipelines): GFM pipe tables through unified + remark-parse +
 * remark-gfm (node positions give the offsets), `#` headings, `(1)` footnote paragraphs, and metadata
 * when the text carries it. Spacer columns and split `$` / `%` cells are left to the table builder.
 */
export function readMarkdown(text: string): ReaderResult {
  const result = emptyResult('markdown', text.length);
  let tree: Root;
  try {
    tree = unified().use(remarkParse).use(remarkGfm).parse(text);
  } catch {
    result.warnings.push('The Markdown could not be parsed; no tables or headings were read.');
    return result;
  }
  result.metadata = metadataOf(text);
  const blocks = tree.children;
  let prevTableEnd = 0;
  for (let i = 0; i < blocks.length; i++) {
    const node = blocks[i];
    const span = spanOf(node);
    if (!span) continue;
    if (node.type === 'heading') {
      result.headings.push({ title: plain(node).trim(), span, depth: (node as Heading).depth });
    } else if (node.type === 'table') {
      const table = readTable(text, node as Table, span);
      const before: string[] = [];
      for (let j = i - 1; j >= 0 && before.length < 3; j--) {
        const s = spanOf(blocks[j]);
        if (!s || s.end <= prevTableEnd || blocks[j].type === 'table') break;
        before.unshift(plain(blocks[j]).trim());
      }
      const after: string[] = [];
      for (let j = i + 1; j < blocks.length && after.length < 30; j++) {
        if (blocks[j].type === 'table' || blocks[j].type === 'heading') break;
        after.push(plain(blocks[j]).trim());
      }
      if (before.length > 0) table.before = before.filter((s) => s.length > 0).join('\n');
      if (after.length > 0) table.after = after.filter((s) => s.length > 0).join('\n');
      result.tables.push(table);
      prevTableEnd = span.end;
    } else if (node.type === 'paragraph' && text.charCodeAt(span.start) === 124) {
      // Pipe rows GFM does not take as a table (no delimiter row, or header cells broken over lines).
      const table = readPipeBlock(text, span);
      if (table) {
        result.tables.push(table);
        prevTableEnd = span.end;
      }
    } else if (node.type === 'paragraph' || node.type === 'list') {
      readFootnotes(text, span, result);
    }
  }
  return result;
}

function readTable(text: string, node: Table, span: Span): RawTable {
  const rows = node.children.map((row, r) => {
    const cells = row.children.map((cell) => readCell(text, cell, r === 0));
    return { cells, span: spanOf(row) ?? span };
  });
  return { span, layout: 'pipe', rows };
}

/** A cell's displayed text, its span inside the pipes, and pieces when markup makes text and source differ. */
function readCell(text: string, cell: TableCell, header: boolean): RawCell {
  const outer = spanOf(cell) ?? { start: 0, end: 0 };
  let s = outer.start;
  let e = outer.end;
  if (text.charCodeAt(s) === 124) s++;
  if (e > s && text.charCodeAt(e - 1) === 124 && text.charCodeAt(e - 2) !== 92) e--;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  const pieces: { at: number; span: Span }[] = [];
  let display = '';
  const walk = (n: Nodes): void => {
    if ('value' in n && typeof n.value === 'string' && (n.type === 'text' || n.type === 'inlineCode')) {
      const p = spanOf(n);
      if (p) pieces.push({ at: display.length, span: p });
      display += n.value;
      return;
    }
    if ('children' in n) for (const c of n.children) walk(c as Nodes);
  };
  walk(cell);
  const out: RawCell = { text: display.trim() === display ? display : display.trim(), span: { start: s, end: e } };
  if (header) out.header = true;
  if (out.text !== text.slice(s, e) && pieces.length > 0) {
    const lead = display.length - display.trimStart().length;
    out.pieces = pieces.map((p) => ({ at: Math.max(0, p.at - lead), span: p.span }));
  }
  return out;
}

/**
 * A block of pipe rows read by hand: a row runs from a line starting with `|` to a line ending with `|`
 * (edgartools breaks long header cells over lines); a delimiter row `|:--|--:|` ends the header rows.
 * Each cell's text joins its lines with spaces, with one piece per line so offsets stay exact.
 */
function readPipeBlock(text: string, span: Span): RawTable | undefined {
  const rows: RawRow[] = [];
  let headerRows: number | undefined;
  let at = span.start;
  while (at < span.end) {
    let end = at;
    // The row ends at the first line break after a closing pipe.
    for (;;) {
      let nl = text.indexOf('\n', end);
      if (nl < 0 || nl > span.end) nl = span.end;
      const lineEnd = text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      end = nl;
      if (text.charCodeAt(lineEnd - 1) === 124 || nl >= span.end) break;
      end = nl + 1;
    }
    const rowText = text.slice(at, end);
    if (/^\|(\s*:?-{2,}:?\s*\|)+\s*$/.test(rowText)) headerRows ??= rows.length;
    else rows.push({ cells: pipeCells(text, at, end), span: { start: at, end } });
    at = end + 1;
  }
  if (rows.length === 0 || rows.every((r) => r.cells.length < 2)) return undefined;
  const table: RawTable = { span, layout: 'pipe', rows };
  if (headerRows !== undefined) table.headerRows = headerRows;
  return table;
}

function pipeCells(text: string, start: number, end: number): RawCell[] {
  const cells: RawCell[] = [];
  let from = text.charCodeAt(start) === 124 ? start + 1 : start;
  for (let i = from; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 124;
    if (c !== 124 || (i > from && text.charCodeAt(i - 1) === 92)) continue;
    if (i === end && from >= end) break;
    cells.push(pipeCell(text, from, i));
    from = i + 1;
  }
  // The closing pipe leaves an empty last cell behind it.
  if (cells.length > 0 && cells[cells.length - 1].text === '' && cells[cells.length - 1].span.start >= end - 1) cells.pop();
  return cells;
}

function pipeCell(text: string, start: number, end: number): RawCell {
  const pieces: { at: number; span: Span }[] = [];
  let display = '';
  let at = start;
  while (at < end) {
    let nl = text.indexOf('\n', at);
    if (nl < 0 || nl > end) nl = end;
    let s = at;
    let e = nl;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) {
      if (display.length > 0) display += ' ';
      pieces.push({ at: display.length, span: { start: s, end: e } });
      display += text.slice(s, e);
    }
    at = nl + 1;
  }
  if (pieces.length === 0) return { text: '', span: { start, end: start } };
  const cell: RawCell = { text: display, span: { start: pieces[0].span.start, end: pieces[pieces.length - 1].span.end } };
  if (pieces.length > 1) cell.pieces = pieces;
  return cell;
}

function readFootnotes(text: string, span: Span, result: ReaderResult): void {
  // A paragraph may hold several "(1) ..." lines; each line is checked on its own.
  let start = span.start;
  while (start < span.end) {
    let nl = text.indexOf('\n', start);
    if (nl < 0 || nl > span.end) nl = span.end;
    const c = text.charCodeAt(start);
    if (c === 40 || c === 42 || c === 45 || c === 0x2020) {
      const f = footnoteLine(text, start, nl);
      if (f) result.footnotes.push(f);
    }
    start = nl + 1;
  }
}

function spanOf(node: RootContent | Nodes): Span | undefined {
  const p = node.position;
  if (!p || p.start.offset === undefined || p.end.offset === undefined) return undefined;
  return { start: p.start.offset, end: p.end.offset };
}

function plain(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.type === 'html' ? node.value.replace(/<[^>]{0,200}>/g, ' ') : node.value;
  if ('children' in node) return node.children.map((c) => plain(c as Nodes)).join(node.type === 'list' ? '\n' : '');
  return '';
}

const FORM = /\bFORM\s+(10-K|10-Q|8-K|6-K|20-F|40-F|S-1|S-3|S-4|F-1|F-3|424B\d|DEF 14A|11-K)(\/A)?\b/;

/** Converted-style header lines when present, else `FORM 10-K` and the registrant's name from the cover page. */
function metadataOf(text: string): Metadata {
  const first: string[] = [];
  for (const line of text.slice(0, 2000).split('\n')) {
    if (line.trim().length > 0) first.push(line);
    if (first.length === 3) break;
  }
  const meta = headerMetadata(first);
  if (meta.formType) return meta;
  const head = text.slice(0, 8192);
  const form = FORM.exec(head);
  if (form) meta.formType = form[1] + (form[2] ?? '');
  const exact = /\(Exact name of (?:the )?registrant/i.exec(head);
  if (exact) {
    const lines = head.slice(Math.max(0, exact.index - 300), exact.index).replace(/<[^>]{0,200}>/g, '\n').split('\n');
    const name = lines.map((l) => l.trim()).filter((l) => l.length > 0).pop();
    if (name && name.length <= 120) meta.company = name;
  }
  return meta;
}
