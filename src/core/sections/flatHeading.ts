import type { SectionKind, Span } from '../model';

/** A classified heading before nesting. `rank`: 0 document, 1 part, 2 item, 3+ other headings. */
export interface Flat {
  kind: SectionKind;
  title: string;
  number?: string;
  rank: number;
  span: Span;
  /** End of the enclosing SGML document, if any. */
  limit?: number;
}
