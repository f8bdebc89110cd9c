import type { FilingDocument, RawHeading, ReaderResult, Section, Span } from '../model';
import { dropTableOfContents } from './tableOfContents';
import { scanPartItemLines } from './partItemLines';
import type { Flat } from './flatHeading';
import { lastStartingAtOrBefore, overlapsAny } from '../spanSearch';
import { CharCode } from '../charCodes';

/**
 * Builds the outline: SGML documents > Parts > Items > other headings, each with the range it governs
 * (from its heading to the next heading of the same or a higher rank). Table-of-contents entries that
 * repeat a later Item are dropped, so the outline points at the real sections.
 */
export function buildSections(text: string, raw: ReaderResult): Section[] {
  const candidates = withScannedLines(raw.headings, scanPartItemLines(text, raw))
    .filter((h) => h.span.end > h.span.start && h.span.start >= 0 && h.span.end <= text.length)
    .sort((a, b) => a.span.start - b.span.start);
  const docs = raw.format === 'sgml' ? raw.documents.filter((d) => d.span.end > d.span.start) : [];
  const flat: Flat[] = [];
  for (const doc of docs) flat.push(documentEntry(text, doc));
  const classified = candidates.map((h) => classify(h)).filter((c): c is Flat => c !== undefined);
  const kept = docs.length > 0 ? dropPerDocument(classified, docs, text) : dropTableOfContents(classified, text);
  flat.push(...kept);
  flat.sort((a, b) => a.span.start - b.span.start || a.rank - b.rank);
  return nest(text, flat, docs);
}

/** Reader headings, plus scanned Part/Item lines that no reader heading already covers. */
function withScannedLines(headings: RawHeading[], scanned: RawHeading[]): RawHeading[] {
  if (scanned.length === 0) return [...headings];
  const starts = headings.map((h) => h.span).sort((a, b) => a.start - b.start);
  const covered = (s: Span) => overlapsAny(starts, s.start, s.end);
  const extra = scanned.filter((h) => {
    const c = classify(h);
    return (c?.kind === 'part' || c?.kind === 'item') && !covered(h.span);
  });
  return [...headings, ...extra];
}

const PART = /^PART\s+(IV|V|I{1,3})(?=$|[\s.:\u2014\u2013-])[\s.:\u2014\u2013-]*(.*)$/i;
const ITEM = /^ITEM\s+(\d{1,2}(?:\.\d{1,2})?[A-Z]?(?:\([A-Z]\))?)(?=$|[\s.:\u2014\u2013-])[\s.:\u2014\u2013-]*(.*)$/i;

const CONTINUED = /(?:\((?:continued|cont'd|cont\.)\)|[-\u2013\u2014,]\s*continued)$/i;

/** Sorts a heading into part, item or plain heading; undefined for an empty title. */
export function classify(h: RawHeading): Flat | undefined {
  const title = h.title.replace(/\s+/g, ' ').trim();
  // "... (continued)" repeats a heading over a page break: the section goes on, no new one starts.
  if (!title || CONTINUED.test(title)) return undefined;
  const part = PART.exec(title);
  if (part && startsLikeTitle(part[2])) {
    return { kind: 'part', title, number: part[1].toUpperCase(), rank: 1, span: h.span };
  }
  const item = ITEM.exec(title);
  if (item && startsLikeTitle(item[2]) && title.length <= 300) {
    return { kind: 'item', title, number: item[1].toUpperCase(), rank: 2, span: h.span };
  }
  // Without a depth from the form, an ALL-CAPS heading ranks above a Title-case one ("RISK FACTORS" holds
  // "Risks Associated with this Offering"), as filings print them.
  const depth = h.depth ?? (/[a-z]/.test(title) ? 2 : 1);
  return { kind: 'heading', title, rank: 2 + Math.max(1, Math.min(depth, 6)), span: h.span };
}

/** "ITEM 7 of Form 10-K under ..." is a cross-reference, not a heading: the rest must start like a title. */
function startsLikeTitle(rest: string): boolean {
  if (!rest) return true;
  const c = rest.charAt(0);
  return c.toLowerCase() !== c || /["'\u2018\u201c([\d]/.test(c);
}

function documentEntry(text: string, doc: FilingDocument): Flat {
  // The heading of a document is its <TYPE> line when we can see it, else its first line.
  const head = text.slice(doc.span.start, Math.min(doc.span.end, doc.span.start + 400));
  const at = head.search(/<TYPE>/i);
  const lineStart = doc.span.start + (at >= 0 ? at : 0);
  let lineEnd = text.indexOf('\n', lineStart);
  if (lineEnd < 0 || lineEnd > doc.span.end) lineEnd = doc.span.end;
  if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === CharCode.CarriageReturn) lineEnd--;
  const title = (doc.type || 'DOCUMENT').trim();
  return {
    kind: 'document',
    title,
    rank: 0,
    span: { start: lineStart, end: Math.max(lineEnd, lineStart) },
    limit: doc.span.end,
  };
}

function dropPerDocument(items: Flat[], docs: FilingDocument[], text: string): Flat[] {
  const out: Flat[] = [];
  let i = 0;
  const sortedDocs = [...docs].sort((a, b) => a.span.start - b.span.start);
  for (const doc of sortedDocs) {
    while (i < items.length && items[i].span.start < doc.span.start) out.push(items[i++]);
    const inDoc: Flat[] = [];
    while (i < items.length && items[i].span.start < doc.span.end) inDoc.push(items[i++]);
    out.push(...dropTableOfContents(inDoc, text));
  }
  while (i < items.length) out.push(items[i++]);
  return out;
}

/** Nests the flat, ordered entries by rank and gives each its range. */
function nest(text: string, flat: Flat[], docs: FilingDocument[]): Section[] {
  const roots: Section[] = [];
  const stack: { section: Section; rank: number; limit: number }[] = [];
  let next = 0;
  const close = (upTo: number) => {
    const top = stack.pop()!;
    top.section.range.end = trimEnd(text, top.section.range.start, Math.min(upTo, top.limit));
  };
  for (const entry of flat) {
    const docEnd = entry.kind === 'document' ? entry.limit! : enclosingDocEnd(docs, entry.span.start, text.length);
    // Close everything of the same or a lower rank, and anything whose document ended before this heading.
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top.rank >= entry.rank || top.limit <= entry.span.start) close(entry.span.start);
      else break;
    }
    const section: Section = {
      id: `s${next++}`,
      kind: entry.kind,
      title: entry.title,
      level: stack.length + 1,
      span: entry.span,
      range: { start: entry.kind === 'document' ? docStart(docs, entry) : entry.span.start, end: docEnd },
      children: [],
    };
    if (entry.number !== undefined) section.number = entry.number;
    if (stack.length > 0) stack[stack.length - 1].section.children.push(section);
    else roots.push(section);
    stack.push({ section, rank: entry.rank, limit: docEnd });
  }
  while (stack.length > 0) close(text.length);
  return roots;
}

function docStart(docs: FilingDocument[], entry: Flat): number {
  const doc = docs.find((d) => d.span.start <= entry.span.start && entry.span.start < d.span.end);
  return doc ? doc.span.start : entry.span.start;
}

function enclosingDocEnd(docs: FilingDocument[], offset: number, length: number): number {
  for (const d of docs) if (d.span.start <= offset && offset < d.span.end) return d.span.end;
  return length;
}

/** Moves `end` back over trailing whitespace, never before `start`'s line. */
function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text.charAt(e - 1))) e--;
  return Math.max(e, start);
}

/** Every section in document (pre-)order. */
export function flattenSections(sections: Section[]): Section[] {
  const out: Section[] = [];
  const walk = (list: Section[]) => {
    for (const s of list) {
      out.push(s);
      walk(s.children);
    }
  };
  walk(sections);
  return out;
}

/** The innermost section whose range holds `offset`, if any. */
export function sectionAt(sections: Section[], offset: number): Section | undefined {
  let found: Section | undefined;
  let list = sections;
  for (;;) {
    const hit = findContaining(list, offset);
    if (!hit) return found;
    found = hit;
    list = hit.children;
  }
}

function findContaining(list: Section[], offset: number): Section | undefined {
  // Siblings are ordered and do not overlap: the last one starting at or before offset.
  const best = lastStartingAtOrBefore(list, offset, (s) => s.range.start);
  if (best < 0) return undefined;
  const s = list[best];
  return offset < Math.max(s.range.end, s.span.end) ? s : undefined;
}
