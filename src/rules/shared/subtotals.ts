/**
 * Subtotals found by arithmetic, whatever their labels say: a row is the total of the rows just above it when
 * their amounts (rounding intervals) add up to its amount. Blocks nest (leaves -> subtotals -> total); the
 * shares a total's 100% sums are its leaves only. Part of `percent-of-total`.
 */
import { meets, rounding, sum } from '../../core/interval';
import type { Column, Row, Table } from '../../core/model';
import { isNumber } from './cells';

export interface Blocks {
  /** Total row index -> the row indexes it adds up (its direct parts). */
  parts: Map<number, number[]>;
  /** Row index -> the total row it is a part of. */
  parent: Map<number, number>;
}

/** The subtotals of `amount` in `table`: each row against the sums of the most recent open rows above it. */
export function blocksOf(table: Table, amount: Column): Blocks {
  const parts = new Map<number, number[]>();
  const parent = new Map<number, number>();
  const open: Row[] = [];
  const iv = (r: Row) => rounding(r.cells[amount.index].value.value!, r.cells[amount.index].value.decimals ?? 0);
  for (const row of table.rows) {
    if (row.kind === 'section' || !isNumber(row.cells[amount.index])) continue;
    const target = iv(row);
    // The fewest rows (two or more) just above that add up to it: 30 = 10 + 20, not a longer run that happens to.
    let found = 0;
    for (let k = 2; k <= open.length && !found; k++) {
      if (meets(sum(open.slice(open.length - k).map(iv)), target)) found = k;
    }
    if (found) {
      const children = open.splice(open.length - found, found);
      parts.set(row.index, children.map((r) => r.index));
      for (const c of children) parent.set(c.index, row.index);
    }
    open.push(row);
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
