/**
 * Header lines of a fixed-width table (between `<CAPTION>` and the `<S>`/`<C>` line) -> header rows.
 * Header text is centred over its columns; a phrase over several columns (or underlined with a dash run
 * reaching over several) becomes one cell with colSpan. Title lines at the top and scale notes like
 * `(Dollars in millions)` go to the caption instead.
 */
import type { RawCell, RawRow, Span } from '../../model';
import { type Line, type Word, offsetAtColumn, wordsOf, isBlank, isRuleLine } from './fixedWidthLine';
import { cellFromWords, emptyCell, overlap } from './fixedWidthRows';
import { type HeaderLine, stackHeaderLines } from './fixedWidthBands';
import {
  type Zone,
  bestZone,
  chunksOf,
  covered,
  dashRuns,
  nearestBands,
  openBand,
  span,
  splitByRuns,
  splitCramped,
} from './fixedWidthPhrases';

export type { Zone } from './fixedWidthPhrases';

export interface HeaderResult {
  rows: RawRow[];
  /** Title lines and scale notes, in order. */
  caption: Span[];
}

const NOTE_OPEN = /^\((?:.*\b(?:in (?:thousands|millions|billions)|dollars|tabular information|amounts in)\b)/i;

export function readHeader(text: string, lines: Line[], zones: Zone[], columnStarts: number[]): HeaderResult {
  const rows: HeaderLine[] = [];
  const rules: number[] = [];
  const caption: Span[] = [];
  const firstC = columnStarts[1] ?? Infinity;
  const labelStart = Math.min(columnStarts[0], zones[0].c0);
  let noteOpen = false;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    if (isBlank(text, line)) continue;
    if (isRuleLine(text, line)) {
      rules.push(li);
      continue;
    }
    const words = wordsOf(text, line);
    let chunks = chunksOf(words);
    if (!chunks.length) continue;
    // Scale notes go to the caption, including a note's wrapped second line.
    chunks = chunks.filter((ch) => {
      const t = text.slice(ch[0].start, ch[ch.length - 1].end);
      if (NOTE_OPEN.test(t) || (noteOpen && /\)$/.test(t))) {
        caption.push({ start: ch[0].start, end: ch[ch.length - 1].end });
        noteOpen = !t.includes(')');
        return false;
      }
      return true;
    });
    if (!chunks.length) continue;
    // A title: one phrase at the top, starting where row labels start (not centred over the columns).
    if (
      !rows.length &&
      chunks.length === 1 &&
      chunks[0][0].c0 <= labelStart + 2 &&
      chunks[0][chunks[0].length - 1].c1 < firstC + 40
    ) {
      const ch = chunks[0];
      caption.push({ start: ch[0].start, end: ch[ch.length - 1].end });
      continue;
    }
    // A dash run under one chunk of this line widens that chunk (header spanning the underlined columns).
    let runs: Zone[] = [];
    for (let lj = li + 1; lj < lines.length; lj++) {
      if (isBlank(text, lines[lj])) continue;
      runs = dashRuns(wordsOf(text, lines[lj]));
      break;
    }
    const placed = new Map<number, { words: Word[][]; colSpan: number }>();
    const put = (k: number, ws: Word[], colSpan: number) => {
      const at = placed.get(k);
      if (at) {
        at.words.push(ws);
        at.colSpan = Math.max(at.colSpan, colSpan);
      } else placed.set(k, { words: [ws], colSpan });
    };
    const bands = nearestBands(chunks, zones, labelStart) ?? openBand(text, lines, li, chunks, zones);
    for (const [ci, ch] of chunks.entries()) {
      const band = bands?.get(ci);
      if (band) {
        put(band[0], ch, band.length);
        continue;
      }
      let r = span(ch);
      const under = runs.filter((z) => overlap(z.c0, z.c1, r.c0, r.c1) > 0);
      let underlined = false;
      if (
        under.length === 1 &&
        chunks.filter((o) => overlap(under[0].c0, under[0].c1, span(o).c0, span(o).c1) > 0).length === 1
      ) {
        r = { c0: Math.min(r.c0, under[0].c0), c1: Math.max(r.c1, under[0].c1) };
        underlined = covered(under[0], zones).length > 1;
      }
      const byRuns = under.length > 1 ? splitByRuns(ch, under) : null;
      if (byRuns) {
        byRuns.forEach((p, i) => put(bestZone(under[i], zones), p, 1));
        continue;
      }
      let ks = covered(r, zones);
      // A phrase starting where the labels start is the label column's header, however long.
      if (ch[0].c0 <= labelStart + 2 && ks[0] === 0) ks = [0];
      // The label column's headers are left-aligned with the labels; a phrase further right that merely
      // reaches over long labels belongs to the value columns.
      if (ks.length > 1 && ks[0] === 0 && r.c0 > labelStart + 2) ks = ks.slice(1);
      else if (ks.length === 1 && ks[0] === 0 && r.c0 > labelStart + 2 && r.c1 > firstC - 8 && zones.length > 1) {
        ks = [1];
      }
      if (ks.length === 1 && ks[0] > 0 && ks[0] + 1 < zones.length) {
        // Centred between two columns and reaching the right one: "Six Months Ended" over two dates.
        const z = zones[ks[0]];
        const right = zones[ks[0] + 1];
        if ((r.c0 + r.c1) / 2 > z.c1 && r.c1 >= right.c0 && z.numeric && right.numeric) ks = [ks[0], ks[0] + 1];
      }
      if (ks.length > 1) {
        // Mostly over one column, grazing a neighbour: that one column.
        const k = bestZone(r, zones);
        if (overlap(r.c0, r.c1, zones[k].c0, zones[k].c1) >= 0.75 * (r.c1 - r.c0)) ks = [k];
      }
      if (ks.length > 1) {
        const pieces = splitCramped(ch, zones, underlined);
        if (pieces) {
          for (const p of pieces) put(bestZone(span(p), zones), p, 1);
          continue;
        }
      }
      put(ks[0], ch, ks[ks.length - 1] - ks[0] + 1);
    }
    // Words placed under a spanning cell join it.
    for (let k = 0; k < zones.length; k++) {
      const at = placed.get(k);
      if (!at) continue;
      for (let j = k + 1; j < k + at.colSpan; j++) {
        const inner = placed.get(j);
        if (inner && placed.has(k)) {
          at.words.push(...inner.words);
          placed.delete(j);
        }
      }
    }
    const cells: RawCell[] = [];
    for (let k = 0; k < zones.length; k++) {
      const at = placed.get(k);
      if (!at) {
        const empty: RawCell = emptyCell(offsetAtColumn(text, line, columnStarts[k] ?? zones[k].c0));
        empty.header = true;
        cells.push(empty);
        continue;
      }
      const ws = at.words.length === 1 ? at.words[0] : at.words.flat().sort((a, b) => a.start - b.start);
      const cell = cellFromWords(text, ws);
      const colSpan = Math.min(at.colSpan, zones.length - k);
      cell.header = true;
      if (colSpan > 1) cell.colSpan = colSpan;
      cells.push(cell);
      k += colSpan - 1;
    }
    rows.push({ row: { cells, span: { start: line.start, end: line.end } }, line, at: li });
  }
  return { rows: stackHeaderLines(text, rows, rules, columnStarts, zones.length), caption };
}
