import type { FilingDocument, Footnote, FootnoteRef, Table } from '../model';

/** How far after a marker a note may be when it is found only by looking forward (continued tables). */
const FORWARD = 60000;
/** How many tables after its own a table's notes may continue below (sub-tables set between a table and its notes). */
const CONTINUED_OVER = 6;

/**
 * Picks the definition governing a reference: the notes of the table (or of its continuation after a
 * page break, or of the run of consecutive tables sharing one block of notes: `heads`), then its
 * section's (loose notes first, then the first under a later table of the section), then loose notes between the table and the next one, and last the
 * table's own numbering continued below the next few tables (a table whose notes (1)-(2) sit under it
 * and whose (3)-(7) sit under the sub-tables that follow, which point at none of them). A table's
 * marker found in none of these is undefined: a far note, loose or under another table, is another
 * table's. A marker in prose takes the nearest loose note before or after it, else the nearest note
 * under a table.
 */
export class Resolver {
  private readonly byKey = new Map<string, Footnote[]>();
  private readonly tables = new Map<string, Table>();
  private readonly ordered: Table[];
  private readonly index = new Map<string, number>();
  private readonly nextTableStart = new Map<string, number>();
  /** Keys of the notes that sit with each chain (by head). */
  private readonly ownKeys = new Map<string, Set<string>>();
  /** Keys the markers of each table point at. */
  private readonly usedKeys = new Map<string, Set<string>>();

  constructor(
    footnotes: Footnote[],
    tables: Table[],
    private readonly heads: Map<string, string>,
    private readonly documents: FilingDocument[],
    references: FootnoteRef[] = [],
  ) {
    for (const f of footnotes) {
      const list = this.byKey.get(f.key);
      if (list) list.push(f);
      else this.byKey.set(f.key, [f]);
      const head = this.head(f.tableId);
      if (head !== undefined) addTo(this.ownKeys, head, f.key);
    }
    for (const r of references) if (r.tableId) addTo(this.usedKeys, r.tableId, r.key);
    this.ordered = [...tables].sort((a, b) => a.span.start - b.span.start);
    this.ordered.forEach((t, i) => {
      this.tables.set(t.id, t);
      this.index.set(t.id, i);
      // The next table that is not a continuation of this one.
      let next = Infinity;
      for (let k = i + 1; k < this.ordered.length; k++) {
        if (this.head(this.ordered[k].id) !== this.head(t.id)) {
          next = this.ordered[k].span.start;
          break;
        }
      }
      this.nextTableStart.set(t.id, next);
    });
  }

  private head(tableId: string | undefined): string | undefined {
    return tableId === undefined ? undefined : (this.heads.get(tableId) ?? tableId);
  }

  resolve(ref: FootnoteRef): Footnote | undefined {
    const candidates = this.byKey.get(ref.key);
    if (!candidates) return undefined;
    const table = ref.tableId ? this.tables.get(ref.tableId) : undefined;
    const doc = this.documents.find((d) => d.span.start <= ref.span.start && ref.span.start < d.span.end);
    const inDoc = doc
      ? candidates.filter((f) => f.span.start >= doc.span.start && f.span.start < doc.span.end)
      : candidates;
    if (table) {
      const head = this.head(table.id);
      const own = inDoc.filter((f) => f.tableId !== undefined && this.head(f.tableId) === head);
      if (own.length > 0) return nearest(own, ref.span.start);
      if (table.sectionId) {
        const section = inDoc.filter((f) => f.sectionId === table.sectionId);
        const loose = section.filter((f) => !f.tableId);
        if (loose.length > 0) return nearest(loose, ref.span.start);
        // Notes under a later table of the section: pages of one table (an exhibit index) whose legend ends the last.
        const later = section.find((f) => f.span.start >= table.span.end);
        if (later) return later;
      }
      const limit = this.nextTableStart.get(table.id) ?? Infinity;
      const below = inDoc.find((f) => f.span.start >= table.span.end && f.span.start < limit && !f.tableId);
      if (below) return below;
      return this.continued(table, ref.key, inDoc);
    }
    return (
      closest(
        inDoc.filter((f) => !f.tableId),
        ref.span.start,
      ) ??
      closest(
        inDoc.filter((f) => f.tableId),
        ref.span.start,
      )
    );
  }

  /**
   * The note `key` continuing the table's own numbering under one of the next few tables: the table has
   * notes of the same family that come before it ((1), (2) before (3)), and the first later table with a
   * note `key` has no marker pointing at it (nor has any table in between).
   */
  private continued(table: Table, key: string, candidates: Footnote[]): Footnote | undefined {
    const order = rank(key);
    if (order === undefined) return undefined;
    const head = this.head(table.id)!;
    const own = this.ownKeys.get(head);
    if (!own || ![...own].some((k) => rank(k)?.family === order.family && rank(k)!.n < order.n)) return undefined;
    // The first note of the key under each chain, found in one pass over the candidates.
    const firstUnder = new Map<string, Footnote>();
    for (const f of candidates) {
      const h = this.head(f.tableId);
      if (h !== undefined && f.span.start >= table.span.end && !firstUnder.has(h)) firstUnder.set(h, f);
    }
    const i = this.index.get(table.id)!;
    let seen = 0;
    for (let k = i + 1; k < this.ordered.length && seen < CONTINUED_OVER; k++) {
      const next = this.ordered[k];
      const nextHead = this.head(next.id)!;
      if (nextHead === head) continue;
      seen++;
      if (this.usedKeys.get(next.id)?.has(key)) return undefined;
      const note = firstUnder.get(nextHead);
      if (note) return note;
    }
    return undefined;
  }
}

function addTo(map: Map<string, Set<string>>, id: string, key: string): void {
  const set = map.get(id);
  if (set) set.add(key);
  else map.set(id, new Set([key]));
}

/** A numbered or lettered key's family and place: "3" -> number 3, "c" -> letter 3; symbols have none. */
function rank(key: string): { family: 'number' | 'lower' | 'upper'; n: number } | undefined {
  if (/^\d{1,3}$/.test(key)) return { family: 'number', n: Number(key) };
  if (/^[a-z]$/.test(key)) return { family: 'lower', n: key.charCodeAt(0) };
  if (/^[A-Z]$/.test(key)) return { family: 'upper', n: key.charCodeAt(0) };
  return undefined;
}

/** The note nearest to offset: before it, or after it within FORWARD. */
function closest(list: Footnote[], offset: number): Footnote | undefined {
  let before: Footnote | undefined;
  let after: Footnote | undefined;
  for (const f of list) {
    if (f.span.start < offset) before = f;
    else if (!after) after = f;
  }
  if (after && after.span.start - offset > FORWARD) after = undefined;
  if (before && after) return offset - before.span.end <= after.span.start - offset ? before : after;
  return before ?? after;
}

/** The first candidate after the reference, else the last before it. */
function nearest(list: Footnote[], offset: number): Footnote {
  return list.find((f) => f.span.start >= offset) ?? list[list.length - 1];
}
