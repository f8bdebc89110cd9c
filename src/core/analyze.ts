import { detectFormat, wrappedTextNote } from './detect';
import type { Analysis, FormatId, ReaderResult } from './model';
import { readConverted } from './formats/converted';
import { readMarkdown } from './formats/markdown/readMarkdown';
import { readSgml } from './formats/sgml/readSgml';
import { readHtmlAndPreText } from './formats/sgml/preText';
import { buildTables } from './tables/build';
import { buildSections } from './sections';
import { resolveFootnotes } from './footnotes';
import { periodWarnings } from './tables/meaning/facts';

export interface AnalyzeOptions {
  uri?: string;
  /** Force a form instead of detecting it. */
  languageHint?: FormatId;
}

/** The one entry point: text -> Analysis. Never throws on bad input; problems become warnings. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const format = options.languageHint ?? detectFormat(text, options.uri);
  const raw = read(format, text);
  const wrapped = wrappedTextNote(text, format);
  const sections = buildSections(text, raw);
  const tables = buildTables(text, raw, sections);
  const { footnotes, references } = resolveFootnotes(text, raw, tables, sections);
  return {
    uri: options.uri,
    format,
    length: text.length,
    metadata: raw.metadata,
    documents: raw.documents,
    sections,
    tables,
    footnotes,
    references,
    warnings: [...(wrapped ? [wrapped] : []), ...raw.warnings, ...periodWarnings(tables)],
  };
}

export function read(format: FormatId, text: string): ReaderResult {
  switch (format) {
    case 'converted':
      return readConverted(text);
    case 'markdown':
      return readMarkdown(text);
    case 'sgml':
      return readSgml(text);
    case 'html':
      return readHtmlAndPreText(text);
  }
}
