import type { Cell, FootnoteRef, Marker, Table } from '../model';
import { footnoteKey } from '../tables/markers';
import { headerMarkers } from './headerRefs';
import { overlapsAny } from '../spanSearch';
import { CharCode } from '../charCodes';

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
export function collectReferences(
  text: string,
  tables: Table[],
  excluded: { start: number; end: number }[],
): FootnoteRef[] {
  const found = new Map<string, Found>();
  const add = (f: Found) => {
    if (f.span.end <= f.span.start || insideAny(excluded, f.span.start)) return;
    const k = `${f.span.start}:${f.span.end}`;
    if (!found.has(k)) found.set(k, f);
  };
  for (const table of tables) {
    const fromMarkers = (markers: Marker[] | undefined, cell?: Found['cell'], cellText?: string) => {
      for (const m of references(text, markers ?? [], cellText)) {
        add({ marker: m.marker, key: m.key || footnoteKey(m.marker), span: m.span, tableId: table.id, cell });
      }
    };
    for (const h of headerMarkers(text, table)) fromMarkers([h.marker], { row: -1, column: h.column });
    for (const row of table.rows) {
      for (let column = 0; column < row.cells.length; column++) {
        const c = row.cells[column];
        const glued = column === 0 ? gluedMarkers(text, c) : NONE;
        const star = lessThanOneStar(text, c);
        // Most cells hold no reference: no place object for them.
        if (c.markers.length === 0 && glued.length === 0 && !star) continue;
        const cell = { row: row.index, column };
        fromMarkers(c.markers, cell, c.text);
        for (const m of glued) add({ ...m, tableId: table.id, cell });
        if (star && !c.markers.some((m) => m.key === '*')) {
          add({ marker: '*', key: '*', span: star, tableId: table.id, cell });
        }
      }
    }
    for (const tag of fnTags(text, table)) add({ ...tag, tableId: table.id });
  }
  return [...found.values()]
    .sort((a, b) => a.span.start - b.span.start)
    .map((f, i) => ({
      id: `r${i}`,
      marker: f.marker,
      key: f.key,
      span: f.span,
      tableId: f.tableId,
      ...(f.cell ? { cell: f.cell } : {}),
    }));
}

/**
 * The markers that are footnote references. Not: a letter right after a digit ("Section 3.10(a)(1)",
 * exhibit "10.72(a)": cross-references) with whatever follows it, nor a body cell that is nothing but
 * markers ("(a)(1)": an enumeration label).
 */
function references(text: string, markers: Marker[], cellText: string | undefined): Marker[] {
  if (markers.length === 0) return markers;
  const paren = (m: Marker) => /^[([]/.test(m.marker.trim());
  let list = [...markers].sort((a, b) => a.span.start - b.span.start);
  if (cellText !== undefined && paren(list[0]) && withoutMarkers(cellText, list) === '') {
    list = list.filter((m) => !paren(m));
  }
  const out: Marker[] = [];
  let droppedEnd = -1;
  for (const m of list) {
    const before = text.charCodeAt(m.span.start - 1);
    const letter = /^[A-Za-z]{1,4}$/.test(m.key);
    if ((letter && before >= CharCode.Digit0 && before <= CharCode.Digit9) || m.span.start === droppedEnd) {
      droppedEnd = m.span.end;
      continue;
    }
    out.push(m);
  }
  return out;
}

/** A cell's text with its markers taken out (builders differ on whether Cell.text keeps them). */
function withoutMarkers(cellText: string, markers: Marker[]): string {
  let s = cellText;
  for (const m of markers) s = s.split(m.marker).join('');
  return s.trim();
}

const NONE: readonly never[] = [];

/** "(1)" glued to a word inside a label ("Jeff Zhu(1) Executive Vice President"): a marker mid-cell. */
function gluedMarkers(
  text: string,
  cell: Cell,
): readonly { marker: string; key: string; span: { start: number; end: number } }[] {
  const { start, end } = cell.span;
  if (
    end - start !== cell.text.length ||
    end - start > 500 ||
    !cell.text.includes('(') ||
    !text.startsWith(cell.text, start)
  ) {
    return NONE;
  }
  const out: { marker: string; key: string; span: { start: number; end: number } }[] = [];
  const re = /[A-Za-z.,](\(\d{1,2}\))(?=[\s,;]|$)/g;
  for (let m = re.exec(cell.text); m; m = re.exec(cell.text)) {
    const at = start + m.index + 1;
    out.push({ marker: m[1], key: footnoteKey(m[1]), span: { start: at, end: at + m[1].length } });
  }
  return out;
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
  return overlapsAny(spans, offset, offset + 1);
}
