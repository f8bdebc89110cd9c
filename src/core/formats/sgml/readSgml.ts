/**
 * EDGAR SGML submissions (`.txt`): header metadata, the `<DOCUMENT>`s, and for each document body the
 * tables, headings and footnotes. Plain-text bodies are read here (fixed-width `<TABLE>` blocks); HTML
 * bodies go to the HTML reader with the body's range, so every offset stays an offset into `text`.
 * XML, uuencoded and PDF bodies are listed but not read.
 */
import type { FilingDocument, ReaderResult } from '../../model';
import { findHeader, guessMetadata, readHeaderFields } from './header';
import { readDocuments } from './documents';
import { readPlainText } from './documentText';
import { readHtmlAndPreText } from './preText';

/**
 * Whether a document is text a reader reads: not EDGAR's generated XBRL viewer pages (R1.htm ...,
 * "IDEA: XBRL DOCUMENT"), taxonomy schemas and linkbases, scripts, style sheets, JSON or archives.
 */
function isFilingText(doc: FilingDocument): boolean {
  if (/^IDEA: XBRL DOCUMENT/i.test(doc.description ?? '')) return false;
  if (/^(?:EX-101\.|JSON$|ZIP$|EXCEL$|GRAPHIC$|XML$)/i.test(doc.type)) return false;
  return !/\.(?:js|css|json|xsd|xml|zip|xlsx?|jpe?g|gif|png|pdf)$/i.test(doc.filename ?? '');
}

export function readSgml(text: string): ReaderResult {
  const result: ReaderResult = {
    format: 'sgml',
    metadata: {},
    documents: [],
    headings: [],
    tables: [],
    footnotes: [],
    warnings: [],
  };
  try {
    const header = findHeader(text);
    const docs = readDocuments(text, header ? header.end : 0, result.warnings);
    result.metadata = header ? readHeaderFields(text, header) : guessMetadata(text, docs[0]?.type);
    if (header && !result.metadata.formType && docs[0]) result.metadata.formType = docs[0].type;
    if (!docs.length) {
      // No <DOCUMENT> at all: read whatever follows the header as one plain-text document.
      const start = header ? header.end : 0;
      docs.push({
        type: result.metadata.formType ?? 'FILING',
        span: { start, end: text.length },
        body: 'text',
        body0: start,
        body1: text.length,
      });
    }
    let skipped = 0;
    for (const doc of docs) {
      const { body0, body1, ...plain } = doc;
      result.documents.push(plain as FilingDocument);
      if (body0 < 0 || !isFilingText(doc)) continue;
      if (doc.body === 'text') {
        const r = readPlainText(text, body0, body1);
        result.headings.push(...r.headings);
        result.tables.push(...r.tables);
        result.footnotes.push(...r.footnotes);
        result.warnings.push(...r.warnings);
      } else if (doc.body === 'html') {
        const r = readHtmlAndPreText(text, { start: body0, end: body1 });
        if (r.styledSuperscripts?.length) (result.styledSuperscripts ??= []).push(...r.styledSuperscripts);
        result.headings.push(...r.headings);
        result.tables.push(...r.tables);
        result.footnotes.push(...r.footnotes);
        result.warnings.push(...r.warnings);
      } else if (doc.body === 'uuencoded' || doc.body === 'pdf') {
        skipped++;
      }
    }
    if (skipped) {
      result.warnings.push(`Skipped ${skipped} binary document${skipped === 1 ? '' : 's'} (uuencoded or PDF).`);
    }
  } catch (err) {
    // Never crash on bad input: keep what was read and say what went wrong.
    result.warnings.push(`The SGML reader stopped early: ${err instanceof Error ? err.message : String(err)}`);
  }
  return result;
}
