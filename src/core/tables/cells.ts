import type { CellValue } from '../model';

/**
 * Types one cell's text (footnote markers already taken off): numbers with commas, `$`, parenthesised
 * or `-` negatives, percents (`1.42%`, `(28%)`, `(21.0)%`), not-meaningful marks and the lone `*` that
 * stands for "less than 1%". Values are kept exactly as printed (1.42 for "1.42%"), with the decimals
 * printed so rules can build rounding intervals. One anchored regex with no nested quantifiers.
 */

const NOT_MEANINGFUL = new Set([
  'nm', 'n/m', 'n/a', 'na', 'n.a.', 'n.m.', 'nmf', '-', '--', '---', '—', '——', '–', '––', '−', '*-', '—%', '--%', '-%',
  '–%', 'nm%', 'n/m%', 'n/a%', '-- %', '— %', '- %', '– %',
]);

// $ ( $ - $ digits .decimals % ) %   (each part optional; at least one digit checked below)
const NUMBER =
  /^(\$\s*)?(\(\s*)?(\$\s*)?([-−–]\s*)?(\$\s*)?(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?\s*(%)?\s*(\))?\s*(%)?$/;

/** Normalises spaces (NBSP, thin spaces) and trims. */
export function cleanText(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xa0 || c === 0x2007 || c === 0x2009 || c === 0x202f) return text.replace(/[\u00a0\u2007\u2009\u202f]/g, ' ').trim();
  }
  return text.trim();
}

export function typeCell(raw: string): CellValue {
  const text = cleanText(raw);
  if (text.length === 0) return { kind: 'empty' };
  if (text === '*') return { kind: 'less-than-one' };
  const first = text.charCodeAt(0);
  // A word that is not a mark (NM, N/A, NA, NMF) is text: most label cells end here.
  if (((first >= 65 && first <= 90) || (first >= 97 && first <= 122)) && text.length > 4) return { kind: 'text' };
  if (text.length <= 9) {
    // "$ --" and "$ —" are dashes under a dollar sign: nothing to compute with.
    const lower = (text.charCodeAt(0) === 36 ? text.slice(1).trim() : text).toLowerCase();
    if (NOT_MEANINGFUL.has(lower)) return { kind: 'not-meaningful', ...(lower.includes('%') ? { decimals: 0 } : {}) };
    if (lower === '-0-') return { kind: 'number', value: 0, decimals: 0 };
  }
  if (text.length > 40) return { kind: 'text' };
  const m = NUMBER.exec(text);
  if (!m || (m[6] === undefined && m[7] === undefined)) return { kind: 'text' };
  const open = m[2] !== undefined;
  const close = m[9] !== undefined;
  if (close && !open) return { kind: 'text' };
  const money = m[1] !== undefined || m[3] !== undefined || m[5] !== undefined;
  const percent = m[8] !== undefined || m[10] !== undefined;
  if ((money && percent) || (m[8] !== undefined && m[10] !== undefined)) return { kind: 'text' };
  const negative = open || m[4] !== undefined;
  const digits = (m[6] ?? '0').replace(/,/g, '');
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
