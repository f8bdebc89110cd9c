import type { OutstandingCandidate, OutstandingStatement, Section, Span, Table } from '../model';
import { flattenSections } from '../sections';
import { basedOnCount } from '../tables/notes';

/**
 * Statements of a count of shares outstanding, wherever the filing makes them: "As of March 3, 1997, there
 * were 18,402,117 shares of Common Stock outstanding", "based on 7,150,000 shares outstanding as of ...",
 * "192,580,947 shares of United Common Stock were outstanding". Each with its span, value, date and class.
 * Tables with a percent column get them as candidates by scope (their notes, their section, the document),
 * nearest first; the ownership rules pick the nearest scope (src/rules/shared/outstandingStatement.ts).
 *
 * Only the neighbourhood of each "outstanding" is read, with markup and entities blanked to spaces of the
 * same length (offsets stay those of the original); every pattern is bounded, linear on any input.
 */

const NUMBER_SHARES = /(\d{1,3}(?:,\d{3}){2,}|\d{3},\d{3}|\d{6,12})\s+(?:shares|ordinary\s+shares)\b/gi;
/** Counts that are not of shares outstanding: options, awards, authorized or issuable shares, a sale. */
const GAP_REJECT =
  /\b(?:options?|warrants?|awards?|units|authorized|issuable|reserved|subject\s+to|underlying|exercis|vested|sold|offered|purchased|held\s+by|owned|beneficial|treasury|deemed|weighted|average|%|issued\s+and\s+\d|\d[\d,]*\s+shares)/i;
const PREFIX_REJECT =
  /(?:holders?\s+of|options?\s+to\s+purchase|exercise\s+of|issuable|up\s+to|excludes?|exclude|an\s+additional|purchase\s+of|sale\s+of|conversion\s+of|include\s+|includes\s+|grant\s+of|representing|\bto|\bof|\bwith)\s*$/i;
/** A count for after an offering or pro forma: not the count a "before" or plain % of class divides by. */
const FUTURE =
  /\b(?:will\s+(?:have|be)|to\s+be\s+outstanding|after\s+(?:this|the)\s+offering|following\s+(?:this|the|completion)|upon\s+(?:the\s+)?(?:closing|completion)|pro\s+forma|as\s+adjusted|would\s+have)/i;
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const DATE =
  /\b(january|february|march|april|may|june|july|august|september|october|november|december)\s+(\d{1,2}),?\s+((?:19|20)\d\d)\b/gi;
/** Raw characters read before an "outstanding" (markup included). */
const WINDOW = 700;
/** Document scope: statements this far into the text count as the cover page. */
const COVER = 60000;

/** Markup and entities blanked to spaces of the same length, so offsets stay those of the original. */
export function blankMarkup(s: string): string {
  // A window may start inside a tag: blank up to its '>'.
  const close = s.indexOf('>');
  const open = s.indexOf('<');
  if (close >= 0 && (open < 0 || close < open)) s = ' '.repeat(close + 1) + s.slice(close + 1);
  return s
    .replace(/<[^>]{0,2000}>/g, (m) => ' '.repeat(m.length))
    .replace(/&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z]{2,8});/gi, (m) => ' '.repeat(m.length));
}

/** Every statement of shares outstanding in text[from, to), in document order. */
export function findOutstandingStatements(text: string, from = 0, to = text.length): OutstandingStatement[] {
  const out: OutstandingStatement[] = [];
  let searchedTo = from;
  for (let r = text.indexOf('utstanding', from); r >= 0 && r < to; r = text.indexOf('utstanding', r + 10)) {
    const wFrom = Math.max(from, r - WINDOW, searchedTo);
    const wTo = Math.min(to, r + 10);
    if (wTo <= wFrom) continue;
    const window = blankMarkup(text.slice(wFrom, wTo));
    const end = window.length - 11; // where "outstanding" begins
    NUMBER_SHARES.lastIndex = 0;
    const hits: { at: number; m: RegExpExecArray }[] = [];
    for (let m = NUMBER_SHARES.exec(window); m; m = NUMBER_SHARES.exec(window)) hits.push({ at: m.index, m });
    for (let k = 0; k < hits.length; k++) {
      const { at, m } = hits[k];
      const next = k + 1 < hits.length ? hits[k + 1].at : end;
      const gap = window.slice(at + m[0].length, end).replace(/\s+/g, ' ');
      // One class per number: "N shares of Class A ... and M shares of Class B ... outstanding".
      const own = window.slice(at + m[0].length, next).replace(/\s+/g, ' ');
      if (gap.length > 140 || /[.;:]\s/.test(gap) || GAP_REJECT.test(own) || (next === end && GAP_REJECT.test(gap))) {
        continue;
      }
      const before = window.slice(Math.max(0, at - 220), at).replace(/\s+/g, ' ');
      if (
        PREFIX_REJECT.test(before) &&
        (!/\b(?:total|aggregate)\s+of\s*$/i.test(before) || /\bup\s+to\b[^.]{0,20}$/i.test(before))
      ) {
        continue;
      }
      const after = blankMarkup(text.slice(wTo, Math.min(text.length, wTo + 200))).replace(/\s+/g, ' ');
      const sentence = sentenceAround(before, m[0] + gap + 'outstanding', after);
      // Balance-sheet captions ("210,000,000 shares authorized, 1,027,116 shares issued and 490,877 shares
      // outstanding") and lists of periods ("460,704 and 356,759 shares ..., respectively") are not the count.
      if (
        FUTURE.test(sentence) ||
        /\brespectively\b|\bauthori[sz]ed\b/i.test(sentence) ||
        /\d\s+and\s*$/i.test(before)
      ) {
        continue;
      }
      const value = Number(m[1].replace(/,/g, ''));
      const start = wFrom + at;
      out.push({
        value,
        span: { start, end: start + m[1].length },
        className: classOf(own),
        ...dateOf(sentence),
        text: sentence.trim().slice(0, 300),
      });
    }
    searchedTo = wTo;
  }
  return out;
}

function sentenceAround(before: string, middle: string, after: string): string {
  const b = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('; ')) + 1);
  const stop = /[.;](?:\s|$)/.exec(after);
  return `${b}${middle}${stop ? after.slice(0, stop.index) : after}`;
}

/** The class the statement counts, in the keys ownership.ts gives columns ("common", "class a", "preferred"). */
export function classOf(s: string): string {
  const m = /\b(class [a-z]\b|series [a-z0-9]+|preferred|ordinary|common)/i.exec(s);
  if (!m) return 'common';
  const k = m[1].toLowerCase();
  return k === 'ordinary' ? 'ordinary' : k;
}

function dateOf(s: string): { date?: string } {
  let last: RegExpExecArray | undefined;
  DATE.lastIndex = 0;
  for (let m = DATE.exec(s); m; m = DATE.exec(s)) last ??= m;
  if (!last) return {};
  const month = MONTHS.indexOf(last[1].toLowerCase()) + 1;
  return { date: `${last[3]}-${String(month).padStart(2, '0')}-${last[2].padStart(2, '0')}` };
}

/**
 * Gives each table holding a percent column its candidate counts: the statement its builder found in its
 * notes (the `basedOn` candidate, read with its class and date) and statements inside its own footnotes ('notes'), then the other
 * statements of its section, nearest first ('section'), then the rest of the document, the cover page first
 * ('document').
 */
export function attachOutstandingCandidates(
  text: string,
  tables: Table[],
  footnoteSpans: Map<string, Span>,
  sections: Section[],
): void {
  const wanted = tables.filter((t) => t.columns.some((c) => c.role === 'percent'));
  if (wanted.length === 0) return;
  const all = findOutstandingStatements(text);
  const flat = flattenSections(sections);
  for (const t of wanted) {
    const noteSpans = t.footnoteIds.map((id) => footnoteSpans.get(id)).filter((s): s is Span => !!s);
    const inNotes = (s: OutstandingStatement) => noteSpans.some((n) => n.start <= s.span.start && s.span.start < n.end);
    const section = flat.find((s) => s.id === t.sectionId);
    const inSection = (s: OutstandingStatement) =>
      !!section &&
      section.range.start <= s.span.start &&
      s.span.start < section.range.end &&
      section.range.end - section.range.start < text.length * 0.6;
    const candidates: OutstandingCandidate[] = [];
    const seen = new Set<number>();
    const add = (s: OutstandingStatement & { basedOn?: true }, scope: OutstandingCandidate['scope']) => {
      if (seen.has(s.span.start)) return;
      seen.add(s.span.start);
      candidates.push({ ...s, scope });
    };
    const based = basedOnCount(t);
    if (based) {
      const own = all.find((s) => s.span.start === based.span.start);
      add(own ? { ...own, basedOn: true as const } : based, 'notes');
    }
    for (const s of all) if (inNotes(s)) add(s, 'notes');
    const distance = (s: OutstandingStatement) =>
      s.span.start < t.span.start ? t.span.start - s.span.start : s.span.start - t.span.end;
    for (const s of all.filter(inSection).sort((a, b) => distance(a) - distance(b))) add(s, 'section');
    const rest = all.filter((s) => !seen.has(s.span.start));
    const cover = rest.filter((s) => s.span.start < COVER);
    for (const s of [
      ...cover,
      ...rest.filter((s) => s.span.start >= COVER).sort((a, b) => distance(a) - distance(b)),
    ]) {
      add(s, 'document');
    }
    if (candidates.length > 0) t.outstandingCandidates = candidates;
  }
}

/** "Percentages do not give effect to options exercisable within 60 days": every holder's x is 0. */
const EXCLUDED =
  /\b(?:without\s+(?:giving\s+effect\s+to|regard\s+to)|do(?:es)?\s+not\s+(?:include|reflect|give\s+effect\s+to|take\s+into\s+account)|exclud(?:es?|ing))\s[^.;]{0,120}?\b(?:exercisable|acquirable|within\s+60\s+days|issuable\s+upon\s+(?:the\s+)?exercise)/i;
const PERCENT_WORDS = /\bpercent|percentage|%/i;

/** Sets Table.acquirableExcluded when a note of the table says its percentages leave acquirable shares out. */
export function markAcquirableExcluded(text: string, tables: Table[], footnoteSpans: Map<string, Span>): void {
  for (const t of tables) {
    if (!t.columns.some((c) => c.role === 'percent')) continue;
    for (const id of t.footnoteIds) {
      const span = footnoteSpans.get(id);
      if (!span) continue;
      const body = blankMarkup(text.slice(span.start, Math.min(span.end, span.start + 3000)));
      const m = EXCLUDED.exec(body);
      if (!m || !PERCENT_WORDS.test(body)) continue;
      // "...deemed outstanding for that person but not for any other person" is Rule 13d-3 itself, not x = 0.
      if (/deemed\s+(?:to\s+be\s+)?outstanding/i.test(body)) continue;
      t.acquirableExcluded = { start: span.start + m.index, end: span.start + m.index + m[0].length };
      break;
    }
  }
}
