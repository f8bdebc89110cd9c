/** The nodes of the tree the HTML reader builds: a small hast-like shape with offsets into the source. */

/** The few attributes the reader looks at, typed as hast has them (colSpan/rowSpan numbers when numeric). */
export interface HProps {
  colSpan?: number | string;
  rowSpan?: number | string;
  name?: string;
  style?: string;
  /** The `align` attribute (a table cell's alignment in pre-CSS filings). */
  align?: string;
}

/** A text node: `value` is decoded (entities, CRLF -> LF); source is text[start, end). */
export interface HText {
  type: 'text';
  value: string;
  start: number;
  end: number;
  parent?: HElement;
}

/** An element: source runs from its start tag to the end of its end tag (or to where it was closed). */
export interface HElement {
  type: 'element';
  tagName: string;
  properties: HProps;
  children: HNode[];
  start: number;
  end: number;
  parent?: HElement;
  /** Attribute signature, for formatting elements (the "Noah's Ark" clause compares attributes). */
  sig?: string;
  /** On the stack of open elements. */
  open?: boolean;
}

export interface HComment {
  type: 'comment';
  parent?: HElement;
}

export type HNode = HText | HElement | HComment;

/** A new element, not yet in the tree (every element has this shape, so the hot path sees one hidden class). */
export function createElement(tagName: string, properties: HProps, start: number, end: number, sig?: string): HElement {
  return { type: 'element', tagName, properties, children: [], start, end, sig };
}
