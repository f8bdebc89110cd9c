/**
 * The `<DOCUMENT>`s of an EDGAR submission: type, sequence, file name, description, span, and what
 * the `<TEXT>` holds (plain text, HTML, XML, uuencoded binary, PDF). Finding a document's end is one
 * indexOf, so binary bodies are skipped without looking at them.
 */
import type { FilingDocument } from '../../model';
import { isSgmlTextInHtml } from './wrappedText';

export interface SgmlDocument extends FilingDocument {
  /** Content of <TEXT> (after its line, before </TEXT>); null when the document has no <TEXT>. */
  body0: number;
  body1: number;
}

const FIELD = /^<(TYPE|SEQUENCE|FILENAME|DESCRIPTION)>[ \t]*([^\r\n]*)/i;

/**
 * Finds `needle` at or after a position, for positions that only grow. EDGAR writes its tags in upper
 * case, so each search is one native indexOf; a found (or missing) next occurrence is remembered, so a
 * file of many unterminated documents is still scanned once per tag, not once per document.
 */
function finder(text: string, needle: string): (from: number, to: number) => number {
  let found = -2; // -2: not searched yet; -1: none after lastFrom
  let lastFrom = 0;
  return (from, to) => {
    if (found === -2 || (found !== -1 && found < from) || from < lastFrom) found = text.indexOf(needle, from);
    lastFrom = from;
    return found === -1 || found >= to ? -1 : found;
  };
}

/**
 * What a document body is, from its first few kilobytes; HTML that only wraps plain text (`<pre>` of
 * `<TABLE>` blocks with `<S>`/`<C>` markers) is text.
 */
export function bodyKind(text: string, start: number, end: number): FilingDocument['body'] {
  const kind = markupKind(text, start, end);
  return kind === 'html' && isSgmlTextInHtml(text, start, end) ? 'text' : kind;
}

function markupKind(text: string, start: number, end: number): FilingDocument['body'] {
  const head = text.slice(start, Math.min(end, start + 4096));
  const lead = head.trimStart();
  if (/^<PDF>/i.test(lead) || lead.startsWith('%PDF')) return 'pdf';
  if (/^begin [0-7]{3} /m.test(head.slice(0, 512))) return 'uuencoded';
  if (/<html[\s>]|<!DOCTYPE html|<body[\s>]/i.test(head)) return 'html';
  if (/^(<XBRL>|<XML>|<\?xml)/i.test(lead)) return 'xml';
  // Tag soup without an <html> wrapper (some 1999-2001 filings); not <TABLE>, which plain text uses too.
  if ((head.match(/<\/?(?:p|div|td|tr|font|br)[\s>/]/gi)?.length ?? 0) > 5) return 'html';
  return 'text';
}

export function readDocuments(text: string, from: number, warnings: string[]): SgmlDocument[] {
  const docs: SgmlDocument[] = [];
  const openDoc = finder(text, '<DOCUMENT>');
  const closeDoc = finder(text, '</DOCUMENT>');
  const openText = finder(text, '<TEXT>');
  const closeText = finder(text, '</TEXT>');
  let unterminated = 0;
  let pos = openDoc(from, text.length);
  while (pos !== -1) {
    const next = openDoc(pos + 10, text.length);
    const close = closeDoc(pos + 10, next === -1 ? text.length : next);
    let end: number;
    if (close === -1) {
      end = next === -1 ? text.length : next;
      if (++unterminated <= 3) {
        warnings.push(`Document ${docs.length + 1} has no </DOCUMENT> end tag: the file may be truncated.`);
      }
    } else {
      end = close + '</DOCUMENT>'.length;
    }
    const doc: SgmlDocument = { type: '', span: { start: pos, end }, body: 'other', body0: -1, body1: -1 };
    const textTag = openText(pos, end);
    const fieldsEnd = Math.min(textTag === -1 ? end : textTag, pos + 4096);
    for (const line of text.slice(pos, fieldsEnd).split('\n')) {
      const m = FIELD.exec(line.trim());
      if (!m) continue;
      const key = m[1].toUpperCase();
      const value = m[2].trim();
      if (key === 'TYPE' && !doc.type) doc.type = value;
      else if (key === 'SEQUENCE') doc.sequence ??= value;
      else if (key === 'FILENAME') doc.filename ??= value;
      else if (key === 'DESCRIPTION') doc.description ??= value;
    }
    if (textTag !== -1) {
      const nl = text.indexOf('\n', textTag);
      doc.body0 = nl === -1 || nl >= end ? textTag + 6 : nl + 1;
      const bodyEnd = closeText(doc.body0, end);
      if (bodyEnd === -1 && close !== -1) {
        warnings.push(`Document ${docs.length + 1} (${doc.type || 'untyped'}) has no </TEXT> end tag.`);
      }
      doc.body1 = bodyEnd === -1 ? (close === -1 ? end : close) : bodyEnd;
      doc.body = bodyKind(text, doc.body0, doc.body1);
    }
    if (!doc.type) doc.type = 'UNKNOWN';
    docs.push(doc);
    pos = next;
  }
  if (unterminated > 3) warnings.push(`${unterminated} documents in all have no </DOCUMENT> end tag.`);
  return docs;
}
