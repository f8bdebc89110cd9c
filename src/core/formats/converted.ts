import type { RawCell, RawFootnote, RawHeading, RawRow, RawTable, ReaderResult } from '../model';
import { emptyResult } from './common';
import { footnoteLine, headerMetadata, headingLine } from '../tables/proseLines';
import { firstStartingAtOrAfter } from '../spanSearch';
import { CharCode } from '../charCodes';

/**
 * Reader for converted text (HTML filings rendered to text, like the seed and corpus/sectext, and the
 * edgar-corpus item texts): TAB-separated rows grouped into tables, the company / `Form X` / date header,
 * heading lines, footnote definition lines, and the prose just above and below each table.
 * One linear pass over the lines; no regex runs over more than one line.
 */

interface Line {
  start: number;
  /** End of the text, before `\r\n` or `\n`. */
  end: number;
  tab: boolean;
  blank: boolean;
}

const BEFORE_LINES = 3;
const AFTER_LINES = 30;
const AFTER_CHARS = 6000;

export function readConverted(text: string): ReaderResult {
  const result = emptyResult('converted', text.length);
  const lines = splitLines(text);
  result.metadata = headerMetadata(firstLines(text, lines, 3));

  // Which lines are footnote definitions (they end tables and never become rows).
  const footnoteAt = new Map<number, RawFootnote>();
  const consumed = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.blank || consumed.has(i)) continue;
    const nextIndex = nextNonBlank(lines, i + 1, 2);
    const next = nextIndex >= 0 ? lines[nextIndex] : undefined;
    const first = text.charCodeAt(l.start);
    // Cheap gate: footnote lines start with one of - ( * † ‡ § ¶ # a digit, a letter, a superscript, or a TAB.
    if (!mayStartFootnote(first)) continue;
    const f = footnoteLine(text, l.start, l.end, next && !next.tab ? next : undefined);
    if (!f) continue;
    footnoteAt.set(i, f);
    result.footnotes.push(f);
    if (next && f.span.end > next.start) consumed.add(nextIndex);
  }

  // Tables: runs of TAB lines; plain lines between two TAB lines of a run are one-cell rows.
  const tableOf = new Int32Array(lines.length).fill(-1);
  const runs: { first: number; last: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].tab || footnoteAt.has(i) || consumed.has(i)) continue;
    let last = i;
    let j = i + 1;
    while (j < lines.length && !lines[j].blank && !footnoteAt.has(j) && !consumed.has(j)) {
      if (lines[j].tab) last = j;
      j++;
    }
    if (last === i && !hasFigure(text, lines[i])) continue; // one TAB line of words is layout, not a table
    for (let k = i; k <= last; k++) tableOf[k] = runs.length;
    runs.push({ first: i, last });
    i = last;
  }

  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.blank || l.tab || tableOf[i] >= 0 || footnoteAt.has(i) || consumed.has(i)) continue;
    const h = headingLine(text, l.start, l.end);
    if (h) result.headings.push(h);
  }

  let prevLast = -1;
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r];
    const nextFirst = r + 1 < runs.length ? runs[r + 1].first : lines.length;
    result.tables.push(makeTable(text, lines, run.first, run.last, prevLast, nextFirst, result.headings));
    prevLast = run.last;
  }
  return result;
}

function makeTable(
  text: string,
  lines: Line[],
  first: number,
  last: number,
  prevLast: number,
  nextFirst: number,
  headings: RawHeading[],
): RawTable {
  const rows: RawRow[] = [];
  for (let i = first; i <= last; i++) {
    const l = lines[i];
    if (l.blank) continue;
    const cells = l.tab ? splitCells(text, l.start, l.end) : [cellAt(text, l.start, l.end)];
    if (rows.length > 0 && l.tab && underlines(rows[rows.length - 1].cells, cells)) continue;
    rows.push({ cells, span: { start: l.start, end: l.end } });
  }
  const before: string[] = [];
  for (let i = first - 1; i > prevLast && before.length < BEFORE_LINES; i--) {
    if (!lines[i].blank) before.unshift(text.slice(lines[i].start, lines[i].end).trim());
  }
  const after: string[] = [];
  let chars = 0;
  const stopAt = headingStartAfter(headings, lines[last].end);
  for (let i = last + 1; i < nextFirst && after.length < AFTER_LINES && chars < AFTER_CHARS; i++) {
    const l = lines[i];
    if (l.start >= stopAt) break;
    if (l.blank) continue;
    const s = text.slice(l.start, l.end).trim();
    after.push(s);
    chars += s.length;
  }
  const table: RawTable = { span: { start: lines[first].start, end: lines[last].end }, layout: 'tab', rows };
  if (before.length > 0) table.before = before.join('\n');
  if (after.length > 0) table.after = after.join('\n');
  return table;
}

function headingStartAfter(headings: RawHeading[], at: number): number {
  // Headings are in document order; a binary search keeps this O(log n) per table.
  const lo = firstStartingAtOrAfter(headings, at, (h) => h.span.start);
  return lo < headings.length ? headings[lo].span.start : Number.POSITIVE_INFINITY;
}

/**
 * Whether `rule` is a rule line under the header line `above` (no label, `---` under the columns a band spans,
 * nothing under the others, as the rendering writes under "January 1, 2023" over one column of three): if so,
 * the blank cells of `above` it leaves out are marked so that no band spreads over them.
 */
function underlines(above: RawCell[], rule: RawCell[]): boolean {
  if (rule[0].text !== '' || rule.length > above.length) return false;
  let any = false;
  for (const c of rule) {
    if (c.text === '') continue;
    if (!RULE.test(c.text)) return false;
    any = true;
  }
  if (!any) return false;
  above.forEach((c, i) => {
    if (i > 0 && c.text === '' && !(rule[i]?.text ?? '')) c.unruled = true;
  });
  return true;
}

const RULE = /^-{3,}$/;

/** Cells of a TAB line, each trimmed, with its exact span; an empty cell gets a zero-width span where it sits. */
function splitCells(text: string, start: number, end: number): RawCell[] {
  const cells: RawCell[] = [];
  let from = start;
  for (;;) {
    let tab = from;
    while (tab < end && text.charCodeAt(tab) !== CharCode.Tab) tab++;
    cells.push(cellAt(text, from, tab));
    if (tab >= end) break;
    from = tab + 1;
  }
  return cells;
}

function cellAt(text: string, start: number, end: number): RawCell {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return { text: text.slice(s, e), span: { start: s, end: e } };
}

/** Whether a line has a cell that is a figure ("1,000", "$5", "(3.2)", "12%"). */
function hasFigure(text: string, l: Line): boolean {
  return splitCells(text, l.start, l.end).some((c) => FIGURE.test(c.text));
}

const FIGURE = /^\$?\s?\(?\$?\s?-?\d[\d,]*(\.\d+)?\s?%?\)?%?$/;

function isSpace(c: number): boolean {
  return c === CharCode.Space || c === CharCode.NoBreakSpace || c === CharCode.Tab || c === CharCode.CarriageReturn;
}

function mayStartFootnote(c: number): boolean {
  return (
    c === CharCode.Dash ||
    c === CharCode.OpenParen ||
    c === CharCode.Asterisk ||
    c === CharCode.Tab ||
    c === CharCode.Space ||
    c === CharCode.Hash ||
    (c >= CharCode.Digit0 && c <= CharCode.Digit9) ||
    (c >= CharCode.a && c <= CharCode.z) ||
    c === CharCode.Dagger ||
    c === CharCode.DoubleDagger ||
    c === CharCode.Section ||
    c === CharCode.Pilcrow ||
    c === CharCode.SuperscriptOne ||
    c === CharCode.SuperscriptTwo ||
    c === CharCode.SuperscriptThree ||
    (c >= CharCode.SuperscriptFour && c <= CharCode.SuperscriptNine)
  );
}

function nextNonBlank(lines: Line[], from: number, limit: number): number {
  for (let i = from; i < lines.length && i < from + limit; i++) if (!lines[i].blank) return i;
  return -1;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let tabAt = text.indexOf('\t');
  const n = text.length;
  while (start <= n) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = n;
    let end = nl;
    if (end > start && text.charCodeAt(end - 1) === CharCode.CarriageReturn) end--;
    if (tabAt >= 0 && tabAt < start) tabAt = text.indexOf('\t', start);
    const tab = tabAt >= 0 && tabAt < end;
    let blank = true;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c !== CharCode.Space && c !== CharCode.Tab && c !== CharCode.NoBreakSpace && c !== CharCode.FormFeed) {
        blank = false;
        break;
      }
    }
    lines.push({ start, end, tab: tab && !blank && !isBulletLine(text, start, end, tabAt), blank });
    if (nl >= n) break;
    start = nl + 1;
  }
  return lines;
}

/** "•<TAB>text" is a list item rendered with a TAB, not a table row. */
function isBulletLine(text: string, start: number, end: number, tabAt: number): boolean {
  let i = start;
  while (i < end && (text.charCodeAt(i) === CharCode.Space || text.charCodeAt(i) === CharCode.NoBreakSpace)) i++;
  if (!BULLETS.includes(text[i])) return false;
  let k = tabAt + 1;
  while (k < end && (text.charCodeAt(k) === CharCode.Tab || text.charCodeAt(k) === CharCode.Space)) k++;
  for (; k < end; k++) if (text.charCodeAt(k) === CharCode.Tab) return false;
  return true;
}

const BULLETS = '•●◦▪■○–-☐☒✓';

function firstLines(text: string, lines: Line[], count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length && i < 40 && out.length < count; i++) {
    if (!lines[i].blank) out.push(text.slice(lines[i].start, lines[i].end).replace(/^\uFEFF/, ''));
  }
  return out;
}
