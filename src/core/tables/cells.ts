import type { CellValue } from '../model';
import { CharCode } from '../charCodes';

/**
 * Types one cell's text (footnote markers already taken off): numbers with commas, `$`, parenthesised
 * or `-` negatives, percents (`1.42%`, `(28%)`, `(21.0)%`), not-meaningful marks and the lone `*` that
 * stands for "less than 1%". Values are kept exactly as printed (1.42 for "1.42%"), with the decimals
 * printed so rules can build rounding intervals. One anchored regex with no nested quantifiers.
 */

const NOT_MEANINGFUL = new Set([
  'nm',
  'n/m',
  'n/a',
  'na',
  'n.a.',
  'n.m.',
  'nmf',
  '-',
  '--',
  '---',
  '—',
  '——',
  '–',
  '––',
  '−',
  '*-',
  '—%',
  '--%',
  '-%',
  '–%',
  'nm%',
  'n/m%',
  'n/a%',
  '-- %',
  '— %',
  '- %',
  '– %',
]);

// $ ( $ - $ digits .decimals % ) %   (each part optional; at least one digit checked below)
const NUMBER = /^(\$\s*)?(\(\s*)?(\$\s*)?([-−–]\s*)?(\$\s*)?(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?\s*(%)?\s*(\))?\s*(%)?$/;

/** Normalises spaces (NBSP, thin spaces) and trims. */
export function cleanText(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      c >= CharCode.NoBreakSpace &&
      (c === CharCode.NoBreakSpace ||
        c === CharCode.FigureSpace ||
        c === CharCode.ThinSpace ||
        c === CharCode.NarrowNoBreakSpace)
    ) {
      return text.replace(/[\u00a0\u2007\u2009\u202f]/g, ' ').trim();
    }
  }
  return text.trim();
}

/** Whether String.prototype.trim removes this UTF-16 code (ECMAScript WhiteSpace and LineTerminator). */
export function isTrimmed(c: number): boolean {
  if (c <= CharCode.Space) return c === CharCode.Space || (c >= CharCode.Tab && c <= CharCode.CarriageReturn);
  if (c < CharCode.NoBreakSpace) return false;
  return (
    c === CharCode.NoBreakSpace ||
    c === CharCode.OghamSpaceMark ||
    (c >= CharCode.EnQuad && c <= CharCode.HairSpace) ||
    c === CharCode.LineSeparator ||
    c === CharCode.ParagraphSeparator ||
    c === CharCode.NarrowNoBreakSpace ||
    c === CharCode.MediumMathematicalSpace ||
    c === CharCode.IdeographicSpace ||
    c === CharCode.ByteOrderMark
  );
}

/** The first character code of `cleanText(text)` (NaN when it is empty), without making the copy. */
export function firstCleanCode(text: string): number {
  let i = 0;
  while (i < text.length && isTrimmed(text.charCodeAt(i))) i++;
  return text.charCodeAt(i);
}

export function typeCell(raw: string): CellValue {
  // The cleaned text's first character and length, found in place: most cells are settled by them.
  let i0 = 0;
  let i1 = raw.length - 1;
  while (i0 <= i1 && isTrimmed(raw.charCodeAt(i0))) i0++;
  if (i0 > i1) return { kind: 'empty' };
  while (isTrimmed(raw.charCodeAt(i1))) i1--;
  const first = raw.charCodeAt(i0);
  // A word that is not a mark (NM, N/A, NA, NMF) is text: most label cells end here.
  if (((first >= CharCode.A && first <= CharCode.Z) || (first >= CharCode.a && first <= CharCode.z)) && i1 - i0 >= 4) {
    return { kind: 'text' };
  }
  const text = cleanText(raw);
  if (text === '*') return { kind: 'less-than-one' };
  // No not-meaningful mark starts with a digit or "(".
  if (text.length <= 9 && !(first >= CharCode.Digit0 && first <= CharCode.Digit9) && first !== CharCode.OpenParen) {
    // "$ --" and "$ —" are dashes under a dollar sign: nothing to compute with.
    const lower = (text.charCodeAt(0) === CharCode.Dollar ? text.slice(1).trim() : text).toLowerCase();
    if (NOT_MEANINGFUL.has(lower)) return { kind: 'not-meaningful', ...(lower.includes('%') ? { decimals: 0 } : {}) };
    if (lower === '-0-') return { kind: 'number', value: 0, decimals: 0 };
  }
  if (text.length > 40) return { kind: 'text' };
  return plainFigure(text) ?? figureByPattern(text);
}

/** A cleaned cell text read by NUMBER: a number or percent, or text. */
export function figureByPattern(text: string): CellValue {
  const m = NUMBER.exec(text);
  if (!m || (m[6] === undefined && m[7] === undefined)) return { kind: 'text' };
  const open = m[2] !== undefined;
  const close = m[9] !== undefined;
  if (close && !open) return { kind: 'text' };
  const money = m[1] !== undefined || m[3] !== undefined || m[5] !== undefined;
  const percent = m[8] !== undefined || m[10] !== undefined;
  if ((money && percent) || (m[8] !== undefined && m[10] !== undefined)) return { kind: 'text' };
  const negative = open || m[4] !== undefined;
  const digits = m[6] === undefined ? '0' : m[6].includes(',') ? m[6].replace(/,/g, '') : m[6];
  const fraction = m[7] ?? '';
  const magnitude = Number(digits + fraction);
  if (!Number.isFinite(magnitude)) return { kind: 'text' };
  const value: CellValue = {
    kind: percent ? 'percent' : 'number',
    value: negative && magnitude !== 0 ? -magnitude : magnitude,
    decimals: fraction.length > 0 ? fraction.length - 1 : 0,
  };
  if (money) value.money = true;
  if (negative) value.negative = true;
  return value;
}

/**
 * Most figures are bare: `1,234`, `2021`, `12.5`, `.5` (digits grouped by threes or not, then a fraction).
 * Those are read here by hand, as NUMBER would read them (a number, neither money nor negative), without
 * its match array; anything else is left to NUMBER (undefined).
 */
export function plainFigure(text: string): CellValue | undefined {
  const n = text.length;
  let i = 0;
  let group = 0; // digits since the last comma (or the start)
  let commas = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= CharCode.Digit0 && c <= CharCode.Digit9) group++;
    else if (c === CharCode.Comma && group > 0 && (commas > 0 ? group === 3 : group <= 3)) {
      commas++;
      group = 0;
    } else break;
  }
  if (commas > 0 && group !== 3) return undefined;
  const intEnd = i;
  if (i < n) {
    if (text.charCodeAt(i) !== CharCode.Period || i + 1 >= n) return undefined;
    for (i++; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < CharCode.Digit0 || c > CharCode.Digit9) return undefined;
    }
  }
  const digits = intEnd === 0 ? '0' : commas > 0 ? text.slice(0, intEnd).replace(/,/g, '') : text.slice(0, intEnd);
  const fraction = text.slice(intEnd);
  const magnitude = Number(digits + fraction);
  if (!Number.isFinite(magnitude)) return undefined;
  return { kind: 'number', value: magnitude, decimals: fraction.length > 0 ? fraction.length - 1 : 0 };
}

/** A cell that holds a figure (number or percent), as opposed to text, marks or nothing. */
export function isFigure(v: CellValue): boolean {
  return v.kind === 'number' || v.kind === 'percent';
}

/** A header cell like "1997" or "2024": a bare four-digit year, not a figure of the table. */
export function isYearText(raw: string): boolean {
  const t = cleanText(raw);
  if (t.length !== 4) return false;
  const n = Number(t);
  return Number.isInteger(n) && n >= 1900 && n <= 2100;
}

/** A data-looking cell in a row: a figure, or a mark that only appears among figures. */
export function isDataValue(raw: string, v: CellValue): boolean {
  if (isFigure(v)) return !isYearText(raw);
  return v.kind === 'less-than-one' || v.kind === 'not-meaningful';
}

/**
 * 'percent', 'number' or 'text', as the cell types (a bare year is a header word; a mark or dash is no figure): what
 * the TAB passes (align.ts, tabReflow.ts) match a cell's column by.
 */
export function figureKind(text: string): 'percent' | 'number' | 'text' {
  if (isYearText(text)) return 'text';
  const kind = typeCell(text).kind;
  return kind === 'percent' || kind === 'number' ? kind : 'text';
}
