// Small hand-built tables and footnotes over real-looking text, so footnote resolution is testable
// without the readers and the table builder.
import type { Cell, Column, RawFootnote, ReaderResult, Row, Span, Table } from '../../../../src/core/model';
import { footnoteKey } from '../../../../src/core/tables/markers';

export function spanOf(text: string, needle: string, from = 0): Span {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`not in fixture: ${needle}`);
  return { start, end: start + needle.length };
}

/** A cell over `needle` (searched from `from`), with trailing markers such as "(3)" or "<F1>" split off. */
export function cell(text: string, needle: string, from = 0, kind: Cell['value']['kind'] = 'text'): Cell {
  const span = spanOf(text, needle, from);
  const markers = [];
  const re = /\((\d|[a-z])\)|<F\d+>/g;
  for (let m = re.exec(needle); m; m = re.exec(needle)) {
    markers.push({
      marker: m[0],
      key: footnoteKey(m[0]),
      span: { start: span.start + m.index, end: span.start + m.index + m[0].length },
    });
  }
  return { text: needle, span, value: { kind }, markers };
}

export function table(id: string, span: Span, header: Cell[], rows: Cell[][], extra: Partial<Table> = {}): Table {
  const columns: Column[] = header.map((h, index) => ({
    index,
    path: [h.text],
    role: 'other',
    headerSpans: [h.span],
    markers: h.markers,
  }));
  const tableRows: Row[] = rows.map((cells, index) => ({
    index,
    label: cells[0]?.text ?? '',
    kind: 'data',
    cells,
    span: { start: cells[0].span.start, end: cells[cells.length - 1].span.end },
  }));
  return {
    id,
    layout: 'tab',
    span,
    scale: 1,
    columns,
    headerRows: [header],
    rows: tableRows,
    lessThanOneLegend: false,
    footnoteIds: [],
    ...extra,
  };
}

/** Footnote definitions: each `marker` is found from `from`, its text runs to the end of that line. */
export function notes(text: string, markers: string[], from = 0): RawFootnote[] {
  let at = from;
  return markers.map((marker) => {
    const markerSpan = spanOf(text, marker, at);
    let end = text.indexOf('\n', markerSpan.end);
    if (end < 0) end = text.length;
    at = end;
    return {
      marker,
      key: footnoteKey(marker),
      text: text.slice(markerSpan.end, end).trim(),
      span: { start: markerSpan.start, end },
      markerSpan,
    };
  });
}

export function raw(
  text: string,
  footnotes: RawFootnote[],
  format: ReaderResult['format'] = 'converted',
): ReaderResult {
  return {
    format,
    metadata: {},
    documents: [{ type: 'FILING', span: { start: 0, end: text.length }, body: 'text' }],
    headings: [],
    tables: [],
    footnotes,
    warnings: [],
  };
}
