/**
 * What the HTML scanner produces and what its helpers (the table reader, the incremental walk, the footnote
 * finder) see of it: types only, so those modules depend on this file and not on one another.
 */
import type { RawFootnote, Span } from '../../model';
import type { HElement, HNode } from './tree/nodes';
import type { Piece, TextCollector } from './textCollector';
import type { TaggedFact } from './xbrlFacts';

/** A paragraph-like run of text (p, div, h1-h6, li, or a row of a layout table). */
export interface TextBlock {
  kind: 'text';
  text: string;
  pieces: Piece[];
  span: Span;
  /** All of its text is bold. */
  bold: boolean;
  /** 1-6 for h1-h6. */
  depth?: number;
  /** The footnote it defines (null: none), found while its pieces were at hand. */
  note?: RawFootnote | null;
}

/** One cell of an HTML table, placed on the grid (rowspans filled with empty cells). */
export interface GridCell {
  text: string;
  pieces: Piece[];
  span: Span;
  col: number;
  colSpan: number;
  /** A <th>. */
  header: boolean;
  bold: boolean;
  /** The inline XBRL fact (`ix:nonFraction`) shown in the cell. */
  fact?: TaggedFact;
  /** Set when the cell's text is right-aligned (`align="right"`, `text-align:right`). */
  right?: boolean;
}

export interface GridRow {
  cells: GridCell[];
  span: Span;
}

/** A table that holds data (digits, and at least one row with two filled cells). */
export interface TableBlock {
  kind: 'table';
  rows: GridRow[];
  span: Span;
  caption?: { text: string; span: Span };
}

export type Block = TextBlock | TableBlock;

/** An element the scanner is inside of: its children's boldness, and what leaving it undoes. */
export interface Entered {
  bold: boolean;
  block: boolean;
  pre: boolean;
  depthTag?: number;
}

/** The scanner as the table reader and the incremental walk drive it. */
export interface BlockScanner {
  readonly source: string;
  readonly blocks: Block[];
  startOf(node: HElement | HNode): number;
  endOf(node: HElement | HNode): number;
  flush(): void;
  visit(node: HNode, bold: boolean, depth: number): void;
  visitChildren(node: HElement, bold: boolean, depth: number): void;
  inline(node: HElement, into: TextCollector, bold: boolean, depth: number): void;
  mayEnter(node: HElement, depth: number): boolean;
  enter(node: HElement, bold: boolean): Entered;
  leave(entered: Entered): void;
}
