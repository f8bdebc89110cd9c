import type { Metadata, RawFootnote, RawHeading } from '../model';
import { footnoteKey } from './markers';
import { CharCode } from '../charCodes';

/**
 * Line classifiers shared by the text readers (converted text, Markdown): footnote definition lines,
 * heading lines, and the company / `Form X` / date header. Each works on one line with anchored,
 * bounded regexes, so a reader can call them on every line and stay linear.
 */

// "- (1) text", "(1) text", "* text", "† text", "¹ text", "(1)<TAB>text", "1.<TAB>text", "*<TAB>text"
const DASHED = /^-\s+(\(\d{1,3}\)|\([a-z]\)|\*{1,3}|[†‡§¶])\s+(\S)/;
const TABBED =
  /^[ ]*\t?[ ]*(\(\d{1,3}\)|\([a-zA-Z]\)|\*{1,3}|[†‡§¶#]|\d{1,2}\.|[a-z]\.|[¹²³⁴⁵⁶⁷⁸⁹]{1,2})[ \u00a0]*\t\s*(\S)/;
const PLAIN = /^(\(\d{1,3}\)|\([a-z]\)|\*{1,3}|[†‡§¶]|[¹²³⁴⁵⁶⁷⁸⁹]{1,2})[ \u00a0]*(\S)/;
const ALONE = /^\s*(\(\d{1,3}\)|\([a-z]\)|\*{1,3}|[†‡§¶#])\s*$/;

/** A footnote definition on the line [start, end), when the line is one. `next` is the following non-blank line. */
export function footnoteLine(
  text: string,
  start: number,
  end: number,
  next?: { start: number; end: number },
): RawFootnote | undefined {
  // Markers sit at the start of a line: the patterns only ever need its head, so a long line costs nothing.
  const line = text.slice(start, Math.min(end, start + 400));
  let m = DASHED.exec(line) ?? TABBED.exec(line);
  // A TAB footnote has one text cell: "(a)<TAB><TAB>(b)" is a header row of column letters, not a note.
  if (m && m[0].includes('\t') && hasTab(text, start + m[0].length, end)) return undefined;
  if (!m) {
    m = PLAIN.exec(line);
    // "(1)" followed by a word; "*" needs a space or letter after it ("**bold**" is not a footnote).
    if (m && m[1].startsWith('*') && !/^\*{1,3}\s/.test(line)) m = null;
    if (m && /^\(\d/.test(m[1]) && /^\(\d{1,3}\)\s*[\d,.$%]/.test(line)) m = null;
  }
  if (m) {
    const full = end - start > line.length ? text.slice(start, end) : line;
    const markerAt = line.indexOf(m[1]);
    const textAt = full.length - full.slice(markerAt + m[1].length).replace(/^[\s\u00a0]+/, '').length;
    const body = full.slice(textAt).trim();
    const lead = full.length - full.replace(/^\s+/, '').length;
    return {
      marker: m[1],
      key: footnoteKey(m[1]),
      text: body,
      span: { start: start + lead, end: start + full.trimEnd().length },
      markerSpan: { start: start + markerAt, end: start + markerAt + m[1].length },
    };
  }
  const alone = ALONE.exec(line);
  if (alone && next && next.end - next.start > 3) {
    const markerAt = line.indexOf(alone[1]);
    const body = text.slice(next.start, next.end).trim();
    if (ALONE.test(body) || body.includes('\t')) return undefined;
    return {
      marker: alone[1],
      key: footnoteKey(alone[1]),
      text: body,
      span: { start: start + markerAt, end: next.start + text.slice(next.start, next.end).trimEnd().length },
      markerSpan: { start: start + markerAt, end: start + markerAt + alone[1].length },
    };
  }
  return undefined;
}

function hasTab(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === CharCode.Tab) return true;
  return false;
}

const ITEM_OR_PART = /^\s*(item\s+\d{1,2}(\.\d{1,2})?[a-z]?\b|part\s+[ivx]{1,4}\b)/i;

/** A heading candidate: an `Item 1A.` / `PART II` line, or a short ALL-CAPS line. */
export function headingLine(text: string, start: number, end: number): RawHeading | undefined {
  const len = end - start;
  if (len < 3 || len > 160) return undefined;
  const line = text.slice(start, end);
  const title = line.trim();
  if (title.length < 3) return undefined;
  const at = start + line.indexOf(title);
  const span = { start: at, end: at + title.length };
  if (ITEM_OR_PART.test(title)) return { title, span };
  if (title.length > 120) return undefined;
  let letters = 0;
  for (let i = 0; i < title.length; i++) {
    const c = title.charCodeAt(i);
    if (c >= CharCode.a && c <= CharCode.z) return undefined;
    if (c >= CharCode.A && c <= CharCode.Z) letters++;
  }
  return letters >= 3 ? { title, span } : undefined;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** "December 22, 2003" or "2003-12-22" -> "2003-12-22"; anything else as printed. */
export function isoDate(printed: string): string {
  const s = printed.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  const m = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(s);
  if (m) {
    const month = MONTHS.findIndex((x) => x.startsWith(m[1].toLowerCase().slice(0, 3)));
    if (month >= 0) return `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[2].padStart(2, '0')}`;
  }
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (us) return `${us[3]}-${us[1].padStart(2, '0')}-${us[2].padStart(2, '0')}`;
  return s;
}

const FORM = /^Form\s+([A-Z0-9][A-Z0-9 /-]{0,20}?)\s*$/i;
const DATE_LIKE = /^([A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4}|(19|20)\d\d)$/;

/** The converted-text header: company line, `Form X` line, date line (the first three non-blank lines). */
export function headerMetadata(first: string[]): Metadata {
  const meta: Metadata = {};
  if (first.length < 2) return meta;
  const form = FORM.exec(first[1].trim());
  if (!form) return meta;
  meta.company = first[0].trim();
  meta.formType = form[1].trim();
  if (first[2] && DATE_LIKE.test(first[2].trim())) meta.filingDate = isoDate(first[2]);
  return meta;
}
