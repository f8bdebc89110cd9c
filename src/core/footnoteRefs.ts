import type { Cell, FootnoteRef, Marker, Table } from './model';
import { footnoteKey } from './tables/markers';

interface Found {
  marker: string;
  key: string;
  span: { start: number; end: number };
  tableId: string;
  cell?: { row: number; column: number };
}

/**
 * Every footnote reference in the tables: markers on cells, header cells and columns, each `*` cell
 * that stands for "less than 1%" (it points at the `*` legend), and SGML `<F1>` tags anywhere in a
 * table's text (headers the builder kept as caption). Deduplicated by place, in document order.
 * `excluded` are spans of footnote definitions, whose own markers are not references.
 */
export function collectReferences(text: string, tables: Table[], excluded: { start: number; end: number }[]): FootnoteRef[] {
  const found = new Map<string, Found>();
  const add = (f: Found) => {
    if (f.span.end <= f.span.start || insideAny(excluded, f.span.start)) return;
    const k = `${f.span.start}:${f.span.end}`;
    if (!found.has(k)) found.set(k, f);
  };
  for (const table of tables) {
    const fromMarkers = (markers: Marker[] | undefined, cell?: Found['cell']) => {
      for (const m of markers ?? []) add({ marker: m.marker, key: m.key || footnoteKey(m.marker), span: m.span, tableId: table.id, cell });
    };
    table.headerRows.forEach((row) => row.forEach((c, column) => fromMarkers(c.markers, { row: -1, column })));
    table.columns.forEach((col) => fromMarkers(col.markers, { row: -1, column: col.index }));
    for (const row of table.rows) {
      row.cells.forEach((c, column) => {
        const cell = { row: row.index, column };
        fromMarkers(c.markers, cell);
        const star = lessThanOneStar(text, c);
        if (star && !c.markers.some((m) => m.key === '*')) add({ marker: '*', key: '*', span: star, tableId: table.id, cell });
      });
    }
    for (const tag of fnTags(text, table)) add({ ...tag, tableId: table.id });
  }
  return [...found.values()]
    .sort((a, b) => a.span.start - b.span.start)
    .map((f, i) => ({ id: `r${i}`, marker: f.marker, key: f.key, span: f.span, tableId: f.tableId, ...(f.cell ? { cell: f.cell } : {}) }));
}

/** The `*` of a cell that means "less than 1%", placed exactly in the source when we can see it. */
function lessThanOneStar(text: string, cell: Cell): { start: number; end: number } | undefined {
  if (cell.value.kind !== 'less-than-one') return undefined;
  const { start, end } = cell.span;
  const at = end > start ? text.slice(start, end).indexOf('*') : -1;
  if (at >= 0) return { start: start + at, end: start + at + 1 };
  return end > start ? { start, end } : undefined;
}

function fnTags(text: string, table: Table): { marker: string; key: string; span: { start: number; end: number } }[] {
  const body = text.slice(table.span.start, table.span.end);
  if (!body.includes('<F') && !body.includes('<f')) return [];
  const out: { marker: string; key: string; span: { start: number; end: number } }[] = [];
  const re = /<F(\d{1,3})>/gi;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const start = table.span.start + m.index;
    out.push({ marker: m[0], key: footnoteKey(m[0]), span: { start, end: start + m[0].length } });
  }
  return out;
}

function insideAny(spans: { start: number; end: number }[], offset: number): boolean {
  // spans are sorted by start and do not overlap
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return true;
  }
  return false;
}
