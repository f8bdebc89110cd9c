/**
 * Metadata from an EDGAR `<SEC-HEADER>` / `<IMS-HEADER>` (plain `KEY:<tabs>value` lines), or, for
 * document-only submissions with no header, from the first `<TYPE>` and the cover page.
 */
import type { Metadata } from '../../model';

const FIELDS: [string, keyof Metadata][] = [
  ['COMPANY CONFORMED NAME', 'company'],
  ['CONFORMED SUBMISSION TYPE', 'formType'],
  ['FILED AS OF DATE', 'filingDate'],
  ['CENTRAL INDEX KEY', 'cik'],
  ['CONFORMED PERIOD OF REPORT', 'period'],
  ['ACCESSION NUMBER', 'accession'],
];

/** 19941214 -> 1994-12-14; anything else as printed. */
export function isoDate(s: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : s;
}

/** The header block's range, when the text has one within its first 64 KB. */
export function findHeader(text: string): { start: number; end: number } | null {
  const head = text.slice(0, 65536);
  const open = /<(SEC|IMS)-HEADER>/i.exec(head);
  if (!open) return null;
  const closeRe = new RegExp(`</${open[1]}-HEADER>`, 'i');
  const rest = text.slice(open.index, open.index + 262144);
  const close = closeRe.exec(rest);
  if (close) return { start: open.index, end: open.index + close.index + close[0].length };
  // Unterminated header: stop at the first <DOCUMENT>.
  const doc = text.indexOf('<DOCUMENT>', open.index);
  return { start: open.index, end: doc === -1 ? Math.min(text.length, open.index + 65536) : doc };
}

export function readHeaderFields(text: string, range: { start: number; end: number }): Metadata {
  const meta: Metadata = {};
  const block = text.slice(range.start, range.end);
  for (const line of block.split('\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const key = line.slice(0, colon).trim().toUpperCase();
    const value = line.slice(colon + 1).trim();
    if (!value) continue;
    for (const [name, field] of FIELDS) {
      if (key === name && meta[field] === undefined) {
        meta[field] = field === 'filingDate' || field === 'period' ? isoDate(value) : value;
      }
    }
  }
  if (!meta.accession) {
    const m = /<(?:SEC|IMS)-DOCUMENT>\s*(\d{10}-\d{2}-\d{6})/i.exec(text.slice(0, 4096));
    if (m) meta.accession = m[1];
  }
  return meta;
}

/**
 * Metadata for a submission without a header: form from the first `<TYPE>`, company from the cover
 * page line above "(Exact name of registrant as specified in its charter)".
 */
export function guessMetadata(text: string, firstType: string | undefined): Metadata {
  const meta: Metadata = {};
  if (firstType) meta.formType = firstType;
  const head = text.slice(0, 32768);
  const exact = /\(\s*Exact name of (?:registrant|issuer)/i.exec(head);
  if (exact) {
    const above = head.slice(0, exact.index).split('\n');
    for (let i = above.length - 1, seen = 0; i >= 0 && seen < 4; i--) {
      const t = above[i].trim();
      if (!t) continue;
      seen++;
      if (/[A-Za-z]/.test(t) && !/^\(/.test(t)) {
        meta.company = t.replace(/\s+/g, ' ');
        break;
      }
    }
  }
  return meta;
}
