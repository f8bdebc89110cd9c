/**
 * Tables some 1990s filings lay out in fixed-width text with no `<TABLE>` tags: runs of lines whose
 * values (`$ 84,062`, `(1,045)`, `12%`) sit in right-aligned columns, each after a row label. Column
 * starts come from the values' positions instead of `<S>`/`<C>` markers; the rest is read like a
 * tagged table. Justified prose ("in  1994,  1993,  and  1992,") is not a row: every cell after the
 * label must be a value.
 */
import type { RawTable, Span } from '../../model';
import { type Line, type Word, isBlank, wordsOf } from './fixedWidthLine';
import { type Group, isValueWord, parseLine } from './fixedWidthRows';
import { readSegment } from './fixedWidthTable';
import { FootnoteCollector } from './footnotes';
import { CharCode } from '../../charCodes';

/** Cheap pre-test: ends with a value, and at least two places where 2+ spaces (or a TAB) come before a digit, `$` or `(`. */
export function mayBeRow(text: string, line: Line): boolean {
  // A row ends with a value: a digit, `)`, `%` or a dash.
  let e = line.end - 1;
  while (e > line.start && (text.charCodeAt(e) === CharCode.Space || text.charCodeAt(e) === CharCode.Tab)) e--;
  const last = text.charCodeAt(e);
  if (!(
    (last >= CharCode.Digit0 && last <= CharCode.Digit9) ||
    last === CharCode.CloseParen ||
    last === CharCode.Percent ||
    last === CharCode.Dash
  )) {
    return false;
  }
  let hits = 0;
  for (let i = line.start; i < line.end - 1; i++) {
    const c = text.charCodeAt(i);
    if (c !== CharCode.Tab && !(c === CharCode.Space && text.charCodeAt(i + 1) === CharCode.Space)) continue;
    let j = i + 1;
    while (j < line.end && (text.charCodeAt(j) === CharCode.Space || text.charCodeAt(j) === CharCode.Tab)) j++;
    const d = text.charCodeAt(j);
    if (
      ((d >= CharCode.Digit0 && d <= CharCode.Digit9) || d === CharCode.Dollar || d === CharCode.OpenParen) &&
      ++hits >= 2
    ) {
      return true;
    }
    i = j;
  }
  return false;
}

interface Shape {
  label: Word[];
  groups: Group[];
}

/** A label (optional) followed by two or more value cells, and nothing else. */
function valueRow(words: Word[]): Shape | null {
  let { label, groups } = parseLine(words, Infinity);
  // No label ("  $ 307,932 $ 122,839"): read again with the values starting at the first word.
  if (label.length && label.every((w) => isValueWord(w.text))) ({ label, groups } = parseLine(words, words[0].c0));
  if (groups.length < 2) return null;
  for (const g of groups) {
    if (!g.words.every((w) => isValueWord(w.text) || /^(?:<F\d+>|%|\)|\$)$/i.test(w.text))) return null;
    if (!g.words.some((w) => /\d|^-+%?$/.test(w.text))) return null;
  }
  const labelText = label.map((w) => w.text).join(' ');
  if (labelText.length > 70) return null;
  return { label, groups };
}

/** A short label-only line (a row label wrapped before its values). */
function labelLine(words: Word[]): boolean {
  return (
    words.length > 0 && words.length <= 8 && !words.some((w) => /\d{2}/.test(w.text)) && words[words.length - 1].c1 < 70
  );
}

interface Run {
  first: number;
  last: number;
  rows: Shape[];
}

function findRun(text: string, lines: Line[], words: (i: number) => Word[], at: number): Run | null {
  const first = valueRow(words(at));
  if (!first) return null;
  const run: Run = { first: at, last: at, rows: [first] };
  let blank = 0;
  for (let j = at + 1; j < lines.length && j < at + 400; j++) {
    if (isBlank(text, lines[j])) {
      if (++blank > 1) break;
      continue;
    }
    const ws = words(j);
    const row = valueRow(ws);
    if (row) {
      run.rows.push(row);
      run.last = j;
      blank = 0;
      continue;
    }
    // A wrapped label continues only when values follow within two lines.
    if (!labelLine(ws) || !(valueRow(words(j + 1)) || (labelLine(words(j + 1)) && valueRow(words(j + 2))))) break;
    blank = 0;
  }
  return run.rows.length >= 2 ? run : null;
}

/** Value cells whose ranges overlap form one column (numbers right-aligned, `--` centred under them). */
function columnsOf(run: Run): number[] | null {
  const cells: { c0: number; c1: number }[] = [];
  for (const r of run.rows) for (const g of r.groups) cells.push({ c0: g.c0, c1: g.c1 });
  cells.sort((a, b) => a.c0 - b.c0);
  const clusters: { c0: number; c1: number }[] = [];
  for (const e of cells) {
    const last = clusters[clusters.length - 1];
    if (last && e.c0 < last.c1) last.c1 = Math.max(last.c1, e.c1);
    else clusters.push({ ...e });
  }
  const most = Math.max(...run.rows.map((r) => r.groups.length));
  if (clusters.length > most + 1) return null; // values not in columns
  const labelStart = Math.min(...run.rows.map((r) => (r.label[0] ?? r.groups[0].words[0]).c0));
  const cols = [labelStart];
  for (const c of clusters) cols.push(Math.max(c.c0, cols[cols.length - 1] + 1));
  if (clusters.length < 2) return null;
  return cols;
}

/** Header lines just above the first row: short phrases over the value columns, at most 8 lines up. */
function headerStart(
  text: string,
  lines: Line[],
  words: (i: number) => Word[],
  first: number,
  firstC: number,
  floor: number,
): number {
  let h = first;
  let blank = 0;
  for (let i = first - 1; i >= floor && i >= first - 10; i--) {
    if (isBlank(text, lines[i])) {
      if (++blank > 2) break;
      continue;
    }
    const ws = words(i);
    const over = ws.some((w) => w.c1 > firstC - 2);
    const sentence = ws.length > 8 && ws[0].c0 <= 2;
    if (!over || sentence) break;
    blank = 0;
    h = i;
  }
  return h;
}

/** Untagged tables among `lines` (the plain-text lines outside <TABLE> blocks, in order). */
export function findUntaggedTables(
  text: string,
  lines: Line[],
  candidates: number[],
): { tables: RawTable[]; legend: Span[] } {
  const cache = new Map<number, Word[]>();
  const words = (i: number): Word[] => {
    if (i >= lines.length) return [];
    let w = cache.get(i);
    if (!w) cache.set(i, (w = wordsOf(text, lines[i])));
    return w;
  };
  const tables: RawTable[] = [];
  const legend: Span[] = [];
  let done = -1;
  for (const at of candidates) {
    if (at <= done) continue;
    const run = findRun(text, lines, words, at);
    if (!run) continue;
    const cols = columnsOf(run);
    if (!cols) {
      done = run.last; // not a table; its lines are not tried again (keeps this linear)
      continue;
    }
    // A first row of bare years ("1994   1993   1992") is the column header.
    while (
      run.rows.length > 2 &&
      !run.rows[0].label.length &&
      run.rows[0].groups.every((g) => /^(?:19|20)\d\d$/.test(g.words.map((w) => w.text).join('')))
    ) {
      run.rows.shift();
      let next = run.first + 1;
      while (next < run.last && isBlank(text, lines[next])) next++;
      run.first = next;
    }
    // Lines must be contiguous in the original for a table: stop the run at a gap (a <TABLE> block between).
    let last = run.last;
    for (let j = run.first + 1; j <= run.last; j++) {
      if (lines[j].start !== lines[j - 1].next) {
        last = j - 1;
        break;
      }
    }
    const h = headerStart(text, lines, words, run.first, cols[1], done + 1);
    const local = lines.slice(h, last + 1);
    const localWords = local.map((_, k) => words(h + k));
    const range = { headerFrom: 0, headerTo: run.first - h, dataFrom: run.first - h, dataTo: local.length };
    const table = readSegment(text, local, localWords, range, cols, new FootnoteCollector(text), legend);
    if (table && table.rows.length - (table.headerRows ?? 0) >= 2) tables.push(table);
    done = last;
  }
  return { tables, legend };
}
