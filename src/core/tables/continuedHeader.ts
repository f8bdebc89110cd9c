import type { Cell, Column, Table } from '../model';
import { type MeaningInput, readMeanings } from './meaning';
import { typePercentColumns } from './percentCells';
import { columnRole, columnYear } from './roles';

/**
 * A table a page break cut off its header (J&J's product sales: "Fiscal Second Quarter Ended | ... | Percent
 * Change" on the first page, the later pages' HTML tables only rows) continues the last table before it that has
 * one. It takes that header when it follows it closely (only other headerless parts between, each close to the
 * next), has its number of columns, and its cells fit that header's columns: figures only under a column of
 * figures, no money under a percent column, no percent under an amount column. A sentence between them
 * ("Lease liabilities ... were as follows:") or footnotes start another table, which keeps its own (lack of) header.
 */
const MAX_GAP = 4000;
const PERCENT_KINDS = new Set(['percent-change', 'share', 'rate', 'ownership', 'points-change']);

export function inheritContinuedHeaders(tables: Table[], inputs: WeakMap<Table, MeaningInput>, text: string): void {
  const close = (a: Table, b: Table): boolean => {
    const gap = b.span.start - a.span.end;
    return gap >= 0 && gap <= MAX_GAP && !prose(text.slice(a.span.end, b.span.start));
  };
  // walk[k]: the first table before k, going back over close headerless parts, that is not one; kept per table so
  // a run of n headerless parts is walked once, not n times (n unclosed SGML <TABLE>s were quadratic).
  const walk: number[] = [-1];
  for (let k = 1; k < tables.length; k++) {
    const b = tables[k];
    walk[k] = close(tables[k - 1], b) && headerless(tables[k - 1]) ? walk[k - 1] : k - 1;
    if (!headerless(b)) continue;
    const j = walk[k];
    if (j < 0 || !close(tables[j], tables[j + 1])) continue;
    const a = tables[j];
    const input = inputs.get(a);
    const own = inputs.get(b);
    if (!input || !own || !fits(a, b)) continue;
    b.columns = b.columns.map((c, i): Column => {
      const path = [...a.columns[i].path];
      const col: Column = {
        index: c.index,
        path,
        role: columnRole(path, cellsOf(b, i), c.role === 'label', input.own[i] ?? []),
        headerSpans: c.headerSpans,
        markers: c.markers,
      };
      const year = c.role === 'label' ? undefined : columnYear(path);
      if (year !== undefined) col.year = year;
      return col;
    });
    b.continues = a.id;
    readMeanings(b, { own: input.own.map((o) => [...o]), notes: own.notes });
    typePercentColumns(b);
    inputs.set(b, { own: input.own, notes: own.notes });
  }
}

function headerless(t: Table): boolean {
  return t.columns[0]?.role === 'label' && t.columns.every((c) => c.role === 'label' || c.path.length === 0);
}

/**
 * Text between two parts that is more than page furniture (a page number, "Table of Contents", "(continued)", rule
 * lines) or a row group's name ("Intercompany sales among geographic areas"): a sentence introducing a new table
 * ("... were as follows:"), footnotes, a note's prose. Markup is no text.
 */
function prose(between: string): boolean {
  const words = between
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#?\w+;/g, ' ')
    .replace(/\btable\s+of\s+content\s*s\b|\(\s*continued\s*\)|[-=_]{2,}|\b\d+\b/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return words.length > 120 || /[a-z)][.:;](?:\s|$)/i.test(words);
}

function cellsOf(t: Table, i: number): Cell[] {
  return t.rows.map((r) => r.cells[i]).filter((c): c is Cell => c !== undefined);
}

function fits(a: Table, b: Table): boolean {
  if (a.columns.length !== b.columns.length || a.columns[0]?.role !== 'label') return false;
  let figures = 0;
  for (let i = 1; i < a.columns.length; i++) {
    const col = a.columns[i];
    if (col.path.length === 0) return false;
    const cells = cellsOf(b, i);
    const n = cells.filter((c) => c.value.kind === 'number' || c.value.kind === 'percent').length;
    figures += n;
    const kind = col.meaning?.kind ?? 'unknown';
    if (n > 0 && (kind === 'text' || kind === 'unknown')) return false;
    if (PERCENT_KINDS.has(kind) && cells.some((c) => c.value.money)) return false;
    if (!PERCENT_KINDS.has(kind) && cells.some((c) => c.value.kind === 'percent')) return false;
  }
  return figures > 0;
}
