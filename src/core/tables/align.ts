import { figureKind } from './cells';
import { type GCell, type GRow, emptyAt, isBlank } from './grid';

/**
 * Re-aligns TAB rows whose cells drifted left. Text rendered from HTML drops a `$` cell, or folds a `)`
 * or `%` cell into its number, so a row loses one cell per fragment and every cell after it moves left.
 * The longest rows lost nothing and give the frame (the slots their cells fill). Every shorter row moves
 * its cells right by a drift that never decreases along the row and never exceeds the cells it lost,
 * choosing the drifts (dynamic programming) that land its cells on frame slots of the same kind
 * (a percent over percents, a figure over figures). A cell one slot right of a slot only header rows fill
 * belongs to that header's column (see spanOf). Tables whose rows all have one length are left alone.
 */
export function realignDrift(rows: GRow[]): GRow[] {
  if (rows.length < 2) return rows;
  const maxLen = rows.reduce((w, r) => Math.max(w, r.cells.length), 0);
  if (rows.every((r) => r.cells.length === maxLen)) return rows;
  const frame = new Map<number, Set<string>>();
  for (const r of rows) {
    if (r.cells.length !== maxLen) continue;
    // A row with a figure is a row of data: its dashes and words fill slots as its figures do.
    const data = r.cells.some((c, k) => k > 0 && !isBlank(c) && figureKind(c.text) !== 'text');
    r.cells.forEach((c, k) => {
      if (isBlank(c)) return;
      const kinds = frame.get(k) ?? new Set<string>();
      kinds.add(figureKind(c.text));
      if (data) kinds.add(DATA);
      frame.set(k, kinds);
    });
  }
  return rows.map((r) => (r.cells.length === maxLen ? r : shift(r, maxLen, frame)));
}

function shift(r: GRow, maxLen: number, frame: Map<number, Set<string>>): GRow {
  const filled: number[] = [];
  r.cells.forEach((c, i) => {
    if (!isBlank(c)) filled.push(i);
  });
  if (filled.length === 0) return r;
  const drift = Math.min(maxLen - r.cells.length, 64);
  const kinds = filled.map((i) => figureKind(r.cells[i].text));
  const d = drifts(filled, kinds, drift, maxLen, frame);
  const cells: GCell[] = [];
  const placed = new Array<GCell | undefined>(maxLen);
  let end = 0;
  filled.forEach((i, k) => {
    let p = i + d[k];
    if (spanOf(p, frame) === p - 1 && !placed[p - 1]) p--;
    placed[p] = r.cells[i];
    end = p;
  });
  let cursor = r.span.start;
  for (let p = 0; p < maxLen; p++) {
    const c = placed[p];
    if (c) {
      cells.push(c);
      cursor = c.span.end;
    } else cells.push(emptyAt(cursor, -1));
  }
  const width = Math.min(maxLen, r.width + end - filled[filled.length - 1]);
  return { cells, span: r.span, width };
}

/** Least-cost nondecreasing drifts in [0, max] for the filled cells (O(cells x drift)). */
function drifts(
  filled: number[],
  kinds: string[],
  max: number,
  maxLen: number,
  frame: Map<number, Set<string>>,
): number[] {
  const k = filled.length;
  const cost = (i: number, d: number): number => {
    const p = filled[i] + d;
    // Nothing is lost before the first slot: a row label stays where it is.
    if (p >= maxLen || (filled[i] === 0 && d > 0)) return Number.POSITIVE_INFINITY;
    const seen = frame.get(spanOf(p, frame));
    let c = 1;
    if (seen) {
      const kind = kinds[i];
      if (kind === 'text') c = 0;
      else if (seen.has(kind)) c = 0;
      else if (seen.has('number') || seen.has('percent')) c = 0.6;
      else c = 0.3;
    }
    return c + 0.001 * d;
  };
  const best: number[][] = [];
  const from: number[][] = [];
  for (let i = 0; i < k; i++) {
    const row = new Array<number>(max + 1);
    const back = new Array<number>(max + 1).fill(-1);
    let runMin = Number.POSITIVE_INFINITY;
    let runArg = -1;
    for (let d = 0; d <= max; d++) {
      if (i > 0 && best[i - 1][d] < runMin) {
        runMin = best[i - 1][d];
        runArg = d;
      }
      row[d] = (i === 0 ? 0 : runMin) + cost(i, d);
      back[d] = runArg;
    }
    best.push(row);
    from.push(back);
  }
  let d = 0;
  for (let q = 1; q <= max; q++) if (best[k - 1][q] < best[k - 1][d]) d = q;
  const out = new Array<number>(k);
  for (let i = k - 1; i >= 0; i--) {
    out[i] = d;
    d = from[i][d];
  }
  return out;
}

/**
 * The frame slot whose column slot `p` is: itself, or, where no frame row fills `p`, the slot left of it when
 * only header rows (rows without a figure) fill that one. A header over a `$ | figure` pair stands on the `$`
 * slot; a row that lost its `$` has its figure there, one that kept a blank `$` cell one slot right, both under
 * that header (Schedule IV of the 10-K 2010 SEC text: "Reinsurance | | — | (1,537)" under "Direct | Ceded").
 */
function spanOf(p: number, frame: Map<number, Set<string>>): number {
  if (p < 2 || frame.has(p)) return p;
  const left = frame.get(p - 1);
  return left && !left.has(DATA) ? p - 1 : p;
}

/** Marks a frame slot some row of data fills. */
const DATA = 'data';
