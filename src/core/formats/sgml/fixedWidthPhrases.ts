/**
 * Phrases of fixed-width header lines and the columns they head: chunks of words, the columns a range
 * covers, and the ways a phrase over several columns is split or spread (cramped dates, dash runs, bands).
 */
import { type Line, type Word, wordsOf, isBlank, isRuleLine } from './fixedWidthLine';
import { overlap } from './fixedWidthRows';
import { MONTH_NAMES } from '../../monthNames';

export interface Zone {
  c0: number;
  c1: number;
  /** The column holds figures only (no words). */
  numeric?: boolean;
}

const TAG = /^<\/?(?:TABLE|CAPTION|S|C|PAGE)>$/i;
export const DASHES = /^[-=_]{3,}$/;

const PERIOD_PHRASE = /^\S+ (?:quarters?|years?|months?|weeks?)\b|\b(?:ended|ending)\b/i;

export function chunksOf(words: Word[]): Word[][] {
  const chunks: Word[][] = [];
  for (const w of words) {
    if (TAG.test(w.text) || DASHES.test(w.text)) continue;
    const cur = chunks[chunks.length - 1];
    if (cur && w.c0 - cur[cur.length - 1].c1 < 2) cur.push(w);
    else chunks.push([w]);
  }
  return chunks;
}

export function span(ch: Word[]): Zone {
  return { c0: ch[0].c0, c1: ch[ch.length - 1].c1 };
}

/** Columns a visual range covers; the nearest one when it falls in a gap. */
export function covered(r: Zone, zones: Zone[]): number[] {
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
export function bestZone(r: Zone, zones: Zone[]): number {
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
export function splitCramped(ch: Word[], zones: Zone[], underlined: boolean): Word[][] | null {
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
  // One dash run underlining the phrase across its columns makes it one band ("Years Ended December 31"
  // over five years, "Fourth Quarter" over two), however its words happen to fall.
  if (underlined) return null;
  // A period phrase ("Fourth Quarter", "Full Year", "Years Ended") names one span of time, not one per word.
  if (PERIOD_PHRASE.test(ch.map((w) => w.text).join(' '))) return null;
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
export function nearestBands(chunks: Word[][], zones: Zone[], labelStart: number): Map<number, number[]> | undefined {
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

/**
 * A phrase written without double spaces across columns that the rule under it underlines one by one
 * ("INTEREST RATE DURING YEAR DURING YEAR (A)" over `------------- ----------- ---------------`): one piece
 * per run, when every word lies within a run and every run gets words; else null.
 */
export function splitByRuns(ch: Word[], runs: Zone[]): Word[][] | null {
  const pieces: Word[][] = runs.map(() => []);
  let last = 0;
  for (const w of ch) {
    const k = runs.findIndex((z) => w.c0 >= z.c0 && w.c1 <= z.c1);
    if (k < last) return null;
    pieces[k].push(w);
    last = k;
  }
  return pieces.every((p) => p.length > 0) ? pieces : null;
}

const OPEN_BAND = /\b(?:ended|ending)$/i;
const DATED = new RegExp(`\\b(?:${MONTH_NAMES})\\.?\\s+\\d{1,2}\\b|\\b(?:19|20)\\d\\d\\b`, 'i');

/**
 * A line of one open band ("Six Months Ended") over a line of dates: the band spans the columns of the dates
 * it sits over or beside (within 12 characters), however tabs pushed it off centre. Undefined otherwise.
 */
export function openBand(
  text: string,
  lines: Line[],
  li: number,
  chunks: Word[][],
  zones: Zone[],
): Map<number, number[]> | undefined {
  if (chunks.length !== 1) return undefined;
  const band = chunks[0];
  if (!OPEN_BAND.test(text.slice(band[0].start, band[band.length - 1].end))) return undefined;
  let next: Word[][] | undefined;
  for (let lj = li + 1; lj < lines.length && !next; lj++) {
    if (isBlank(text, lines[lj]) || isRuleLine(text, lines[lj])) continue;
    next = chunksOf(wordsOf(text, lines[lj]));
  }
  if (!next || next.length < 2) return undefined;
  const ks: number[] = [];
  for (const ch of next) {
    if (!DATED.test(text.slice(ch[0].start, ch[ch.length - 1].end))) return undefined;
    ks.push(bestZone(span(ch), zones));
  }
  if (ks[0] === 0 || ks.some((k, i) => i > 0 && k !== ks[i - 1] + 1)) return undefined;
  const r = span(band);
  const dates = { c0: span(next[0]).c0, c1: span(next[next.length - 1]).c1 };
  const dist = r.c1 < dates.c0 ? dates.c0 - r.c1 : r.c0 > dates.c1 ? r.c0 - dates.c1 : 0;
  return dist <= 12 ? new Map([[0, ks]]) : undefined;
}

/** Dash runs of a rule line (`-------  ---------`), each at least 3 long. */
export function dashRuns(words: Word[]): Zone[] {
  return words.filter((w) => DASHES.test(w.text)).map((w) => ({ c0: w.c0, c1: w.c1 }));
}
