import type { Marker, Table } from '../model';
import { splitMarkers } from '../tables/markers';
import { CharCode } from '../charCodes';

/**
 * A table's header markers, each with its column: from header cells and columns, plus markers still in a
 * header's source when the builder kept none for it (HTML `Ownership<sup>(1)</sup>`). Letters that label
 * the columns themselves ("(a)" ... "(i)" across a Summary Compensation or Pay Versus Performance table,
 * one per column in order) are not footnote markers and are left out.
 */
export function headerMarkers(text: string, table: Table): { marker: Marker; column: number }[] {
  const out: { marker: Marker; column: number }[] = [];
  table.headerRows.forEach((row) =>
    row.forEach((c, column) => c.markers.forEach((marker) => out.push({ marker, column }))),
  );
  for (const col of table.columns) {
    col.markers.forEach((marker) => out.push({ marker, column: col.index }));
    if (col.markers.length > 0) continue;
    for (const span of col.headerSpans) {
      if (span.end <= span.start || span.end - span.start > 20000) continue;
      if (out.some((o) => o.marker.span.start >= span.start && o.marker.span.end <= span.end)) continue;
      for (const marker of recovered(text, span)) out.push({ marker, column: col.index });
    }
  }
  return columnLetters(out) ? out.filter((o) => !/^[A-Za-z]$/.test(o.marker.key)) : out;
}

/** Markers at the end of a header's source, markup and entities blanked so offsets stay exact. */
function recovered(text: string, span: { start: number; end: number }): Marker[] {
  const source = text.slice(span.start, span.end);
  if (!source.includes('<') && !source.includes('&')) return [];
  const blanked = source
    .replace(/<(?!\/?F\d)[^>]{0,300}>/gi, (m) => ' '.repeat(m.length))
    .replace(/&(?:nbsp|#160|#xa0);/gi, (m) => ' '.repeat(m.length))
    .trimEnd();
  // Markers are at the end: hand splitMarkers a short tail, never a long run of blanks.
  const from = Math.max(0, blanked.length - 120);
  return splitMarkers(blanked.slice(from), span.start + from).markers;
}

function columnLetters(list: { marker: Marker; column: number }[]): boolean {
  const bySpan = new Map<number, { marker: Marker; column: number }>();
  for (const o of list) {
    if (/^[a-z]$/i.test(o.marker.key) && !bySpan.has(o.marker.span.start)) bySpan.set(o.marker.span.start, o);
  }
  const letters = [...bySpan.values()].sort((a, b) => a.column - b.column || a.marker.span.start - b.marker.span.start);
  if (letters.length < 3) return false;
  const codes = letters.map((o) => o.marker.key.toLowerCase().charCodeAt(0));
  if (codes[0] !== CharCode.a) return false;
  for (let i = 1; i < codes.length; i++) if (codes[i] <= codes[i - 1]) return false;
  return true;
}

/**
 * Markers of a table's own notes that sit in its header source but in no header the builder read
 * (HTML headers whose markers are in a later `<div>` of the cell): "(1)" printed between the table's
 * start and its first row, not glued to a digit. Only for notes of the table no reference points to yet.
 */
export function unplacedHeaderRefs(
  text: string,
  table: Table,
  keys: string[],
): { marker: string; key: string; span: { start: number; end: number } }[] {
  // The header ends at the first row with a figure in it (rows of words may be header lines the builder kept as rows).
  const firstData = table.rows.find((r) =>
    r.cells.some((c) => c.value.kind === 'number' || c.value.kind === 'percent'),
  );
  const first = (firstData ?? table.rows[0])?.span.start ?? table.span.end;
  const from = table.span.start;
  const to = Math.min(first, from + 60000);
  if (to <= from || keys.length === 0) return [];
  const head = text.slice(from, to);
  const out: { marker: string; key: string; span: { start: number; end: number } }[] = [];
  for (const key of keys) {
    const forms = /^\d+$/.test(key) ? [`(${key})`, `<F${key}>`, `[${key}]`] : [`(${key})`];
    for (const form of forms) {
      for (let at = head.indexOf(form); at >= 0; at = head.indexOf(form, at + form.length)) {
        const before = head.charCodeAt(at - 1);
        if (before >= CharCode.Digit0 && before <= CharCode.Digit9) continue;
        out.push({ marker: form, key, span: { start: from + at, end: from + at + form.length } });
      }
    }
  }
  return out;
}
