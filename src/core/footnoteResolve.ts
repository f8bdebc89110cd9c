import type { FilingDocument, Footnote, FootnoteRef, Table } from './model';

/** How far after a marker a note may be when it is found only by looking forward (continued tables). */
const FORWARD = 40000;

/**
 * Picks the definition governing a reference: the table's own notes, then its section's (loose notes
 * first), then loose notes between the table and the next one, then the nearest note with the key in the
 * same SGML document: before it, or after it within a bounded distance (a table continued over a page
 * break has its notes under the last part).
 */
export class Resolver {
  private readonly byKey = new Map<string, Footnote[]>();
  private readonly tables = new Map<string, Table>();
  private readonly nextTableStart = new Map<string, number>();

  constructor(footnotes: Footnote[], tables: Table[], private readonly documents: FilingDocument[]) {
    for (const f of footnotes) {
      const list = this.byKey.get(f.key);
      if (list) list.push(f);
      else this.byKey.set(f.key, [f]);
    }
    const ordered = [...tables].sort((a, b) => a.span.start - b.span.start);
    ordered.forEach((t, i) => {
      this.tables.set(t.id, t);
      this.nextTableStart.set(t.id, i + 1 < ordered.length ? ordered[i + 1].span.start : Infinity);
    });
  }

  resolve(ref: FootnoteRef): Footnote | undefined {
    const candidates = this.byKey.get(ref.key);
    if (!candidates) return undefined;
    const table = ref.tableId ? this.tables.get(ref.tableId) : undefined;
    const doc = this.documents.find((d) => d.span.start <= ref.span.start && ref.span.start < d.span.end);
    const inDoc = doc ? candidates.filter((f) => f.span.start >= doc.span.start && f.span.start < doc.span.end) : candidates;
    if (table) {
      const own = inDoc.filter((f) => f.tableId === table.id);
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
    let before: Footnote | undefined;
    let after: Footnote | undefined;
    for (const f of inDoc) {
      if (f.span.start < ref.span.start) before = f;
      else if (!after) after = f;
    }
    if (after && after.span.start - ref.span.start > FORWARD) after = undefined;
    if (before && after) return ref.span.start - before.span.end <= after.span.start - ref.span.start ? before : after;
    return before ?? after;
  }
}

/** The first candidate after the reference, else the last before it. */
function nearest(list: Footnote[], offset: number): Footnote {
  return list.find((f) => f.span.start >= offset) ?? list[list.length - 1];
}
