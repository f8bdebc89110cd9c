import type { Analysis, Cell, Column, Footnote, FootnoteRef, Span, Table } from '../core/model';
import { lastStartingAtOrBefore } from '../core/spanSearch';

/** A body cell, or a header cell with the column(s) it heads. */
export type CellHit =
  | { kind: 'cell'; table: Table; cell: Cell; row: number; column: number; span: Span }
  | { kind: 'header'; table: Table; columns: Column[]; span: Span };

/**
 * "What is at offset X" for hovers, go-to-definition and references: binary searches over spans sorted
 * once per analysis, so a hover on a 1 MB filing costs O(log n), not a scan of every cell.
 */
export interface PositionIndex {
  referenceAt(offset: number): FootnoteRef | undefined;
  /** The footnote whose definition (marker and text) holds offset. */
  footnoteAt(offset: number): Footnote | undefined;
  cellAt(offset: number): CellHit | undefined;
  footnote(id: string | undefined): Footnote | undefined;
  table(id: string | undefined): Table | undefined;
  /** Every reference that resolved to the footnote, in document order. */
  referencesTo(footnote: Footnote): FootnoteRef[];
}

const cache = new WeakMap<Analysis, PositionIndex>();

export function positionIndex(analysis: Analysis): PositionIndex {
  let index = cache.get(analysis);
  if (!index) cache.set(analysis, (index = build(analysis)));
  return index;
}

function build(analysis: Analysis): PositionIndex {
  const refs = sorted(analysis.references.filter((r) => r.span.end > r.span.start));
  const notes = sorted(analysis.footnotes.filter((f) => f.span.end > f.span.start));
  const cells = sorted(cellHits(analysis.tables));
  const footnotes = new Map(analysis.footnotes.map((f) => [f.id, f]));
  const tables = new Map(analysis.tables.map((t) => [t.id, t]));
  const refsById = new Map(analysis.references.map((r) => [r.id, r]));
  return {
    referenceAt: (offset) => find(refs, offset),
    footnoteAt: (offset) => find(notes, offset),
    cellAt: (offset) => find(cells, offset),
    footnote: (id) => (id ? footnotes.get(id) : undefined),
    table: (id) => (id ? tables.get(id) : undefined),
    referencesTo: (f) => f.refIds.map((id) => refsById.get(id)).filter((r): r is FootnoteRef => !!r),
  };
}

function cellHits(tables: Table[]): CellHit[] {
  const out: CellHit[] = [];
  for (const table of tables) {
    const headers = new Map<string, { span: Span; columns: Column[] }>();
    for (const column of table.columns) {
      for (const span of column.headerSpans) {
        if (span.end <= span.start) continue;
        const key = `${span.start}:${span.end}`;
        const hit = headers.get(key);
        if (hit) hit.columns.push(column);
        else headers.set(key, { span, columns: [column] });
      }
    }
    for (const h of headers.values()) out.push({ kind: 'header', table, columns: h.columns, span: h.span });
    for (const row of table.rows) {
      row.cells.forEach((cell, column) => {
        if (cell.span.end > cell.span.start) {
          out.push({ kind: 'cell', table, cell, row: row.index, column, span: cell.span });
        }
      });
    }
  }
  return out;
}

function sorted<T extends { span: Span }>(items: T[]): T[] {
  return [...items].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
}

/** How far back to look past the last item starting at or before offset, for items that enclose others. */
const LOOK_BACK = 16;

/** The smallest item whose span holds offset: binary search, then a short look back for enclosing spans. */
function find<T extends { span: Span }>(items: T[], offset: number): T | undefined {
  const last = lastStartingAtOrBefore(items, offset, (i) => i.span.start);
  let best: T | undefined;
  for (let i = last; i >= 0 && i > last - LOOK_BACK; i--) {
    const s = items[i].span;
    if (s.start <= offset && offset < s.end && (!best || s.end - s.start < best.span.end - best.span.start)) {
      best = items[i];
    }
  }
  return best;
}

/** Go to Definition: from a resolved marker to its footnote's marker. */
export function definitionAt(analysis: Analysis, offset: number): Span | undefined {
  const index = positionIndex(analysis);
  const ref = index.referenceAt(offset);
  const fn = ref && index.footnote(ref.footnoteId);
  return fn ? fn.markerSpan : undefined;
}

/**
 * Find All References: every marker pointing at the footnote under the cursor (on its definition or on
 * one of its markers), plus the definition's marker when asked for the declaration.
 */
export function referencesAt(analysis: Analysis, offset: number, includeDeclaration: boolean): Span[] {
  const index = positionIndex(analysis);
  const ref = index.referenceAt(offset);
  const fn = ref ? index.footnote(ref.footnoteId) : index.footnoteAt(offset);
  if (!fn) return [];
  const spans = index.referencesTo(fn).map((r) => r.span);
  return includeDeclaration ? [fn.markerSpan, ...spans] : spans;
}
