import type { FormatId, ReaderResult } from '../model';

export function emptyResult(format: FormatId, length: number): ReaderResult {
  return {
    format,
    metadata: {},
    documents: [{ type: 'FILING', span: { start: 0, end: length }, body: format === 'html' ? 'html' : 'text' }],
    headings: [],
    tables: [],
    footnotes: [],
    warnings: [],
  };
}
