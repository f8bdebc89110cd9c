import type { Footnote, Section, Table } from '../model';
import { flattenSections } from '../sections';
import { lastAtOrBefore, lastStartingAtOrBefore } from '../spanSearch';
import { visibleText } from '../visibleText';

/** Raw characters a table's notes may sit below it (markup and page breaks included). */
const MAX_GAP = 4000;
/** Visible characters allowed between a table (or its previous note) and a note ("Notes:", "____"). */
const MAX_VISIBLE = 80;

/**
 * Gives each footnote the table it belongs to: the table that holds it (SGML `<FN>` inside `<TABLE>`,
 * HTML notes in rows below), or the table just above it with nothing but rules, blank lines, markup,
 * a page number or its sibling notes in between. Footnotes further away stay section-scoped. Tables in
 * `skip` (tables that are only a note) are looked past.
 */
export function attachToTables(
  text: string,
  footnotes: Footnote[],
  tables: Table[],
  sections: Section[],
  skip: Set<string> = new Set(),
): void {
  const ordered = tables.filter((t) => !skip.has(t.id)).sort((a, b) => a.span.start - b.span.start);
  const headingStarts = flattenSections(sections)
    .map((s) => s.span.start)
    .sort((a, b) => a - b);
  const lastNoteEnd = new Map<string, number>();
  for (const fn of footnotes) {
    const table = lastTableStartingBefore(ordered, fn.span.start);
    if (!table) continue;
    if (fn.span.start < table.span.end) {
      fn.tableId = table.id;
      continue;
    }
    const from = Math.max(table.span.end, lastNoteEnd.get(table.id) ?? 0);
    if (gapIsQuiet(text, from, fn.span.start) && !hasHeadingIn(headingStarts, from, fn.span.start)) {
      fn.tableId = table.id;
      lastNoteEnd.set(table.id, fn.span.end);
    }
  }
}

function lastTableStartingBefore(tables: Table[], offset: number): Table | undefined {
  const i = lastStartingAtOrBefore(tables, offset, (t) => t.span.start);
  return i >= 0 ? tables[i] : undefined;
}

function gapIsQuiet(text: string, from: number, to: number): boolean {
  if (to < from) return true;
  if (to - from > MAX_GAP) return false;
  return visibleText(text.slice(from, to)).length <= MAX_VISIBLE;
}

function hasHeadingIn(starts: number[], from: number, to: number): boolean {
  const lo = lastAtOrBefore(starts, from) + 1;
  return lo < starts.length && starts[lo] < to;
}
