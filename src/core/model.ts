/**
 * The engine's data model: what readers produce (Raw*) and what `analyze` returns (Analysis).
 * Every place is a Span of UTF-16 offsets into the ORIGINAL text (HTML and SGML included), end exclusive.
 * Convert to line/column with LineIndex (lineIndex.ts). Nothing here depends on 'vscode'.
 */

import type { CellFact, ColumnMeaning } from './columnMeaning';
export type * from './columnMeaning';

export interface Span {
  start: number;
  end: number;
}

export type FormatId = 'converted' | 'markdown' | 'sgml' | 'html';

export interface Metadata {
  company?: string;
  formType?: string;
  filingDate?: string; // ISO yyyy-mm-dd when it can be parsed, else as printed
  cik?: string;
  period?: string; // ISO yyyy-mm-dd when it can be parsed, else as printed
  accession?: string;
}

/** An SGML <DOCUMENT> (or the whole text, for other forms). */
export interface FilingDocument {
  type: string;
  sequence?: string;
  filename?: string;
  description?: string;
  span: Span;
  body: 'text' | 'html' | 'xml' | 'uuencoded' | 'pdf' | 'other';
}

// ---------------------------------------------------------------------------------------------
// Reader output: one reader per text form (src/core/formats/*), all producing a ReaderResult.
// ---------------------------------------------------------------------------------------------

/** A heading candidate as the reader saw it; sections.ts classifies Parts and Items and nests them. */
export interface RawHeading {
  title: string;
  span: Span;
  /** Markdown `#` depth or HTML h1-h6, when the form says so. */
  depth?: number;
}

export interface RawCell {
  /** Text as displayed (entities decoded, whitespace collapsed). Footnote markers stay in the text. */
  text: string;
  /** Where the cell's text is in the original. Empty cells: a zero-width span where the cell would be. */
  span: Span;
  colSpan?: number;
  /** The reader knows this cell is a header (<th>, Markdown header row). */
  header?: boolean;
  /**
   * Pieces of `text` and their places, when the text is not one contiguous run of the original
   * (a row label wrapped over two lines, HTML text split across tags). Offsets index into `text`.
   */
  pieces?: { at: number; span: Span }[];
  /** The inline XBRL fact (`ix:nonFraction`) whose text is in the cell, when the HTML tags it. */
  fact?: CellFact;
  /** A blank header cell that the rule under its row leaves out: the header to its left does not span it. */
  unruled?: boolean;
}

export interface RawRow {
  cells: RawCell[];
  span: Span;
}

export interface RawTable {
  span: Span;
  layout: 'tab' | 'pipe' | 'fixed-width' | 'html';
  rows: RawRow[];
  /** How many leading rows are header rows, when the form says so; otherwise the builder decides. */
  headerRows?: number;
  caption?: { text: string; span: Span };
  /** Up to a few lines of prose just above the table (titles, "(in thousands)"), nearest last. */
  before?: string;
  /** Prose just below the table, before the next table or heading (legends like "* less than 1%"). */
  after?: string;
}

export interface RawFootnote {
  /** The marker as printed: "(1)", "*", "<F1>", "(a)", "†". */
  marker: string;
  /** Normalised key: "1", "*", "a", "†" (see footnoteKey in tables/markers.ts). */
  key: string;
  text: string;
  /** The whole definition (marker and text). */
  span: Span;
  markerSpan: Span;
}

export interface ReaderResult {
  format: FormatId;
  metadata: Metadata;
  documents: FilingDocument[];
  headings: RawHeading[];
  tables: RawTable[];
  footnotes: RawFootnote[];
  /**
   * HTML: markers printed as a span or font styled superscript (not `<sup>`, which the prose scan finds in the
   * text), as the HTML reader met them: the marker's text as read and its source span.
   */
  styledSuperscripts?: { value: string; span: Span }[];
  /** Things a user should know (truncated input, skipped binary document), as sentences. */
  warnings: string[];
}

// ---------------------------------------------------------------------------------------------
// Analysis: what `analyze(text)` returns and every feature reads.
// ---------------------------------------------------------------------------------------------

export interface Marker {
  marker: string; // as printed: "(3)", "*", "<F1>"
  key: string; // normalised: "3", "*", "1"
  span: Span;
}

export type CellKind =
  | 'empty'
  | 'text'
  | 'number' // 101,700  (1,045)  $ 12.5
  | 'percent' // 1.42%  (28%)
  | 'not-meaningful' // NM, N/M, n/a, --, —
  | 'less-than-one'; // * standing for "less than 1%"

export interface CellValue {
  kind: CellKind;
  /** Signed value as printed (percent cells in percent units: 1.42 for "1.42%"). */
  value?: number;
  /** Decimals printed, for rounding intervals. */
  decimals?: number;
  money?: boolean;
  negative?: boolean;
}

export interface Cell {
  text: string;
  span: Span;
  value: CellValue;
  markers: Marker[];
  /** The inline XBRL fact the cell shows (HTML with `ix:nonFraction` tags only). */
  fact?: CellFact;
}

export type ColumnRole = 'label' | 'shares' | 'amount' | 'percent' | 'change' | 'percent-change' | 'other';

export interface Column {
  index: number;
  /** Header bands from top to bottom, markers stripped: ["Before Offering", "% of Class"]. */
  path: string[];
  role: ColumnRole;
  /** A year or period this column is for, when its header names one (1997). */
  year?: number;
  headerSpans: Span[];
  markers: Marker[];
  /** What the column measures, for which period, on which basis (absent: not yet read). */
  meaning?: ColumnMeaning;
}

export type RowKind = 'data' | 'total' | 'subtotal' | 'section';

export interface Row {
  index: number;
  label: string;
  kind: RowKind;
  /** One cell per column; cells[0] is the label column when the table has one. */
  cells: Cell[];
  span: Span;
}

export interface Table {
  id: string; // "t0", "t1" ... in document order
  layout: RawTable['layout'];
  span: Span;
  caption?: string;
  /** The caption, or the nearest heading/title line above. */
  title?: string;
  /** 1, 1e3, 1e6 or 1e9 ("in thousands"). */
  scale: number;
  columns: Column[];
  headerRows: Cell[][];
  rows: Row[];
  /** A page break cut off its header: its column paths are those of this earlier table, which it continues. */
  continues?: string;
  /** The table's legend says holdings under 1% are shown as "*". */
  lessThanOneLegend: boolean;
  /** The threshold of the `*` legend in percent units: 1 for "less than 1%", 0.1 for "less than 0.1%". */
  lessThanThreshold?: number;
  /**
   * Statements of shares outstanding this table may divide by: its notes, its section, the document (nearest
   * scope first). The one its notes say its percentages are based on ("based on 7,150,000 shares outstanding",
   * found by the builder or in its footnotes) comes first, marked `basedOn`.
   */
  outstandingCandidates?: OutstandingCandidate[];
  /** A note says the percentages leave shares acquirable within 60 days out (x = 0 for every holder). */
  acquirableExcluded?: Span;
  sectionId?: string;
  footnoteIds: string[];
}

/** "As of March 3, 1997, there were 18,402,117 shares of Common Stock outstanding", wherever it is stated. */
export interface OutstandingStatement {
  value: number;
  /** The number's place. */
  span: Span;
  /** ISO date the count is as of, when the sentence gives one. */
  date?: string;
  /** "common", "class a", "class b", "series a", "preferred", "ordinary". */
  className: string;
  /** The sentence, as a reader sees it. */
  text: string;
}

export interface OutstandingCandidate extends OutstandingStatement {
  /** Where it was stated relative to the table: its notes, its section's prose, elsewhere in the document. */
  scope: 'notes' | 'section' | 'document';
  /** The count the table's notes say its percentages are based on (scope 'notes'; at most one per table). */
  basedOn?: true;
}

export interface Footnote {
  id: string; // "f0", "f1" ...
  marker: string;
  key: string;
  text: string;
  span: Span;
  markerSpan: Span;
  /** The table whose notes these are, when the footnote sits just below one. */
  tableId?: string;
  sectionId?: string;
  refIds: string[];
}

export interface FootnoteRef {
  id: string; // "r0", "r1" ...
  marker: string;
  key: string;
  span: Span;
  tableId?: string;
  /** Row index (-1 for header) and column index of the cell holding the marker. */
  cell?: { row: number; column: number };
  footnoteId?: string;
}

export type SectionKind = 'document' | 'part' | 'item' | 'heading';

export interface Section {
  id: string; // "s0", "s1" ...
  kind: SectionKind;
  title: string;
  /** "I" for Part I, "1A" for Item 1A. */
  number?: string;
  level: number;
  /** The heading line itself. */
  span: Span;
  /** From the heading to the end of the section's content. */
  range: Span;
  children: Section[];
}

export interface Analysis {
  uri?: string;
  format: FormatId;
  length: number;
  metadata: Metadata;
  documents: FilingDocument[];
  /** Root sections, nested through children. */
  sections: Section[];
  tables: Table[];
  footnotes: Footnote[];
  references: FootnoteRef[];
  warnings: string[];
}
