import type { Marker } from '../model';
import { CharCode } from '../charCodes';

/**
 * Footnote markers as printed in filings: "(1)", "(a)", "<F1>", "[1]", "*", "**", "†", "¹".
 * `splitMarkers` takes them off the end of a cell (and `<F1>` from anywhere), keeping their exact spans;
 * `footnoteKey` normalises a marker so a reference finds its definition ("(1)", "<F1>", "¹" -> "1").
 * All scanning is by hand over a bounded tail of the text: no regex can backtrack here.
 */

const SUPERSCRIPT_DIGITS: Record<string, string> = {
  '⁰': '0',
  '¹': '1',
  '²': '2',
  '³': '3',
  '⁴': '4',
  '⁵': '5',
  '⁶': '6',
  '⁷': '7',
  '⁸': '8',
  '⁹': '9',
};
const SYMBOLS = '†‡§¶';
const SUPERSCRIPT_OF = Object.fromEntries(Object.entries(SUPERSCRIPT_DIGITS).map(([sup, d]) => [d, sup]));

/** Digits as the superscript marker they stand for: "12" -> "¹²" (a `<sup>12</sup>` read as text). */
export function toSuperscript(digits: string): string {
  return [...digits].map((d) => SUPERSCRIPT_OF[d] ?? d).join('');
}

/** "(1)" -> "1", "<F1>" -> "1", "1." -> "1", "(a)" -> "a", "[1]" -> "1", "¹" -> "1"; "*", "**", "†" stay as they are. */
export function footnoteKey(marker: string): string {
  const m = marker.trim();
  if (m.length === 0) return m;
  const fn = /^<F(\d{1,3})>$/i.exec(m) ?? /^(\d{1,3})\.$/.exec(m);
  if (fn) return String(Number(fn[1]));
  const paren = /^[([]\s?([0-9]{1,3}|[A-Za-z]{1,4})\s?[)\]]$/.exec(m);
  if (paren) return /^\d+$/.test(paren[1]) ? String(Number(paren[1])) : paren[1];
  if (isSuperscriptRun(m)) return String(Number([...m].map((c) => SUPERSCRIPT_DIGITS[c]).join('')));
  return m;
}

function isSuperscriptRun(s: string): boolean {
  if (s.length === 0) return false;
  for (const c of s) if (!(c in SUPERSCRIPT_DIGITS)) return false;
  return true;
}

/** A marker found at [from, to) of the text, as printed. */
interface Found {
  from: number;
  to: number;
  kind: 'paren' | 'fn' | 'star' | 'symbol';
}

const isDigit = (c: number): boolean => c >= CharCode.Digit0 && c <= CharCode.Digit9;
const isLower = (c: number): boolean => c >= CharCode.a && c <= CharCode.z;
const isSpace = (c: number): boolean => c === CharCode.Space || c === CharCode.Tab || c === CharCode.NoBreakSpace;

/** The marker ending at `end` (exclusive), if any. */
function markerBefore(text: string, end: number): Found | undefined {
  const last = text.charCodeAt(end - 1);
  if (last === CharCode.CloseParen || last === CharCode.CloseSquareBracket) {
    const open = last === CharCode.CloseParen ? CharCode.OpenParen : CharCode.OpenSquareBracket;
    let i = end - 2;
    if (i >= 0 && isSpace(text.charCodeAt(i))) i--;
    const innerEnd = i + 1;
    while (i >= 0 && end - i <= 6 && isDigit(text.charCodeAt(i))) i--;
    let inner = innerEnd - (i + 1);
    if (inner === 0 && i >= 0 && isLower(text.charCodeAt(i))) {
      // "(a)" only after a space or a figure: "Position(s)" is a plural, not a marker.
      const before = i - 2 >= 0 ? text.charCodeAt(i - 2) : CharCode.Space;
      if (isLower(before) || (before >= CharCode.A && before <= CharCode.Z)) return undefined;
      i--;
      inner = 1;
    }
    if (inner === 0 || inner > 2) return undefined;
    if (i >= 0 && isSpace(text.charCodeAt(i))) i--;
    if (i >= 0 && text.charCodeAt(i) === open) return { from: i, to: end, kind: 'paren' };
    return undefined;
  }
  if (last === CharCode.GreaterThan) {
    let i = end - 2;
    while (i >= 0 && end - i <= 6 && isDigit(text.charCodeAt(i))) i--;
    if (i === end - 2 || i < 1) return undefined;
    const f = text.charCodeAt(i);
    if ((f === CharCode.F || f === CharCode.f) && text.charCodeAt(i - 1) === CharCode.LessThan) {
      return { from: i - 1, to: end, kind: 'fn' };
    }
    return undefined;
  }
  if (last === CharCode.Asterisk) {
    let i = end - 1;
    while (i >= 0 && end - i <= 3 && text.charCodeAt(i) === CharCode.Asterisk) i--;
    return { from: i + 1, to: end, kind: 'star' };
  }
  const ch = text[end - 1];
  if (SYMBOLS.includes(ch)) return { from: end - 1, to: end, kind: 'symbol' };
  if (ch in SUPERSCRIPT_DIGITS) {
    let i = end - 1;
    while (i >= 0 && end - i <= 2 && text[i] in SUPERSCRIPT_DIGITS) i--;
    return { from: i + 1, to: end, kind: 'symbol' };
  }
  return undefined;
}

/**
 * Strips footnote markers from a cell's text: trailing "(3)", "(a)", "[1]", "*", "†", "¹" runs and
 * `<F1>` tags anywhere. `start` is the offset of text[0] in the original; marker spans are absolute.
 * Values are never taken for markers: "(28%)", "(1,045)", "(3.2)", a lone "(3)" (a negative number),
 * a lone "*" (less than 1%) and "$ (3)" stay as they are. A lone "(a)" stays text (a column letter).
 */
export function splitMarkers(text: string, start: number): { text: string; markers: Marker[] } {
  if (!mayHaveMarker(text)) return { text, markers: [] };
  const found: Found[] = [];
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  for (let guard = 0; guard < 12 && end > 0; guard++) {
    const m = markerBefore(text, end);
    if (!m) break;
    found.push(m);
    end = m.from;
    while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
    // Markers listed with commas ("10.19*, **", "(1), (2)"): a comma with a marker before it separates two.
    if (end > 1 && text.charCodeAt(end - 1) === CharCode.Comma) {
      let before = end - 1;
      while (before > 0 && isSpace(text.charCodeAt(before - 1))) before--;
      if (before > 0 && markerBefore(text, before)) end = before;
    }
  }
  // Nothing at the end and no tag inside: the text as it is (most figures ending in ")" or "%)").
  if (found.length === 0 && !text.includes('<')) return { text, markers: [] };
  const rest = text.slice(0, end);
  if (found.length > 0 && !keepsValue(rest, found)) {
    found.length = 0;
    end = text.length;
  }
  found.reverse();
  // <F1> tags elsewhere in the text (SGML puts them mid-cell too).
  let out = found.length > 0 ? text.slice(0, end) : text;
  const inner: Found[] = [];
  if (out.includes('<')) {
    const re = /<F(\d{1,3})>/gi;
    for (let m = re.exec(out); m; m = re.exec(out)) {
      inner.push({ from: m.index, to: m.index + m[0].length, kind: 'fn' });
    }
    if (inner.length > 0) {
      let s = '';
      let at = 0;
      for (const f of inner) {
        s += out.slice(at, f.from);
        at = f.to;
      }
      out = (s + out.slice(at)).trim();
    }
  }
  const all = [...inner, ...found];
  all.sort((a, b) => a.from - b.from);
  const markers = all.map((f) => {
    const marker = text.slice(f.from, f.to);
    return { marker, key: footnoteKey(marker), span: { start: start + f.from, end: start + f.to } };
  });
  return { text: all.length > 0 ? out.replace(/\s+$/, '') : text, markers };
}

/** Cheap test: markers end a cell (")", "]", ">", "*", a symbol) or are `<F1>` tags inside it. */
export function mayHaveMarker(text: string): boolean {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  if (end === 0) return false;
  const c = text.charCodeAt(end - 1);
  if (
    c === CharCode.CloseParen ||
    c === CharCode.CloseSquareBracket ||
    c === CharCode.GreaterThan ||
    c === CharCode.Asterisk ||
    c > CharCode.LastAscii
  ) {
    return true;
  }
  return text.includes('<');
}

/** Whether taking `found` off leaves a cell that still means what it printed. */
function keepsValue(rest: string, found: Found[]): boolean {
  const core = rest.trim();
  if (core.length > 0) {
    // "$ (3)" or "- (3)": the parentheses are the value, not a marker.
    if (!/[0-9A-Za-z%\u00C0-\uFFFF]/.test(core)) return found.every((f) => f.kind !== 'paren');
    return true;
  }
  // Nothing left: "*" alone means less than 1%, "(3)" alone is a negative number, "(a)" a column letter.
  if (found.length === 1 && (found[0].kind === 'paren' || found[0].kind === 'star')) return false;
  return true;
}
