import type { FilingDocument, Footnote, FootnoteRef, RawFootnote, Table } from '../model';
import { isTrimmed } from '../tables/cells';
import { decodeHTMLStrict } from 'entities/decode';
import { overlapsAny } from '../spanSearch';
import { CharCode } from '../charCodes';

/** How far below a table its notes may be looked for (raw characters, markup included). */
const WINDOW = 30000;

/**
 * Notes the reader did not recognise (HTML notes laid out as one small table each, "1." notes in a
 * page-broken table...), found by looking for an unresolved marker's own form ("(4)", "4.", "[4]",
 * "<F4>") at the start of a line or block below its table, followed by text. Only numbered and lettered
 * markers are searched; a marker printed nowhere like that stays unresolved.
 */
export function scanMissingDefinitions(
  text: string,
  tables: Table[],
  references: FootnoteRef[],
  footnotes: Footnote[],
  documents: FilingDocument[],
  skip: Set<string> = new Set(),
  heads: Map<string, string> = new Map(),
): RawFootnote[] {
  const wanted = new Map<string, Set<string>>();
  for (const r of references) {
    if (r.footnoteId || !r.tableId || !/^(?:\d{1,3}|[A-Za-z]{1,4})$/.test(r.key)) continue;
    const set = wanted.get(r.tableId) ?? new Set<string>();
    set.add(r.key);
    wanted.set(r.tableId, set);
  }
  if (wanted.size === 0) return [];
  const ordered = tables.filter((t) => !skip.has(t.id)).sort((a, b) => a.span.start - b.span.start);
  const taken = new SpanSet(footnotes.map((f) => f.span));
  const out: RawFootnote[] = [];
  // A budget of searched characters keeps hostile input (thousands of tables of unresolved markers) linear.
  let budget = 4 * text.length + 1_000_000;
  ordered.forEach((table, i) => {
    const keys = wanted.get(table.id);
    if (!keys || budget <= 0) return;
    const start = table.span.end;
    const end = windowEnd(ordered, i, start, documents, text.length, heads);
    const html = /<(?:p|div|td|table)\b/i.test(text.slice(start, Math.min(end, start + 2000)));
    for (const key of keys) {
      budget -= (end - start) * forms(key).length;
      if (budget <= 0) break;
      const found = findDefinition(text, key, start, end, html, taken);
      if (found) {
        out.push(found);
        taken.add(found.span);
      }
    }
  });
  return out;
}

function windowEnd(
  ordered: Table[],
  i: number,
  start: number,
  documents: FilingDocument[],
  length: number,
  heads: Map<string, string>,
): number {
  let end = Math.min(length, start + WINDOW);
  const head = heads.get(ordered[i].id) ?? ordered[i].id;
  for (let k = i + 1; k < ordered.length; k++) {
    const t = ordered[k];
    // One-row tables are often the notes themselves (HTML footnote layouts), and a continuation of this
    // table has the notes below it; any other real table ends the search.
    if ((heads.get(t.id) ?? t.id) === head) {
      end = Math.min(length, Math.max(end, t.span.end + WINDOW));
      continue;
    }
    if (t.span.start >= start && t.rows.length >= 2 && t.columns.length >= 2) {
      end = Math.min(end, t.span.start);
      break;
    }
  }
  for (const d of documents) if (d.span.start <= start && start < d.span.end) end = Math.min(end, d.span.end);
  return end;
}

function forms(key: string): string[] {
  return /^\d+$/.test(key) ? [`(${key})`, `${key}.`, `[${key}]`, `<F${key}>`] : [`(${key})`, `${key}.`];
}

function findDefinition(
  text: string,
  key: string,
  start: number,
  end: number,
  html: boolean,
  taken: SpanSet,
): RawFootnote | undefined {
  let best: RawFootnote | undefined;
  // Search the window only: a whole-text indexOf for a form absent from the window ("1.", "(4)") ran to
  // the end of the document for every table (6% of a profile). A slice of a flat string is not copied.
  // A form may start before `end` and run past it (forms are at most 6 characters).
  const win = text.slice(start, Math.min(text.length, end + 8));
  for (const form of forms(key)) {
    for (let w = win.indexOf(form); w >= 0 && w < end - start; w = win.indexOf(form, w + form.length)) {
      const at = start + w;
      if (best && at >= best.span.start) break;
      if (taken.has(at)) continue;
      if (!atBlockStart(text, at, html)) continue;
      const body = noteText(text, at + form.length, end, html);
      if (!body) continue;
      best = {
        marker: form,
        key,
        text: body.text,
        span: { start: at, end: body.end },
        markerSpan: { start: at, end: at + form.length },
      };
      break;
    }
  }
  return best;
}

const NEXT_NOTE = /^\n[ \t-]*(?:\(\w{1,3}\)|(?:\d{1,3}|[a-z])\.|\[\d{1,3}\]|<F\d{1,3}>|\*{1,3})[ \t]/;

/** Text that is only a sub-note's marker ("a.", "(a)", "i."), once entities are decoded. */
const SUB_MARKER = /^[\s\u00a0]*(?:[a-z]\.|\([a-z]\)|[ivx]{1,4}\.)[\s\u00a0]*$/i;

const BLOCK_TAG = /^<\/?(?:p|div|td|th|tr|br|li|table|tbody|h[1-6]|fn)\b/i;

/** Nothing visible before `at` on its line (text) or in its block (HTML: back to a block tag). */
export function atBlockStart(text: string, at: number, html: boolean): boolean {
  let i = at - 1;
  for (let guard = 0; i >= 0 && guard < 200; guard++) {
    const c = text.charCodeAt(i);
    if (
      c === CharCode.Space ||
      c === CharCode.Tab ||
      c === CharCode.CarriageReturn ||
      c === CharCode.NoBreakSpace ||
      c === CharCode.Dash ||
      c === CharCode.Bullet
    ) {
      i--;
    } else if (c === CharCode.LineFeed) {
      if (!html) return true;
      i--;
    } else if (c === CharCode.GreaterThan) {
      const lt = text.lastIndexOf('<', i);
      if (lt < 0 || i - lt > 400) return false;
      if (BLOCK_TAG.test(text.slice(lt, Math.min(i + 1, lt + 12)))) return true;
      i = lt - 1;
    } else if (c === CharCode.Semicolon && /&(?:nbsp|#160|#xa0);$/i.test(text.slice(Math.max(0, i - 7), i + 1))) {
      i = text.lastIndexOf('&', i) - 1;
    } else return false;
  }
  return i < 0;
}

/**
 * The note's text after its marker: to the end of its block (HTML) or paragraph (text), entities decoded.
 * Raw characters are copied in runs (not one by one); `visible` says whether the text so far holds
 * anything but spaces.
 */
export function noteText(
  text: string,
  from: number,
  limit: number,
  html: boolean,
): { text: string; end: number } | undefined {
  const stop = Math.min(limit, from + 4000);
  let out = '';
  let run = from; // raw characters from here to i are not in `out` yet
  let visible = false;
  let end = from;
  let i = from;
  while (i < stop) {
    const c = text.charCodeAt(i);
    if (html && c === CharCode.LessThan) {
      const gt = text.indexOf('>', i);
      if (gt < 0 || gt >= stop) break;
      // A note may open with its first sub-note's letter in the marker's cell ("5.  a." | "Reflects ..."): read on.
      if (
        visible &&
        /^<\/(?:p|div|td|tr|li)\b|^<br\b|^<table\b/i.test(text.slice(i, gt + 1)) &&
        !SUB_MARKER.test(out + text.slice(run, i))
      ) {
        break;
      }
      out += text.slice(run, i) + ' ';
      i = gt + 1;
      run = i;
      continue;
    }
    // A text note ends at a blank line or where the next note's marker opens a line.
    if (
      !html &&
      c === CharCode.LineFeed &&
      (/^\n[ \t\r]*(?:\n|$)/.test(text.slice(i, i + 40)) || NEXT_NOTE.test(text.slice(i, i + 12)))
    ) {
      break;
    }
    if (html && c === CharCode.Ampersand) {
      const semi = text.indexOf(';', i);
      if (semi > i && semi - i <= 8) {
        const decoded = decodeEntity(text.slice(i + 1, semi));
        out += text.slice(run, i) + decoded;
        if (!visible && decoded.trim().length > 0) visible = true;
        i = semi + 1;
        run = i;
        end = i;
        continue;
      }
    }
    i++;
    if (!isTrimmed(c)) {
      end = i;
      visible = true;
    }
  }
  out += text.slice(run, i);
  const clean = out.replace(/\s+/g, ' ').trim();
  if (clean.length < 10 || !/[A-Za-z]{3}/.test(clean)) return undefined;
  return { text: clean, end };
}

/** One well-formed character reference's body: `amp`, `#146`, `#x2014` (no `&`, no `;`). */
const REFERENCE = /^(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31})$/;

/**
 * The character an HTML entity's name or number (`amp`, `#146`) stands for in a note's text, decoded as a
 * browser does (the `entities` package: every named reference, numbers 128-159 as Windows-1252, so `&#150;`
 * is an en dash); a space if unknown. Names are matched as written, then lower-cased (`&NBSP;`).
 */
export function decodeEntity(entity: string): string {
  if (!REFERENCE.test(entity)) return ' ';
  const decoded = decodeHTMLStrict(`&${entity};`);
  if (decoded.length < entity.length + 2) return decoded;
  const lower = decodeHTMLStrict(`&${entity.toLowerCase()};`);
  return lower.length < entity.length + 2 ? lower : ' ';
}

/** Spans that do not overlap, kept sorted: which one holds an offset, by binary search. */
class SpanSet {
  private readonly spans: { start: number; end: number }[];

  constructor(spans: { start: number; end: number }[]) {
    this.spans = [...spans].sort((a, b) => a.start - b.start);
  }

  add(span: { start: number; end: number }): void {
    let i = this.spans.length;
    while (i > 0 && this.spans[i - 1].start > span.start) i--;
    this.spans.splice(i, 0, span);
  }

  has(offset: number): boolean {
    return overlapsAny(this.spans, offset, offset + 1);
  }
}
