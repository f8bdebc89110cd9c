import type { FormatId } from './model';
import { isSgmlTextInHtml } from './formats/sgml/wrappedText';

/**
 * Which text form a filing is in, from its first few kilobytes (and the file name, when known).
 * SGML wins over HTML: a modern full submission is SGML wrapping HTML documents. An HTML document that
 * only wraps plain EDGAR text (`<TABLE>` blocks with `<S>`/`<C>` markers) is read as that text: 'sgml'.
 */
export function detectFormat(text: string, uri?: string): FormatId {
  const head = text.slice(0, 8192).replace(/^\uFEFF/, '');
  const trimmed = head.trimStart();
  if (
    /^(<SEC-DOCUMENT>|<SEC-HEADER>|<IMS-DOCUMENT>|<IMS-HEADER>|-----BEGIN PRIVACY-ENHANCED MESSAGE-----|<DOCUMENT>)/i.test(
      trimmed,
    )
  ) {
    return 'sgml';
  }
  if (/^<(TYPE|SEQUENCE|FILENAME)>/m.test(head) && /<TEXT>/i.test(text.slice(0, 65536))) return 'sgml';
  if (/\.(html?|xhtml)$/i.test(uri ?? '')) return htmlOrText(text);
  if (/\.(md|markdown)$/i.test(uri ?? '')) return 'markdown';
  if (/^(<\?xml[^>]*>\s*)?(<!DOCTYPE html|<html[\s>]|<XBRL>)/i.test(trimmed)) return htmlOrText(text);
  if (
    /<(html|body|table|div)[\s>]/i.test(head) &&
    (head.match(/<\/?(div|p|td|tr|span|font|table)[\s>]/gi)?.length ?? 0) > 10
  ) {
    return htmlOrText(text);
  }
  // [ \t]*, not \s*: with /m, \s* runs across blank lines and every line start rescans the run (quadratic).
  if (
    /^[ \t]*\|?[ :]*-{3,}[ :]*\|/m.test(text.slice(0, 262144)) &&
    /^[ \t]*\|.*\|[ \t]*$/m.test(text.slice(0, 262144))
  ) {
    return 'markdown';
  }
  return 'converted';
}

/** HTML, unless the HTML only wraps SGML plain text (then the SGML reader reads it as one text document). */
function htmlOrText(text: string): FormatId {
  return isSgmlTextInHtml(text) ? 'sgml' : 'html';
}

/** The reader's note for an HTML file read as the plain EDGAR text it wraps (so 'sgml' is no surprise). */
export function wrappedTextNote(text: string, format: FormatId): string | undefined {
  if (format !== 'sgml' || !/^\s*(?:<\?xml[^>]*>\s*)?(?:<!DOCTYPE html|<html[\s>])/i.test(text.slice(0, 8192))) {
    return undefined;
  }
  return 'This HTML document wraps plain EDGAR text (fixed-width <TABLE> blocks with <S>/<C> column markers): it is read as that text.';
}

/**
 * Whether a plain-text document looks like a filing (for switching `.txt` files to `sec-filing`).
 * Looks at the first 4 KB only: SGML markers, EDGAR header fields, a converted-text header
 * (company line, then a `Form 10-K` line, then a date) as the seed filings have, or a cover page.
 */
export function looksLikeFiling(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '');
  if (
    /^[ \t]*(<SEC-DOCUMENT>|<SEC-HEADER>|<IMS-DOCUMENT>|<IMS-HEADER>|-----BEGIN PRIVACY-ENHANCED MESSAGE-----|<DOCUMENT>[ \t]*$)/im.test(
      head,
    )
  ) {
    return true;
  }
  if (/^(ACCESSION NUMBER|CONFORMED SUBMISSION TYPE|CENTRAL INDEX KEY|COMPANY CONFORMED NAME):/m.test(head)) {
    return true;
  }
  if (/^<TYPE>[A-Z0-9/-][A-Z0-9/ -]*\r?$/m.test(head)) return true;
  const lines = head
    .split(/\r?\n/)
    .slice(0, 12)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  if (lines.slice(0, 4).some((l) => FORM_LINE.test(l))) return true;
  // A cover page rendered to text or Markdown (edgartools, html2text): the commission's name in capitals
  // and a capitalised "FORM 10-K" near the top. Letters that merely mention the SEC write it in mixed case.
  return COVER_COMMISSION.test(head) && COVER_FORM.test(head);
}

const FORM_TYPES =
  '(?:10-K|10-Q|8-K|6-K|20-F|40-F|S-1|S-3|S-4|F-1|F-3|424B\\d|DEF 14A|DEFA14A|PRE 14A|SC 13[DG]|SC TO-[TI]|SC 14D9|11-K|N-CSR|485BPOS)(?:\\/A)?';
const FORM_LINE = new RegExp(`^Form ${FORM_TYPES}\\b`, 'i');
const COVER_COMMISSION = /SECURITIES AND EXCHANGE COMMISSION/;
const COVER_FORM = new RegExp(`\\bFORM[ \\t]{1,4}${FORM_TYPES}\\b`);
