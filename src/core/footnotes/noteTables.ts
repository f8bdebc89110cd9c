import type { Footnote, Table } from '../model';
import { visibleText } from '../visibleText';

/**
 * Tables that are only a footnote (HTML filings often set each note as a one-row table: "1." | text).
 * They are the note, not a table with notes of its own, so scoping looks past them.
 */
export function noteTables(tables: Table[], footnotes: Footnote[]): Set<string> {
  const out = new Set<string>();
  const sorted = [...footnotes].sort((a, b) => a.span.start - b.span.start);
  for (const t of tables) {
    if (t.rows.length > 2) continue;
    const inside = sorted.find((f) => f.span.start >= t.span.start && f.span.start < t.span.end);
    if (!inside) continue;
    const first = (t.rows[0]?.cells ?? []).map((c) => c.text.trim()).find((s) => s !== '') ?? '';
    if (first === '' || first === inside.marker.trim() || first.startsWith(inside.marker.trim())) out.add(t.id);
  }
  return out;
}

/**
 * Chains of a table and its continuations (the same header repeated after a page break): each table's
 * id mapped to the id of the first table of its chain. Note tables are left out.
 */
export function continuationHeads(tables: Table[], notes: Set<string>): Map<string, string> {
  const heads = new Map<string, string>();
  let previous: Table | undefined;
  for (const t of [...tables].sort((a, b) => a.span.start - b.span.start)) {
    if (notes.has(t.id)) continue;
    const sig = signature(t);
    if (previous && sig !== '' && sig === signature(previous) && t.span.start - previous.span.end < 40000) {
      heads.set(t.id, heads.get(previous.id) ?? previous.id);
    } else heads.set(t.id, t.id);
    previous = t;
  }
  return heads;
}

function signature(t: Table): string {
  if (t.columns.length < 2) return '';
  const sig = t.columns.map((c) => c.path.join('>').toLowerCase()).join('|');
  return sig.replace(/[|>\s]/g, '') === '' ? '' : sig;
}

/** Visible characters allowed between two tables that share one block of notes (a title line or two). */
const SHARED_GAP = 200;

/**
 * One block of notes after several consecutive tables serves all of them: a table with no notes of its
 * own, followed after nothing but title lines by another table, takes that table's chain as its own
 * (its id is mapped to the next table's head in `heads`), so its markers resolve to the notes below the
 * last table of the run before any note elsewhere.
 */
export function shareNotesOfNext(
  text: string,
  tables: Table[],
  footnotes: Footnote[],
  notes: Set<string>,
  heads: Map<string, string>,
): void {
  const withNotes = new Set<string>();
  for (const f of footnotes) if (f.tableId) withNotes.add(heads.get(f.tableId) ?? f.tableId);
  const ordered = tables.filter((t) => !notes.has(t.id)).sort((a, b) => a.span.start - b.span.start);
  for (let i = ordered.length - 2; i >= 0; i--) {
    const t = ordered[i];
    const next = ordered[i + 1];
    const head = heads.get(t.id) ?? t.id;
    if (withNotes.has(head) || head !== t.id || next.span.start < t.span.end) continue;
    const nextHead = heads.get(next.id) ?? next.id;
    // The cheap test first: only a next table with notes can share them (the gap's visible text is a scan).
    if (!withNotes.has(nextHead)) continue;
    if (
      next.span.start - t.span.end > 20000 ||
      visibleText(text.slice(t.span.end, next.span.start)).length > SHARED_GAP
    ) {
      continue;
    }
    heads.set(t.id, nextHead);
  }
}
