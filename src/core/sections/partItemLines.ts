import type { RawHeading, ReaderResult, Span } from '../model';
import { CharCode } from '../charCodes';

/**
 * Part and Item lines the reader did not report as headings: "ITEM 1.<TAB>BUSINESS" in converted text
 * (a TAB line looks like a table row to the reader), "Item 1.    Business" lines in Markdown renderings.
 * A plain line scan over text forms only (never inside HTML, where a line start means nothing); each
 * candidate is a short line starting with PART or ITEM, classified like any heading afterwards.
 */
export function scanPartItemLines(text: string, raw: ReaderResult): RawHeading[] {
  const ranges = scanRanges(text, raw);
  const out: RawHeading[] = [];
  // Jump from one line opening with PART or ITEM to the next (the regex engine skips the rest), then
  // look at that line only. No nested quantifiers: linear in the text.
  const re = /^[ \t#*_]*(?:item|part)/gim;
  for (const r of ranges) {
    re.lastIndex = r.start;
    for (let m = re.exec(text); m && m.index < r.end; m = re.exec(text)) {
      let nl = text.indexOf('\n', m.index);
      if (nl < 0 || nl > r.end) nl = r.end;
      const h = candidate(text, m.index, nl);
      if (h) out.push(h);
      re.lastIndex = Math.max(nl, m.index + 1);
    }
  }
  return out;
}

function scanRanges(text: string, raw: ReaderResult): Span[] {
  if (raw.format === 'converted' || raw.format === 'markdown') return [{ start: 0, end: text.length }];
  if (raw.format === 'sgml') return raw.documents.filter((d) => d.body === 'text').map((d) => d.span);
  return [];
}

/** The heading on line [start, end), if it is a short line opening with PART or ITEM. */
function candidate(text: string, start: number, end: number): RawHeading | undefined {
  if (end - start > 220 || end - start < 6) return undefined;
  let s = start;
  // Leading blanks and Markdown emphasis or heading marks; a pipe-table row (a contents table) is no heading.
  while (s < end && ' \t#*_'.includes(text[s])) s++;
  if (text[s] === '|') return undefined;
  const c = text.charCodeAt(s) | 0x20;
  if (c !== CharCode.i && c !== CharCode.p) return undefined;
  const word = text.slice(s, s + 5).toLowerCase();
  if (word !== 'item ' && word !== 'item\t' && word.slice(0, 4) !== 'part') return undefined;
  let e = end;
  while (e > s && ' \t\r*_'.includes(text[e - 1])) e--;
  const title = text.slice(s, e).replace(/[\t ]+/g, ' ');
  return { title, span: { start: s, end: e } };
}
