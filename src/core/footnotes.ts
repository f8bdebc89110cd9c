import type { FilingDocument, Footnote, FootnoteRef, ReaderResult, Section, Table } from './model';
import { sectionAt } from './sections';
import { attachToTables } from './footnoteScope';
import { collectReferences } from './footnoteRefs';
import { footnoteKey } from './tables/markers';
import { statedOutstandingFromNotes } from './footnoteOutstanding';

/**
 * Footnote definitions and references, each reference resolved to the definition that governs it:
 * the table's own notes first, then its section's, then notes between it and the next table, then the
 * nearest preceding note in the same SGML document. Fills Footnote.refIds, FootnoteRef.footnoteId and
 * Table.footnoteIds (the table's own notes and the notes its markers resolve to, in document order),
 * and Table.statedOutstanding from those notes when the builder found none.
 */
export function resolveFootnotes(
  text: string, raw: ReaderResult, tables: Table[], sections: Section[],
): { footnotes: Footnote[]; references: FootnoteRef[] } {
  const footnotes = definitions(text, raw, sections);
  for (const t of tables) {
    if (t.sectionId === undefined) {
      const id = sectionAt(sections, t.span.start)?.id;
      if (id) t.sectionId = id;
    }
  }
  attachToTables(text, footnotes, tables, sections);
  const references = collectReferences(text, tables, footnotes.map((f) => f.span));
  const resolver = new Resolver(footnotes, tables, raw.format === 'sgml' ? raw.documents : []);
  for (const ref of references) {
    const fn = resolver.resolve(ref);
    if (!fn) continue;
    ref.footnoteId = fn.id;
    fn.refIds.push(ref.id);
  }
  fillTableFootnotes(tables, footnotes, references);
  statedOutstandingFromNotes(text, tables, footnotes);
  return { footnotes, references };
}

function definitions(text: string, raw: ReaderResult, sections: Section[]): Footnote[] {
  const valid = raw.footnotes
    .filter((f) => f.span.start >= 0 && f.span.end <= text.length && f.span.end > f.span.start)
    .sort((a, b) => a.span.start - b.span.start);
  const out: Footnote[] = [];
  for (const f of valid) {
    // Overlapping definitions (a reader reporting one note twice) keep the first.
    if (out.length > 0 && f.span.start < out[out.length - 1].span.end) continue;
    const sectionId = sectionAt(sections, f.span.start)?.id;
    out.push({
      id: `f${out.length}`,
      marker: f.marker,
      key: f.key || footnoteKey(f.marker),
      text: f.text,
      span: f.span,
      markerSpan: f.markerSpan,
      ...(sectionId ? { sectionId } : {}),
      refIds: [],
    });
  }
  return out;
}

class Resolver {
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
    const doc = this.documentOf(ref.span.start);
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
    for (const f of inDoc) if (f.span.start < ref.span.start) before = f;
    return before;
  }

  private documentOf(offset: number): FilingDocument | undefined {
    return this.documents.find((d) => d.span.start <= offset && offset < d.span.end);
  }
}

/** The first candidate after the reference, else the last before it. */
function nearest(list: Footnote[], offset: number): Footnote {
  return list.find((f) => f.span.start >= offset) ?? list[list.length - 1];
}

function fillTableFootnotes(tables: Table[], footnotes: Footnote[], references: FootnoteRef[]): void {
  const ids = new Map<string, Set<string>>();
  const add = (tableId: string | undefined, footnoteId: string | undefined) => {
    if (!tableId || !footnoteId) return;
    let set = ids.get(tableId);
    if (!set) ids.set(tableId, (set = new Set()));
    set.add(footnoteId);
  };
  for (const f of footnotes) add(f.tableId, f.id);
  for (const r of references) add(r.tableId, r.footnoteId);
  const order = (id: string) => Number(id.slice(1));
  for (const t of tables) {
    const set = ids.get(t.id);
    t.footnoteIds = set ? [...set].sort((a, b) => order(a) - order(b)) : [];
  }
}
