/**
 * Subtotals found by arithmetic, whatever their labels say: a row is the total of the rows just above it when
 * their amounts (rounding intervals) add up to its amount. Blocks nest (leaves -> subtotals -> total); the
 * shares a total's 100% sums are its leaves only. Part of `percent-of-total`.
 */
import { add, meets, rounding, type Interval } from '../../core/interval';
import { workCounters } from '../../core/workCounters';
import type { Column, Row, Table } from '../../core/model';
import { isNumber, roundingDecimals } from './cells';

export interface Blocks {
  /** Total row index -> the row indexes it adds up (its direct parts). */
  parts: Map<number, number[]>;
  /** Row index -> the total row it is a part of. */
  parent: Map<number, number>;
}

/** How far up a run of mixed-sign amounts is searched (with no negative amount, the running sum bounds it). */
const MIXED_SIGN_REACH = 64;

/**
 * The subtotals of `amount` in `table`: each row against the sums of the most recent open rows above it. The
 * sums are built one row at a time going up, and the search stops once they pass the row's amount while every
 * amount added is non-negative (they can only grow), so a tall table costs a few steps per row, not one per row
 * above it.
 */
export function blocksOf(table: Table, amount: Column): Blocks {
  const parts = new Map<number, number[]>();
  const parent = new Map<number, number>();
  const open: Row[] = [];
  const openIv: Interval[] = [];
  for (const row of table.rows) {
    const cell = row.cells[amount.index];
    if (row.kind === 'section' || !isNumber(cell)) continue;
    const target = rounding(cell.value.value!, roundingDecimals(cell));
    // The fewest rows (two or more) just above that add up to it: 30 = 10 + 20, not a longer run that happens to.
    let found = 0;
    let running: Interval = { lo: 0, hi: 0 };
    let nonNegative = true;
    for (let k = 1; k <= open.length; k++) {
      workCounters.rowVisits++;
      const x = openIv[open.length - k];
      running = add(running, x);
      if (x.lo < 0) nonNegative = false;
      if (k >= 2 && meets(running, target)) {
        found = k;
        break;
      }
      if (nonNegative ? running.lo > target.hi : k >= MIXED_SIGN_REACH) break;
    }
    if (found) {
      const children = open.splice(open.length - found, found);
      openIv.splice(openIv.length - found, found);
      parts.set(
        row.index,
        children.map((r) => r.index),
      );
      for (const c of children) parent.set(c.index, row.index);
    }
    open.push(row);
    openIv.push(target);
  }
  return { parts, parent };
}

/** The leaves under a total (parts expanded down through subtotals). */
export function leavesOf(blocks: Blocks, total: number): number[] {
  const out: number[] = [];
  for (const p of blocks.parts.get(total) ?? []) {
    if (blocks.parts.has(p)) out.push(...leavesOf(blocks, p));
    else out.push(p);
  }
  return out.sort((a, b) => a - b);
}

/** The outermost total: a total that is part of no other, the one adding up the most rows. */
export function grandTotal(blocks: Blocks): number | undefined {
  let best: number | undefined;
  for (const t of blocks.parts.keys()) {
    if (blocks.parent.has(t)) continue;
    if (best === undefined || leavesOf(blocks, t).length > leavesOf(blocks, best).length) best = t;
  }
  return best;
}
