import { type GCell, type GRow, emptyAt, isBlank } from './grid';

/**
 * Re-aligns TAB rows whose cells drifted left. Text rendered from HTML drops a `$` cell, or folds a `)`
 * or `%` cell into its number, so a row loses one cell per fragment and every cell after it moves left.
 * The longest rows lost nothing and give the frame (the slots their cells fill). Every shorter row moves
 * its cells right by a drift that never decreases along the row and never exceeds the cells it lost,
 * choosing the drifts (dynamic programming) that land its cells on frame slots of the same kind
 * (a percent over percents, a figure over figures). Tables whose rows all have one length are left alone.
 */
export function realignDrift(rows: GRow[]): GRow[] {
  if (rows.length < 2) return rows;
  const maxLen = rows.reduce((w, r) => Math.max(w, r.cells.length), 0);
  if (rows.every((r) => r.cells.length === maxLen)) return rows;
  const frame = new Map<number, Set<string>>();
  for (const r of rows) {
    if (r.cells.length !== maxLen) continue;
    r.cells.forEach((c, k) => {
      if (isBlank(c)) return;
      const kinds = frame.get(k) ?? new Set<string>();
      kinds.add(kindOf(c.text));
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
  const kinds = filled.map((i) => kindOf(r.cells[i].text));
  const d = drifts(filled, kinds, drift, maxLen, frame);
  const cells: GCell[] = [];
  const placed = new Array<GCell | undefined>(maxLen);
  filled.forEach((i, k) => {
    placed[i + d[k]] = r.cells[i];
  });
  let cursor = r.span.start;
  for (let p = 0; p < maxLen; p++) {
    const c = placed[p];
    if (c) {
      cells.push(c);
      cursor = c.span.end;
    } else cells.push(emptyAt(cursor, -1));
  }
  const last = filled.length - 1;
  const width = Math.min(maxLen, r.width + d[last]);
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
    const seen = frame.get(p);
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

/** 'percent', 'number' or 'text', by the look of a cell (a bare year is a header word). */
function kindOf(text: string): string {
  const t = text.trim();
  if (!FIGURE.test(t) || /^(19|20)\d\d$/.test(t)) return 'text';
  return t.endsWith('%') || t.endsWith('%)') ? 'percent' : 'number';
}

const FIGURE = /^[$(]?\s?-?\d[\d,]*(\.\d+)?\s?%?\)?%?$/;
