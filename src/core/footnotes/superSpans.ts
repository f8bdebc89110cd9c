import { footnoteKey, toSuperscript } from '../tables/markers';

interface Found {
  marker: string;
  key: string;
  span: { start: number; end: number };
}

/** What a footnote marker printed as a superscript holds: not an ordinal ("st"), not ® or ™. */
const MARKER = /^(?:\d{1,3}|\(\s?(?:\d{1,3}|[a-z])\s?\)|\*{1,3}|[†‡])$/;

/**
 * Markers printed as a `<span>` or `<font>` styled superscript (`<span style="vertical-align: super;
 * font-size: 6pt">1</span>`, `baseline-shift: super`, possibly around one inline element), as the HTML
 * reader met them (ReaderResult.styledSuperscripts: no second pass over the markup), read as `<sup>`
 * markers are: a bare number as superscript digits ("¹", key "1"), "(a)", "*" and daggers as they are.
 * The span is the marker's own text in the source when it is printed as read, else the whole text node.
 */
export function styledSuperMarkers(read: { value: string; span: { start: number; end: number } }[]): Found[] {
  const out: Found[] = [];
  for (const { value: raw, span } of read) {
    const value = raw.trim();
    if (!MARKER.test(value)) continue;
    const exact = span.end - span.start === raw.length;
    const start = exact ? span.start + raw.indexOf(value) : span.start;
    const end = exact ? start + value.length : span.end;
    const marker = /^\d+$/.test(value) ? toSuperscript(value) : value;
    out.push({ marker, key: footnoteKey(marker), span: { start, end } });
  }
  return out;
}
