import type { Footnote, FootnoteRef, RawFootnote, ReaderResult, Section, Table } from '../model';
import { sectionAt } from '../sections';
import { attachToTables } from './scope';
import { collectReferences } from './references';
import { footnoteKey } from '../tables/markers';
import { statedOutstandingFromNotes } from './statedOutstanding';
import { attachOutstandingCandidates, markAcquirableExcluded } from './outstandingStatements';
import { Resolver } from './resolver';
import { scanMissingDefinitions } from './fallback';
import { unplacedHeaderRefs } from './headerRefs';
import { continuationHeads, noteTables, shareNotesOfNext } from './noteTables';
import { titleRefs } from './titleRefs';
import { withoutAmounts } from './amounts';
import { proseRefs, withProse } from './proseRefs';

/**
 * Footnote definitions and references, each reference resolved to the definition that governs it
 * (see Resolver: the table's own notes, then its section's, then those below it). Markers still unresolved
 * get one more chance: their notes are looked for in the text below the table, for layouts the reader
 * did not recognise. Fills Footnote.refIds, FootnoteRef.footnoteId, Table.footnoteIds (the table's own
 * notes and the notes its markers resolve to, in document order), Table.sectionId when the builder left
 * it unset, the count the table's notes say its percentages are based on when the builder found none, and the counts of
 * shares outstanding stated anywhere (Table.outstandingCandidates, by scope).
 */
export function resolveFootnotes(
  text: string,
  raw: ReaderResult,
  tables: Table[],
  sections: Section[],
): { footnotes: Footnote[]; references: FootnoteRef[] } {
  for (const t of tables) {
    if (t.sectionId === undefined) {
      const id = sectionAt(sections, t.span.start)?.id;
      if (id) t.sectionId = id;
    }
  }
  const documents = raw.format === 'sgml' ? raw.documents : [];
  let result = resolveWith(text, raw.footnotes, raw, tables, sections);
  if (result.references.some((r) => !r.footnoteId)) {
    const skip = noteTables(tables, result.footnotes);
    const extra = scanMissingDefinitions(
      text,
      tables,
      result.references,
      result.footnotes,
      documents,
      skip,
      continuationHeads(tables, skip),
    );
    if (extra.length > 0) result = resolveWith(text, [...raw.footnotes, ...extra], raw, tables, sections);
  }
  result = withoutAmounts(text, result, tables);
  fillTableFootnotes(tables, result.footnotes, result.references);
  statedOutstandingFromNotes(text, tables, result.footnotes);
  const noteSpans = new Map(result.footnotes.map((f) => [f.id, f.span]));
  attachOutstandingCandidates(text, tables, noteSpans, sections);
  markAcquirableExcluded(text, tables, noteSpans);
  return result;
}

function resolveWith(
  text: string,
  raw: RawFootnote[],
  reader: ReaderResult,
  tables: Table[],
  sections: Section[],
): { footnotes: Footnote[]; references: FootnoteRef[] } {
  const footnotes = definitions(text, raw, sections);
  const notes = noteTables(tables, footnotes);
  attachToTables(text, footnotes, tables, sections, notes);
  const heads = continuationHeads(tables, notes);
  shareNotesOfNext(text, tables, footnotes, notes, heads);
  const inTables = withUnplacedHeaderRefs(
    text,
    tables,
    footnotes,
    collectReferences(
      text,
      tables,
      footnotes.map((f) => f.span),
    ),
    notes,
  );
  const markup =
    reader.format === 'html' || (reader.format === 'sgml' && reader.documents.some((d) => d.body === 'html'));
  const references = withProse(
    inTables,
    proseRefs(
      text,
      tables,
      footnotes.map((f) => f.span),
      markup,
      reader.format === 'sgml' ? reader.documents : [],
      reader.styledSuperscripts,
    ),
  );
  const resolver = new Resolver(
    footnotes,
    tables.filter((t) => !notes.has(t.id)),
    heads,
    reader.format === 'sgml' ? reader.documents : [],
    references,
  );
  for (const ref of references) {
    const fn = resolver.resolve(ref);
    if (!fn) continue;
    ref.footnoteId = fn.id;
    fn.refIds.push(ref.id);
  }
  return { footnotes, references };
}

/**
 * Adds header markers the builder did not place for notes of a table nothing points to yet, and the
 * markers of the table's title lines for any of its notes; renumbers.
 */
function withUnplacedHeaderRefs(
  text: string,
  tables: Table[],
  footnotes: Footnote[],
  refs: FootnoteRef[],
  notes: Set<string>,
): FootnoteRef[] {
  const extra: FootnoteRef[] = [];
  const taken = new Set(refs.map((r) => r.span.start));
  // Grouped by table once (filtering every list per table was quadratic on filings with many tables).
  const usedBy = new Map<string | undefined, Set<string>>();
  for (const r of refs) {
    const set = usedBy.get(r.tableId) ?? new Set<string>();
    set.add(r.key);
    usedBy.set(r.tableId, set);
  }
  const notesBy = new Map<string | undefined, Footnote[]>();
  for (const f of footnotes) {
    const list = notesBy.get(f.tableId) ?? [];
    list.push(f);
    notesBy.set(f.tableId, list);
  }
  const inNote = (at: number) => footnotes.some((f) => f.span.start <= at && at < f.span.end);
  let floor = 0;
  for (const table of [...tables].sort((a, b) => a.span.start - b.span.start)) {
    const own = notesBy.get(table.id) ?? [];
    const used = usedBy.get(table.id) ?? new Set<string>();
    const keys = own.filter((f) => !used.has(f.key)).map((f) => f.key);
    const found = [...unplacedHeaderRefs(text, table, [...new Set(keys)])];
    if (!notes.has(table.id)) found.push(...titleRefs(text, table, [...new Set(own.map((f) => f.key))], floor));
    for (const m of found) {
      if (taken.has(m.span.start) || inNote(m.span.start)) continue;
      taken.add(m.span.start);
      extra.push({ id: '', ...m, tableId: table.id });
    }
    floor = Math.max(floor, table.span.end);
  }
  if (extra.length === 0) return refs;
  return [...refs, ...extra].sort((a, b) => a.span.start - b.span.start).map((r, i) => ({ ...r, id: `r${i}` }));
}

/** A definition's key: "1." and "(1)." define what "(1)" and "¹" reference. */
export function definitionKey(f: RawFootnote): string {
  const key = f.key || footnoteKey(f.marker);
  if (!key.endsWith('.') || key.length < 2) return key;
  const bare = footnoteKey(key.slice(0, -1));
  return /^\d+$/.test(bare) ? String(Number(bare)) : bare;
}

function definitions(text: string, raw: RawFootnote[], sections: Section[]): Footnote[] {
  const valid = raw
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
      key: definitionKey(f),
      text: f.text,
      span: f.span,
      markerSpan: f.markerSpan,
      ...(sectionId ? { sectionId } : {}),
      refIds: [],
    });
  }
  return out;
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
