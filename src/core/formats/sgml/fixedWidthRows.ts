/**
 * One data line of a fixed-width table -> a row label and value cells placed in columns.
 * Columns start at the `<S>`/`<C>` marker positions. Numbers are right-aligned and may start a little left
 * of their `<C>` (a `$` or `(` in front), so a cell goes to the column it overlaps most, not the one its
 * first character falls in. Leader dots (`Net sales.......`, `. . . .`) are dropped from labels.
 */
import type { RawCell, Span } from '../../model';
import type { Word } from './fixedWidthLine';
import { lastAtOrBefore } from '../../spanSearch';
import { CharCode } from '../../charCodes';

/** A word that is a value (or part of one) rather than label text. */
const VALUE =
  /^(?:[$(]*[-+]?(?:\d[\d,]*(?:\.\d*)?|\.\d+)%?\)?%?\)?|\$?\(?(?:NM|N\/M|N\/A|n\/a|NA|nil|Nil|NIL|none|None|NONE)\)?|[-\u2013\u2014]+%?|\*+|\$)$/;
/** A footnote marker as EDGAR tags it. */
export const F_MARKER = /^<F\d+>$/i;
const PREFIX = /^(?:\$|\(|\$\(|US\$)$/;
const SUFFIX = /^(?:%|\)|%\)|\)%)$/;
const DOTS = /^(?:\.|\.\.+|[._]{2,})$/;
const ABBREVIATION = /^(?:Inc|Co|Corp|Ltd|Jr|Sr|No|Nos|Bros|L\.P|N\.A|U\.S|[A-Z])\.$/;

export function isValueWord(w: string): boolean {
  return VALUE.test(w);
}

const K_VALUE = 1;
const K_PREFIX = 2;
const K_SUFFIX = 4;
const K_DOTS = 8;
const K_FMARK = 16;

/** What a word can be (bits above), computed once per word; most label words start with a letter and skip the regexes. */
function wordKind(w: Word): number {
  if (w.k !== undefined) return w.k;
  const c = w.text.charCodeAt(0);
  let k = 0;
  const letter = (c >= CharCode.A && c <= CharCode.Z) || (c >= CharCode.a && c <= CharCode.z);
  if (!letter || c === CharCode.U) {
    if (VALUE.test(w.text)) k |= K_VALUE;
    if (PREFIX.test(w.text)) k |= K_PREFIX;
    if (SUFFIX.test(w.text)) k |= K_SUFFIX;
    if (DOTS.test(w.text)) k |= K_DOTS;
    if (F_MARKER.test(w.text)) k |= K_FMARK;
  } else if (c === CharCode.N || c === CharCode.n) {
    if (VALUE.test(w.text)) k |= K_VALUE;
  }
  w.k = k;
  return k;
}

/** Length of a run of leader dots (dots and spaces, at least two dots) at the end of s. */
function trailingDots(s: string): number {
  let i = s.length;
  let dots = 0;
  while (i > 0) {
    const c = s.charCodeAt(i - 1);
    if (c === CharCode.Period) dots++;
    else if (c !== CharCode.Space) break;
    i--;
  }
  return dots >= 2 ? s.length - i : 0;
}

/** A group of words forming one cell, on one line. */
export interface Group {
  words: Word[];
  c0: number;
  c1: number;
}

export interface ParsedLine {
  /** Label words (leader dots removed), possibly empty. */
  label: Word[];
  /** Value cells in reading order. */
  groups: Group[];
}

function group(words: Word[]): Group {
  return { words, c0: words[0].c0, c1: words[words.length - 1].c1 };
}

/** Strips trailing leader dots from a label word; returns null when nothing is left. */
function stripDots(w: Word): Word | null {
  const cut = trailingDots(w.text);
  if (!cut) return w;
  const keep = w.text.length - cut;
  if (keep <= 0) return null;
  return { ...w, text: w.text.slice(0, keep), end: w.start + keep, c1: w.c0 + keep };
}

/**
 * Splits a line's words into the row label (words before the first value column) and value groups.
 * `firstC` is the visual column of the first `<C>` marker.
 */
export function parseLine(words: Word[], firstC: number): ParsedLine {
  const label: Word[] = [];
  let leaders = 0; // dot words since the last label word (". . . .")
  let i = 0;
  for (; i < words.length; i++) {
    const w = words[i];
    const kind = wordKind(w);
    if (kind & K_DOTS) {
      leaders++;
      continue;
    }
    const prev = label.length ? label[label.length - 1] : undefined;
    const value = (kind & K_VALUE) !== 0;
    if (!prev) {
      if ((value && w.c0 >= firstC - 4) || w.c0 >= firstC) break; // a row with no label
      label.push(w);
      continue;
    }
    const gap = w.c0 - prev.c1;
    if (gap >= 2 && (value || kind & K_PREFIX || w.c0 >= firstC - 1)) break;
    if ((value || kind & K_PREFIX) && w.c0 >= firstC - 2) break; // "equivalent share $   0.95"
    label.push(w);
    leaders = 0;
  }
  // "Other. . . . ." : the word's own dot starts the leader (but "Inc. . . ." keeps its abbreviation dot).
  if (leaders >= 2 && label.length) {
    const last = label[label.length - 1];
    if (/[^.]\.$/.test(last.text) && !ABBREVIATION.test(last.text)) {
      label[label.length - 1] = { ...last, text: last.text.slice(0, -1), end: last.end - 1, c1: last.c1 - 1 };
    }
  }
  // Leader dots glued to the last label word ("sales......").
  while (label.length) {
    const last = stripDots(label[label.length - 1]);
    if (last) {
      label[label.length - 1] = last;
      break;
    }
    label.pop();
  }
  const groups: Group[] = [];
  let cur: Word[] | null = null;
  let open = false; // the current group ends in a `$` or `(` waiting for its number
  for (; i < words.length; i++) {
    const w = words[i];
    const kind = wordKind(w);
    if (kind & K_DOTS) continue;
    const last = cur ? cur[cur.length - 1] : undefined;
    const gap = last ? w.c0 - last.c1 : Infinity;
    if (cur && (open || kind & (K_FMARK | K_SUFFIX))) {
      cur.push(w);
      open = (kind & K_PREFIX) !== 0;
      continue;
    }
    if (
      cur &&
      last &&
      gap === 1 &&
      (!(kind & K_VALUE) || !(wordKind(last) & K_VALUE)) &&
      !(wordKind(last) & K_PREFIX) &&
      !(kind & K_PREFIX)
    ) {
      cur.push(w); // words of one text cell ("Not applicable", "November 30, 1998"); two figures stay apart
      continue;
    }
    if (cur) groups.push(group(cur));
    cur = [w];
    open = (kind & K_PREFIX) !== 0;
  }
  if (cur) groups.push(group(cur));
  return { label, groups };
}

/** Visual ranges of data columns: column k covers [starts[k], starts[k+1]). */
export function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}

/**
 * Places groups into data columns (index 0 = first `<C>`). `starts` are the `<C>` columns.
 * Returns, per column, the groups placed there (usually 0 or 1).
 */
export function placeGroups(groups: Group[], starts: number[]): Group[][] {
  const placed: Group[][] = starts.map(() => []);
  for (const g of groups) {
    let best = -1;
    let bestOverlap = 0;
    // Only the columns from the one holding g.c0 to the one holding g.c1 can overlap it.
    const last = columnAt(starts, g.c1 - 1);
    for (let k = Math.max(0, columnAt(starts, g.c0)); k <= last; k++) {
      const end = k + 1 < starts.length ? starts[k + 1] : Infinity;
      const o = overlap(g.c0, g.c1, starts[k], end);
      if (
        o > bestOverlap ||
        (o === bestOverlap && o > 0 && placed[k].length === 0 && best >= 0 && placed[best].length > 0)
      ) {
        best = k;
        bestOverlap = o;
      }
    }
    if (best === -1) best = 0; // entirely left of the first <C>: a value that overflowed into the label area
    // A second value in an occupied column moves right when the next column is free and reachable.
    if (
      placed[best].length &&
      best + 1 < starts.length &&
      placed[best + 1].length === 0 &&
      g.c1 > starts[best + 1] - 3
    ) {
      best++;
    }
    placed[best].push(g);
  }
  return placed;
}

/** Index of the last column starting at or before visual column c (-1 when c is left of all). */
function columnAt(starts: number[], c: number): number {
  return lastAtOrBefore(starts, c);
}

/** A cell from words on one line: text is the original slice with whitespace collapsed. */
export function cellFromWords(text: string, words: Word[]): RawCell {
  const start = words[0].start;
  const end = words[words.length - 1].end;
  return { text: text.slice(start, end).replace(/\s+/g, ' '), span: { start, end } };
}

/** A cell joined from several runs (a label wrapped over lines); pieces say where each run is. */
export function joinRuns(text: string, runs: Span[]): RawCell {
  if (runs.length === 1) return { text: text.slice(runs[0].start, runs[0].end).replace(/\s+/g, ' '), span: runs[0] };
  let out = '';
  const pieces: { at: number; span: Span }[] = [];
  for (const r of runs) {
    if (out) out += ' ';
    pieces.push({ at: out.length, span: r });
    out += text.slice(r.start, r.end).replace(/\s+/g, ' ');
  }
  return { text: out, span: { start: runs[0].start, end: runs[runs.length - 1].end }, pieces };
}

export function emptyCell(at: number): RawCell {
  return { text: '', span: { start: at, end: at } };
}
