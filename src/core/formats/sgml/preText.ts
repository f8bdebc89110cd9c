/**
 * HTML documents that carry SGML text in part: HTML tables beside `<pre>` blocks of fixed-width
 * `<TABLE>` text with `<S>`/`<C>` markers. The HTML reader reads the document; each such `<pre>` block
 * is then read by the text reader instead, its HTML reading (a table with no cells, prose) left out.
 * Every span stays an offset into `text`. A document with no `<C>` at all costs one native indexOf.
 */
import type { ReaderResult, Span } from '../../model';
import { readHtml } from '../html/readHtml';
import { readPlainText } from './documentText';
import { MARKER_LINE } from './wrappedText';

/** `<pre>` blocks in text[start, end) holding an SGML column-marker line: the ranges inside the tags. */
export function preTextRanges(text: string, start: number, end: number): Span[] {
  const body = text.slice(start, end);
  if (body.indexOf('<C>') === -1) return [];
  const out: Span[] = [];
  const open = /<pre\b[^>]*>/gi;
  for (let m = open.exec(body); m; m = open.exec(body)) {
    const from = m.index + m[0].length;
    const close = body.slice(from).search(/<\/pre\s*>/i);
    const to = close === -1 ? body.length : from + close;
    if (MARKER_LINE.test(body.slice(from, to))) out.push({ start: start + from, end: start + to });
    open.lastIndex = to;
  }
  return out;
}

/** readHtml over the range, with `<pre>` blocks of SGML text read as text. */
export function readHtmlAndPreText(text: string, range?: Span): ReaderResult {
  const start = range?.start ?? 0;
  const end = range?.end ?? text.length;
  const result = readHtml(text, range);
  const ranges = preTextRanges(text, start, end);
  if (ranges.length === 0) return result;
  const outside = (s: Span) => !ranges.some((r) => s.start < r.end && s.end > r.start);
  result.tables = result.tables.filter((t) => outside(t.span));
  result.headings = result.headings.filter((h) => outside(h.span));
  result.footnotes = result.footnotes.filter((f) => outside(f.span));
  for (const r of ranges) {
    const read = readPlainText(text, r.start, r.end);
    result.tables.push(...read.tables);
    result.headings.push(...read.headings);
    result.footnotes.push(...read.footnotes);
    result.warnings.push(...read.warnings);
  }
  const byStart = (a: { span: Span }, b: { span: Span }) => a.span.start - b.span.start;
  result.tables.sort(byStart);
  result.headings.sort(byStart);
  result.footnotes.sort(byStart);
  return result;
}
