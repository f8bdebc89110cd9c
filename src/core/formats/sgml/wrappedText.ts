/**
 * Plain EDGAR text in an HTML wrapper. Some 1997-2002 documents are the fixed-width text of their day
 * (`<TABLE>` blocks with `<S>`/`<C>` column markers, `<CAPTION>`, `<FN>`/`<F1>` notes) inside
 * `<html><body>` (often `<pre>`). Read as HTML they give nothing: `<S>`/`<C>` are unknown tags and each
 * `<TABLE>` one cell of text. They are read as text instead, which keeps every offset an offset into the
 * original, since the text reader reads the lines as they stand.
 *
 * The test is cheap: `<C>` is no HTML element, so a native `indexOf` turns away every real HTML document;
 * only those holding it are scanned once more, for a column-marker line (`<S>` at a line start, alone or
 * followed by `<C>`) and for HTML table cells. A document with both (HTML tables beside SGML ones) stays
 * HTML, and its `<pre>` blocks of SGML text are read as text (preText.ts).
 */

/** `<S>` opening a line, alone or followed by `<C>`: the column-marker line of an SGML `<TABLE>`. */
export const MARKER_LINE = /^[ \t]*<S>[ \t]*(?:<C>|\r?$)/m;
/** An HTML table cell. */
const CELL = /<t[dh][\s>]/i;

/** Whether text[start, end) is SGML plain text (fixed-width `<TABLE>` blocks) wrapped in HTML. */
export function isSgmlTextInHtml(text: string, start = 0, end = text.length): boolean {
  // A slice shares the parent's characters (no copy), and bounds every search to this body.
  const body = start === 0 && end === text.length ? text : text.slice(start, end);
  if (body.indexOf('<C>') === -1) return false;
  return MARKER_LINE.test(body) && !CELL.test(body);
}
