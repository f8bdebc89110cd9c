import { type GCell, type GRow, emptyAt, isBlank } from './grid';

/**
 * Re-aligns TAB rows whose cells drifted left. Text rendered from HTML drops a `$` cell, or folds a `)`
 * cell into its number, so a row with three `$` figures has three cells fewer than a row without. Rows
 * of full length are taken as the reference; every other row's filled cells are placed on the reference
 * slots by a monotone assignment that prefers moving a cell right (drift only ever moves cells left).
 * Tables whose rows all have one length are left as they are.
 */
export function realignDrift(rows: GRow[]): GRow[] {
  if (rows.length < 2) return rows;
  const maxLen = rows.reduce((w, r) => Math.max(w, r.cells.length), 0);
  if (rows.every((r) => r.cells.length === maxLen)) return rows;
  const slotSet = new Set<number>();
  for (const r of rows) {
    if (r.cells.length !== maxLen) continue;
    r.cells.forEach((c, i) => {
      if (!isBlank(c)) slotSet.add(i);
    });
  }
  const slots = [...slotSet].sort((a, b) => a - b);
  const out: GRow[] = [];
  for (const r of rows) {
    if (r.cells.length === maxLen) {
      out.push(r);
      continue;
    }
    const filled: number[] = [];
    r.cells.forEach((c, i) => {
      if (!isBlank(c)) filled.push(i);
    });
    if (filled.length > slots.length) return rows;
    const at = assign(filled, slots);
    const cells: GCell[] = [];
    let cursor = r.span.start;
    const placed = new Map<number, GCell>();
    filled.forEach((i, k) => placed.set(at[k], r.cells[i]));
    for (let p = 0; p < maxLen; p++) {
      const c = placed.get(p);
      if (c) {
        cells.push(c);
        cursor = c.span.end;
      } else cells.push(emptyAt(cursor, -1));
    }
    const last = filled.length > 0 ? filled[filled.length - 1] : -1;
    const width = last < 0 ? r.cells.length : Math.min(maxLen, at[at.length - 1] + (r.cells.length - last));
    out.push({ cells, span: r.span, width });
  }
  return out;
}

/** Monotone assignment of cell positions to slots with least cost (dynamic programming, O(k*m)). */
function assign(filled: number[], slots: number[]): number[] {
  const k = filled.length;
  const m = slots.length;
  if (k === 0) return [];
  const cost = (r: number, p: number): number => (p >= r ? p - r : 3 * (r - p));
  const INF = Number.POSITIVE_INFINITY;
  // best[i][j]: least cost placing cells 0..i with cell i on slot j; from[i][j]: slot of cell i-1.
  const best: number[][] = [];
  const from: number[][] = [];
  for (let i = 0; i < k; i++) {
    best.push(new Array<number>(m).fill(INF));
    from.push(new Array<number>(m).fill(-1));
    let runMin = INF;
    let runArg = -1;
    for (let j = 0; j < m; j++) {
      if (i === 0) {
        best[i][j] = cost(filled[i], slots[j]);
        continue;
      }
      if (j > 0 && best[i - 1][j - 1] < runMin) {
        runMin = best[i - 1][j - 1];
        runArg = j - 1;
      }
      if (runArg >= 0) {
        best[i][j] = runMin + cost(filled[i], slots[j]);
        from[i][j] = runArg;
      }
    }
  }
  let j = 0;
  for (let q = 1; q < m; q++) if (best[k - 1][q] < best[k - 1][j]) j = q;
  const at = new Array<number>(k);
  for (let i = k - 1; i >= 0; i--) {
    at[i] = slots[j];
    j = from[i][j];
  }
  return at;
}
