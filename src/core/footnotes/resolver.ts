import type { FilingDocument, Footnote, FootnoteRef, Table } from '../model';

/** How far after a marker a note may be when it is found only by looking forward (continued tables). */
const FORWARD = 60000;

/**
 * Picks the definition governing a reference: the notes of the table (or of its continuation after a
 * page break), then its section's (loose notes first), then loose notes between the table and the next
 * one, then the nearest loose note with the key in the same SGML document (before it, or after it
 * within a bounded distance), and last the nearest preceding note sitting under another table (for a
 * marker in prose, the nearest one before or after it).
 */
export class Resolver {
  private readonly byKey = new Map<string, Footnote[]>();
  private readonly tables = new Map<string, Table>();
  private readonly nextTableStart = new Map<string, number>();

  constructor(
    footnotes: Footnote[],
    tables: Table[],
    private readonly heads: Map<string, string>,
    private readonly documents: FilingDocument[],
  ) {
    for (const f of footnotes) {
      const list = this.byKey.get(f.key);
      if (list) list.push(f);
      else this.byKey.set(f.key, [f]);
    }
    const ordered = [...tables].sort((a, b) => a.span.start - b.span.start);
    ordered.forEach((t, i) => {
      this.tables.set(t.id, t);
      // The next table that is not a continuation of this one.
      let next = Infinity;
      for (let k = i + 1; k < ordered.length; k++) {
        if (this.head(ordered[k].id) !== this.head(t.id)) {
          next = ordered[k].span.start;
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
        if (section.length > 0) return nearest(section, ref.span.start);
      }
      const limit = this.nextTableStart.get(table.id) ?? Infinity;
      const below = inDoc.find((f) => f.span.start >= table.span.end && f.span.start < limit && !f.tableId);
      if (below) return below;
    }
    // A marker in prose may point at a note set under a table further on; a table's marker never looks forward to another table's.
    return (
      closest(
        inDoc.filter((f) => !f.tableId),
        ref.span.start,
      ) ??
      closest(
        inDoc.filter((f) => f.tableId),
        ref.span.start,
        !table,
      )
    );
  }
}

/** The note nearest to offset: before it, or (when `forward`) after it within FORWARD. */
function closest(list: Footnote[], offset: number, forward = true): Footnote | undefined {
  let before: Footnote | undefined;
  let after: Footnote | undefined;
  for (const f of list) {
    if (f.span.start < offset) before = f;
    else if (!after) after = f;
  }
  if (!forward || (after && after.span.start - offset > FORWARD)) after = undefined;
  if (before && after) return offset - before.span.end <= after.span.start - offset ? before : after;
  return before ?? after;
}

/** The first candidate after the reference, else the last before it. */
function nearest(list: Footnote[], offset: number): Footnote {
  return list.find((f) => f.span.start >= offset) ?? list[list.length - 1];
}
