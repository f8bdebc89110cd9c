import type { Footnote, FootnoteRef, ReaderResult, Section, Table } from './model';

// Placeholder until footnote resolution lands (see the engine issue).
export function resolveFootnotes(
  _text: string, _raw: ReaderResult, _tables: Table[], _sections: Section[],
): { footnotes: Footnote[]; references: FootnoteRef[] } {
  return { footnotes: [], references: [] };
}
