/** What the footnote rules share: which notes a table has, and whether a marker looks like one of them. */
import type { Analysis, Footnote, FootnoteRef, Table } from '../../core/model';

export interface TableNotes {
  table: Table;
  /** Notes that sit with the table (just below it, or inside it). */
  own: Footnote[];
  /** Every note the table's markers resolved to, or that sits with it. */
  inScope: Footnote[];
  refs: FootnoteRef[];
}

/** Per table: its notes and its references, for tables with at least one of either. */
export function tableNotes(analysis: Analysis): TableNotes[] {
  const byId = new Map(analysis.footnotes.map((f) => [f.id, f]));
  const refsByTable = new Map<string, FootnoteRef[]>();
  for (const r of analysis.references) {
    if (!r.tableId) continue;
    const list = refsByTable.get(r.tableId);
    if (list) list.push(r);
    else refsByTable.set(r.tableId, [r]);
  }
  const out: TableNotes[] = [];
  for (const table of analysis.tables) {
    const refs = refsByTable.get(table.id) ?? [];
    const own = analysis.footnotes.filter((f) => f.tableId === table.id);
    const inScope = table.footnoteIds.map((id) => byId.get(id)).filter((f): f is Footnote => !!f);
    if (refs.length > 0 || own.length > 0) out.push({ table, own, inScope, refs });
  }
  return out;
}

/** The family of a marker: (1) and <F1> are numbers, (a) letters, *, ** and † symbols. */
export function markerStyle(key: string): 'number' | 'letter' | 'symbol' {
  if (/^\d+$/.test(key)) return 'number';
  if (/^[A-Za-z]{1,4}$/.test(key)) return 'letter';
  return 'symbol';
}

/** A "* less than 1%" legend: standard boilerplate, present whether or not a cell uses it. */
export function isLessThanOneLegend(f: Footnote): boolean {
  return f.key === '*' && /less than (?:1|one)|<\s*1\s*%|under (?:1|one) ?%/i.test(f.text);
}

export function markerList(notes: Footnote[]): string {
  return notes.map((f) => f.marker.trim()).join(', ');
}
