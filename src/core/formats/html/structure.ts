import type { RawFootnote, RawHeading } from '../../model';
import { sourceOffset } from './textCollector';
import type { TextBlock } from './blocks';

const ITEM_OR_PART = /^(ITEM|Item)\s{0,3}[0-9]{1,2}[A-Z]?\b|^PART\s{1,3}[IV]{1,4}\b|^Part\s{1,3}[IV]{1,4}\b/;
const HAS_LOWER = /[a-z]/;
const LETTERS = /[A-Za-z].*[A-Za-z].*[A-Za-z]/;
const ENDS_SENTENCE = /[.;:,]$/;

/**
 * Whether a text block is a heading: h1-h6, an `Item 12.` / `PART III` line, or a short line that is
 * all bold or ALL CAPS (not a sentence, not a footnote, not a number).
 */
export function headingOf(b: TextBlock): RawHeading | undefined {
  const text = b.text;
  if (text.length === 0 || text.length > 200 || text.includes('\n')) {
    if (!b.depth || text.length > 300) return undefined;
  }
  const title = text.replace(/\s+/g, ' ');
  if (b.depth) return { title, span: b.span, depth: b.depth };
  if (ITEM_OR_PART.test(text) && (b.bold || !HAS_LOWER.test(text.slice(0, 40)) || text.length < 120)) {
    return { title, span: b.span };
  }
  if (text.length > 120 || !LETTERS.test(text) || FOOTNOTE_START.test(text)) return undefined;
  if (/^(Table of Contents|Index)$/i.test(text)) return undefined;
  if ((b.bold || !HAS_LOWER.test(text)) && !ENDS_SENTENCE.test(text)) return { title, span: b.span };
  return undefined;
}

/** A footnote marker at the start of a line, followed by text: (1), (a), *, **, †, [1], 1. */
const FOOTNOTE_START =
  /^(\(\s?[0-9]{1,2}\s?\)|\(\s?[a-z]{1,4}\s?\)|\(\s?[A-Z]\s?\)|\*{1,3}|[†‡§¶]{1,2}|\[[0-9]{1,2}\]|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})\s?(?=\S)/;

/** The footnote a text block defines, when it starts with a marker. */
export function footnoteOf(b: TextBlock): RawFootnote | undefined {
  const m = FOOTNOTE_START.exec(b.text);
  if (!m) return undefined;
  const marker = m[1];
  let i = m[0].length;
  while (i < b.text.length && b.text[i] === ' ') i++;
  const rest = b.text.slice(i).trim();
  if (rest.length === 0) return undefined;
  const at = (k: number, end: boolean) => (b.pieces.length ? sourceOffset(b.pieces, k, end) : b.span.start + k);
  return {
    marker,
    key: footnoteKey(marker),
    text: rest,
    span: b.span,
    markerSpan: { start: at(0, false), end: at(marker.length, true) },
  };
}

/** "(1)" -> "1", "(a)" -> "a", "[2]" -> "2", "*" -> "*", "†" -> "†". */
export function footnoteKey(marker: string): string {
  // <sup>1</sup> reads as "¹" (superMarkers.ts): its key is "1".
  if (/^[⁰¹²³⁴⁵⁶⁷⁸⁹]+$/.test(marker)) return String(Number([...marker].map((c) => '⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c)).join('')));
  const inner = marker.replace(/^\(\s?|^\[|^<F|\s?\)$|\]$|>$/g, '').trim();
  return inner || marker;
}
