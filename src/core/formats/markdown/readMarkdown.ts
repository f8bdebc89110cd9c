import type { Heading, Nodes, Root } from 'mdast';
import type { Metadata, RawTable, ReaderResult, Span } from '../../model';
import { emptyResult } from '../common';
import { footnoteLine, headerMetadata, headingLine } from '../../tables/proseLines';
import { findPipeBlocks, readPipeBlock } from '../../tables/pipeRows';
import { proseParsers } from './parsers';
import { starLegend } from './starLegends';
import { CharCode } from '../../charCodes';

/**
 * Reader for Markdown (edgartools and LLM pipelines). Pipe tables are read by a line scan
 * (tables/pipeRows.ts: exact offsets, header cells broken over lines, delimiter rows); unified +
 * remark-parse + remark-gfm then parse the text between them (positions shifted back) for `#`
 * headings, `(1)` footnote paragraphs and the prose around each table. remark-gfm alone reads big
 * tables at ~0.05 MB/s, which a 1 MB edgartools file cannot afford.
 */
export function readMarkdown(text: string): ReaderResult {
  const result = emptyResult('markdown', text.length);
  result.metadata = metadataOf(text);
  const blocks = findPipeBlocks(text);
  for (const b of blocks) {
    const table = readPipeBlock(text, b);
    if (table) result.tables.push(table);
  }
  const prose: { span: Span; text: string; heading: boolean }[] = [];
  const processor = proseParsers();
  for (const segment of between(text.length, blocks)) {
    let tree: Root;
    try {
      tree = processor.parse(text.slice(segment.start, segment.end));
    } catch {
      result.warnings.push('Part of the Markdown prose could not be parsed; its headings and footnotes were not read.');
      continue;
    }
    readProse(text, tree, segment.start, result, prose);
  }
  result.tables.sort((a, b) => a.span.start - b.span.start);
  attachProse(result.tables, prose);
  return result;
}

/** Reads headings, footnotes and prose blocks of one parsed segment that starts at `base`. */
function readProse(
  text: string,
  tree: Root,
  base: number,
  result: ReaderResult,
  prose: { span: Span; text: string; heading: boolean }[],
): void {
  for (const node of tree.children) {
    const span = spanOf(node, base);
    if (!span) continue;
    if (node.type === 'heading') {
      const title = plain(node).trim();
      result.headings.push({ title, span, depth: (node as Heading).depth });
      prose.push({ span, text: title, heading: true });
    } else if (node.type === 'table') {
      // A GFM table written without leading pipes ("a | b" / "--|--") escapes the line scan.
      const table = readPipeBlock(text, span);
      if (table) result.tables.push(table);
    } else {
      // edgartools prints "Item 7.    Management's Discussion" and "PART II" as one-line paragraphs.
      const oneLine =
        node.type === 'paragraph' && span.end - span.start <= 160 && !text.slice(span.start, span.end).includes('\n');
      const h = oneLine ? headingLine(text, span.start, span.end) : undefined;
      if (h) {
        h.title = h.title.replace(/\s+/g, ' ');
        result.headings.push(h);
        prose.push({ span, text: h.title, heading: true });
        continue;
      }
      if (node.type === 'paragraph' || node.type === 'list') readFootnotes(text, span, result);
      const t = plain(node).trim();
      if (t.length > 0) prose.push({ span, text: t, heading: false });
    }
  }
}

/** The stretches of text between the table blocks (each parsed on its own; positions shifted back). */
function between(length: number, blocks: Span[]): Span[] {
  const out: Span[] = [];
  let at = 0;
  for (const b of blocks) {
    if (b.start > at) out.push({ start: at, end: b.start });
    at = b.end;
  }
  if (at < length) out.push({ start: at, end: length });
  return out;
}

/** `before`: up to three blocks above a table (after the previous table); `after`: blocks below it up to a heading. */
function attachProse(tables: RawTable[], prose: { span: Span; text: string; heading: boolean }[]): void {
  let p = 0;
  for (let t = 0; t < tables.length; t++) {
    const table = tables[t];
    const prevEnd = t > 0 ? tables[t - 1].span.end : 0;
    const nextStart = t + 1 < tables.length ? tables[t + 1].span.start : Number.POSITIVE_INFINITY;
    while (p < prose.length && prose[p].span.end <= table.span.start) p++;
    const before: string[] = [];
    for (let j = p - 1; j >= 0 && before.length < 3 && prose[j].span.start >= prevEnd; j--) {
      before.unshift(prose[j].text);
    }
    const after: string[] = [];
    for (let j = p; j < prose.length && after.length < 30 && prose[j].span.start < nextStart; j++) {
      if (prose[j].span.start < table.span.end) continue;
      if (prose[j].heading) break;
      after.push(prose[j].text);
    }
    if (before.length > 0) table.before = before.join('\n');
    if (after.length > 0) table.after = after.join('\n');
  }
}

function readFootnotes(text: string, span: Span, result: ReaderResult): void {
  // A paragraph may hold several "(1) ..." lines; each line is checked on its own. Star legends glued to their
  // text or escaped ("**Filed herewith.", "\\* Less than 1%") are read from the text as written: the parser may
  // have taken their stars for emphasis.
  let start = span.start;
  while (start < span.end) {
    let nl = text.indexOf('\n', start);
    if (nl < 0 || nl > span.end) nl = span.end;
    const c = text.charCodeAt(start);
    if (c === CharCode.OpenParen || c === CharCode.Asterisk || c === CharCode.Dash || c === CharCode.Dagger) {
      const f = footnoteLine(text, start, nl) ?? (c === CharCode.Asterisk ? starLegend(text, start, nl) : undefined);
      if (f) result.footnotes.push(f);
    } else if (c === CharCode.Backslash) {
      const f = starLegend(text, start, nl);
      if (f) result.footnotes.push(f);
    }
    start = nl + 1;
  }
}

function spanOf(node: Nodes, base: number): Span | undefined {
  const p = node.position;
  if (!p || p.start.offset === undefined || p.end.offset === undefined) return undefined;
  return { start: base + p.start.offset, end: base + p.end.offset };
}

function plain(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') {
    return node.type === 'html' ? node.value.replace(/<[^>]{0,200}>/g, ' ') : node.value;
  }
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
    const lines = head
      .slice(Math.max(0, exact.index - 300), exact.index)
      .replace(/<[^>]{0,200}>/g, '\n')
      .split('\n');
    const name = lines
      .map((l) => l.trim())
      .filter((l) => l.length > 0)
      .pop();
    if (name && name.length <= 120) meta.company = name;
  }
  return meta;
}
