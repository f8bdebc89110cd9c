import type { FilingDocument, FootnoteRef, Table } from '../model';
import { atBlockStart } from './fallback';
import { footnoteKey, toSuperscript } from '../tables/markers';
import { lastStartingAtOrBefore } from '../spanSearch';
import { styledSuperMarkers } from './superSpans';

/** What a superscript marker is glued to: a letter, a digit, or closing punctuation. */
const GLUED_TO = /[A-Za-z0-9.,)\]]/;

interface Found {
  marker: string;
  key: string;
  span: { start: number; end: number };
}

/**
 * Footnote markers in prose (outside every table and note): only forms that cannot be an enumeration —
 * HTML `<sup>1</sup>` / `<sup>(a)</sup>` / `<sup>*</sup>` and spans styled superscript (superSpans.ts), SGML `<F1>`, and superscript digits glued to a
 * word or figure ("Revenue¹"). A "(1) the Company ..." list, or "(1)" glued to a word in plain text, is
 * not read as a marker here. `blocked` are the spans of tables and footnote definitions, sorted.
 */
export function proseRefs(
  text: string,
  tables: Table[],
  noteSpans: { start: number; end: number }[],
  markup: boolean,
  documents: FilingDocument[],
  styled: { value: string; span: { start: number; end: number } }[] = [],
): Found[] {
  // Graphics, spreadsheets and XBRL are no prose: "<F53>" in a uuencoded line is not a marker.
  const binary = documents.filter((d) => d.body !== 'text' && d.body !== 'html').map((d) => d.span);
  const blocked = [...tables.map((t) => t.span), ...noteSpans, ...binary].sort((a, b) => a.start - b.start);
  const out: Found[] = [];
  const add = (f: Found) => {
    // A marker opening its line or block is a note's own marker (a note the reader did not read), not a reference.
    if (!inside(blocked, f.span.start) && !atBlockStart(text, f.span.start, markup)) out.push(f);
  };
  if (markup) {
    const sup = /<sup\b[^>]{0,200}>\s*(\(\s?(?:\d{1,3}|[a-z])\s?\)|\d{1,3}|\*{1,3}|[†‡])\s*<\/sup>/gi;
    for (let m = sup.exec(text); m; m = sup.exec(text)) {
      const at = m.index + m[0].indexOf(m[1], m[0].indexOf('>'));
      const marker = /^\d+$/.test(m[1]) ? toSuperscript(m[1]) : m[1];
      add({ marker, key: footnoteKey(marker), span: { start: at, end: at + m[1].length } });
    }
    for (const f of styledSuperMarkers(styled)) add(f);
  }
  if (text.includes('<F') || text.includes('<f')) {
    const fn = /<F(\d{1,3})>/gi;
    for (let m = fn.exec(text); m; m = fn.exec(text)) {
      add({ marker: m[0], key: footnoteKey(m[0]), span: { start: m.index, end: m.index + m[0].length } });
    }
  }
  // Superscript digits glued to a word or figure ("Revenue¹"). The regex is led by the superscripts alone, which
  // are rare, so it scans fast; led by the glued character's class it tried a match at nearly every character.
  const runs = /[\u00b2\u00b3\u00b9\u2070\u2074-\u2079]+/g;
  for (let m = runs.exec(text); m; m = runs.exec(text)) {
    const at = m.index;
    const run = m[0];
    if (run.length > 2 || at === 0 || !GLUED_TO.test(text[at - 1])) continue;
    // Units: square and cubic metres or feet ("m²", "ft³").
    if (/(?:^|[^A-Za-z])(?:m|km|cm|mm|ft|in)$/.test(text.slice(Math.max(0, at - 4), at)) && /^[²³]$/.test(run)) {
      continue;
    }
    add({ marker: run, key: footnoteKey(run), span: { start: at, end: at + run.length } });
  }
  return out;
}

/** Merges prose references into the tables' (by place, a table's own first), in document order, renumbered. */
export function withProse(refs: FootnoteRef[], prose: Found[]): FootnoteRef[] {
  if (prose.length === 0) return refs;
  const taken = new Set(refs.map((r) => r.span.start));
  const extra = prose.filter((p) => !taken.has(p.span.start)).map((p) => ({ id: '', ...p }));
  return [...refs, ...extra].sort((a, b) => a.span.start - b.span.start).map((r, i) => ({ ...r, id: `r${i}` }));
}

function inside(spans: { start: number; end: number }[], offset: number): boolean {
  // Spans may overlap (a note inside a table): a linear look back from the binary-search position.
  const at = lastStartingAtOrBefore(spans, offset, (s) => s.start);
  for (let i = at; i >= 0 && i >= at - 63; i--) if (spans[i].start <= offset && offset < spans[i].end) return true;
  return false;
}
