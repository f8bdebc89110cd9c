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

export interface Zone {
  c0: number;
  c1: number;
  /** The column holds figures only (no words). */
  numeric?: boolean;
}

export interface HeaderResult {
  rows: RawRow[];
  /** Title lines and scale notes, in order. */
  caption: Span[];
}

const TAG = /^<\/?(?:TABLE|CAPTION|S|C|PAGE)>$/i;
const DASHES = /^[-=_]{3,}$/;
const NOTE_OPEN = /^\((?:.*\b(?:in (?:thousands|millions|billions)|dollars|tabular information|amounts in)\b)/i;

function chunksOf(words: Word[]): Word[][] {
  const chunks: Word[][] = [];
  for (const w of words) {
    if (TAG.test(w.text) || DASHES.test(w.text)) continue;
    const cur = chunks[chunks.length - 1];
    if (cur && w.c0 - cur[cur.length - 1].c1 < 2) cur.push(w);
    else chunks.push([w]);
  }
  return chunks;
}

function span(ch: Word[]): Zone {
  return { c0: ch[0].c0, c1: ch[ch.length - 1].c1 };
}

/** Columns a visual range covers; the nearest one when it falls in a gap. */
function covered(r: Zone, zones: Zone[]): number[] {
  const ks: number[] = [];
  zones.forEach((z, k) => {
    if (overlap(r.c0, r.c1, z.c0, z.c1) > 0) ks.push(k);
  });
  if (ks.length) return ks;
  let best = 0;
  let dist = Infinity;
  const mid = (r.c0 + r.c1) / 2;
  zones.forEach((z, k) => {
    const d = mid < z.c0 ? z.c0 - mid : mid > z.c1 ? mid - z.c1 : 0;
    if (d < dist) {
      dist = d;
      best = k;
    }
  });
  return [best];
}

/** The column a range overlaps most (the nearest when it overlaps none). */
function bestZone(r: Zone, zones: Zone[]): number {
  const ks = covered(r, zones);
  let best = ks[0];
  for (const k of ks) {
    if (overlap(r.c0, r.c1, zones[k].c0, zones[k].c1) > overlap(r.c0, r.c1, zones[best].c0, zones[best].c1)) best = k;
  }
  return best;
}

/**
 * Splits a chunk written without double spaces between columns ("March 28, March 29,") into one
 * piece per column, when every piece carries a digit (dates, years); else keeps it whole.
 */
function splitCramped(ch: Word[], zones: Zone[]): Word[][] | null {
  if (ch.length < 2) return null;
  const pieces: Word[][] = [];
  let lastK = -1;
  for (const w of ch) {
    const k = bestZone(w, zones);
    if (k === lastK) pieces[pieces.length - 1].push(w);
    else if (k > lastK) pieces.push([w]);
    else return null;
    lastK = k;
  }
  if (pieces.length < 2) return null;
  if (pieces.every((p) => p.some((w) => /\d/.test(w.text)))) return pieces;
  // Single words each sitting squarely over their own column ("Fourth Third", "Principal Value Amount");
  // "Second Quarter" centred over two columns overlaps them only partly and stays one spanning cell.
  const squarely = pieces.every((p) => {
    const z = zones[bestZone(p[0], zones)];
    return p.length === 1 && overlap(p[0].c0, p[0].c1, z.c0 - 1, z.c1 + 1) >= 0.6 * (p[0].c1 - p[0].c0);
  });
  return squarely ? pieces : null;
}

/**
 * A line of two or more bands ("THREE MONTHS ENDED      SIX MONTHS ENDED"), each wider than a column: every value
 * column takes the band nearest to it (within 12 characters), so a band centred over `4/1/00  3/27/99  CHANGE`
 * that starts past the right-aligned first date still spans all three. Undefined when the line is no such row.
 */
function nearestBands(chunks: Word[][], zones: Zone[], labelStart: number): Map<number, number[]> | undefined {
  if (chunks.length < 2 || zones.length < 4) return undefined;
  const spans = chunks.map(span);
  const banded = spans.every(
    (r) => r.c0 > labelStart + 2 && zones.slice(1).every((z) => r.c1 - r.c0 > z.c1 - z.c0 + 2),
  );
  if (!banded) return undefined;
  const dist = (r: Zone, z: Zone) => (z.c1 <= r.c0 ? r.c0 - z.c1 : z.c0 >= r.c1 ? z.c0 - r.c1 : 0);
  const out = new Map<number, number[]>();
  for (let k = 1; k < zones.length; k++) {
    let best = -1;
    spans.forEach((r, i) => {
      if (dist(r, zones[k]) <= 12 && (best < 0 || dist(r, zones[k]) < dist(spans[best], zones[k]))) best = i;
    });
    if (best >= 0) out.set(best, [...(out.get(best) ?? []), k]);
  }
  // Each band's columns must be contiguous and overlap it or touch it; else keep the usual reading.
  for (const [i, ks] of out) {
    if (ks[ks.length - 1] - ks[0] + 1 !== ks.length || !ks.some((k) => dist(spans[i], zones[k]) <= 1)) return undefined;
  }
  return out.size === chunks.length ? out : undefined;
}

/** Dash runs of a rule line (`-------  ---------`), each at least 3 long. */
function dashRuns(words: Word[]): Zone[] {
  return words.filter((w) => DASHES.test(w.text)).map((w) => ({ c0: w.c0, c1: w.c1 }));
}

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
    const bands = nearestBands(chunks, zones, labelStart);
    for (const [ci, ch] of chunks.entries()) {
      const band = bands?.get(ci);
      if (band) {
        put(band[0], ch, band.length);
        continue;
      }
      let r = span(ch);
      const under = runs.filter((z) => overlap(z.c0, z.c1, r.c0, r.c1) > 0);
      if (
        under.length === 1 &&
        chunks.filter((o) => overlap(under[0].c0, under[0].c1, span(o).c0, span(o).c1) > 0).length === 1
      ) {
        r = { c0: Math.min(r.c0, under[0].c0), c1: Math.max(r.c1, under[0].c1) };
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
        const pieces = splitCramped(ch, zones);
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
