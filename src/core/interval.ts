/**
 * Interval arithmetic for rounding tolerance.
 *
 * A printed figure stands for every value that rounds to it: `1.42` (2 decimals) is [1.415, 1.425];
 * an integer in a table "in thousands" is +-500 in units (+-0.5 of the printed unit). Two figures agree
 * when their intervals meet (the XBRL Calculations 1.1 rule). We carry intervals through subtraction,
 * multiplication and division so percent change and percent-of-total checks need no ad hoc tolerance.
 */

import { workCounters } from './workCounters';

export interface Interval {
  lo: number;
  hi: number;
}

/** Relative slack for floating-point noise when comparing bounds (not a rounding tolerance). */
const EPS = 1e-9;

export function interval(lo: number, hi: number = lo): Interval {
  return lo <= hi ? { lo, hi } : { lo: hi, hi: lo };
}

/**
 * The values that print as `value` with `decimals` decimals, in units of `scale` (1e3 for "in thousands").
 * `multiplier` widens the half-width (the user's tolerance multiplier).
 */
export function rounding(value: number, decimals = 0, scale = 1, multiplier = 1): Interval {
  const half = halfUnit(decimals, multiplier);
  return { lo: (value - half) * scale, hi: (value + half) * scale };
}

/**
 * Half of the printed precision, the tolerance of one figure rounded to `decimals` decimals (0.005 for
 * 1.42), in printed units; `multiplier` widens it (the user's tolerance multiplier).
 */
export function halfUnit(decimals = 0, multiplier = 1): number {
  return 0.5 * Math.pow(10, -decimals) * multiplier;
}

export function add(a: Interval, b: Interval): Interval {
  return { lo: a.lo + b.lo, hi: a.hi + b.hi };
}

export function sub(a: Interval, b: Interval): Interval {
  return { lo: a.lo - b.hi, hi: a.hi - b.lo };
}

export function mul(a: Interval, b: Interval): Interval {
  const p = [a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi];
  return { lo: Math.min(...p), hi: Math.max(...p) };
}

/** a / b; undefined when b contains zero (the quotient is unbounded). */
export function div(a: Interval, b: Interval): Interval | undefined {
  if (b.lo <= 0 && b.hi >= 0) return undefined;
  return mul(a, { lo: 1 / b.hi, hi: 1 / b.lo });
}

export function scale(a: Interval, k: number): Interval {
  return interval(a.lo * k, a.hi * k);
}

export function abs(a: Interval): Interval {
  if (a.lo >= 0) return a;
  if (a.hi <= 0) return { lo: -a.hi, hi: -a.lo };
  return { lo: 0, hi: Math.max(-a.lo, a.hi) };
}

export function sum(items: Interval[]): Interval {
  return items.reduce(add, { lo: 0, hi: 0 });
}

/** Widen by `by` on each side. */
export function widen(a: Interval, by: number): Interval {
  return { lo: a.lo - by, hi: a.hi + by };
}

function slack(a: Interval, b: Interval): number {
  return EPS * Math.max(1, Math.abs(a.lo), Math.abs(a.hi), Math.abs(b.lo), Math.abs(b.hi));
}

export function intersect(a: Interval, b: Interval): Interval | undefined {
  const lo = Math.max(a.lo, b.lo);
  const hi = Math.min(a.hi, b.hi);
  if (lo <= hi) return { lo, hi };
  if (lo - hi <= slack(a, b)) return { lo: hi, hi: hi };
  return undefined;
}

/** The two intervals share at least one value (within floating-point noise). */
export function meets(a: Interval, b: Interval): boolean {
  return intersect(a, b) !== undefined;
}

export function contains(a: Interval, x: number): boolean {
  return meets(a, { lo: x, hi: x });
}

export function hull(a: Interval, b: Interval): Interval {
  return { lo: Math.min(a.lo, b.lo), hi: Math.max(a.hi, b.hi) };
}

export function mid(a: Interval): number {
  return (a.lo + a.hi) / 2;
}

export function width(a: Interval): number {
  return a.hi - a.lo;
}

/** Distance between two intervals (0 when they meet). */
export function gap(a: Interval, b: Interval): number {
  if (meets(a, b)) return 0;
  return a.hi < b.lo ? b.lo - a.hi : a.lo - b.hi;
}

/**
 * The values printed with `decimals` decimals whose rounding interval meets `target`, at most `limit`
 * of them (enough to tell "none", "exactly one" and "several").
 */
export function printedCandidates(target: Interval, decimals: number, limit = 3, scaleBy = 1): number[] {
  const step = Math.pow(10, -decimals);
  const half = halfUnit(decimals);
  const first = Math.ceil((target.lo / scaleBy - half) / step - EPS);
  const out: number[] = [];
  for (let k = first; out.length < limit; k++) {
    const v = k * step;
    if ((v - half) * scaleBy > target.hi + slack(target, target)) break;
    if (meets({ lo: (v - half) * scaleBy, hi: (v + half) * scaleBy }, target)) out.push(Number(v.toFixed(decimals)));
  }
  return out;
}

/**
 * The sub-intervals covered by the most of `items` (closed intervals), with that count. The best count is
 * reached at some item's lower bound, so each lower bound is a candidate; an item covers a candidate when
 * the candidate lies in the item widened by its own floating-point slack. One sweep over the sorted
 * bounds with a heap of the covering items' upper bounds: O(n log n), n = rows in a table (an earlier
 * version tested every pair, 130 s on a 100,000-row ownership table).
 */
export function maxOverlap(items: Interval[]): { count: number; regions: Interval[] } {
  const n = items.length;
  if (n === 0) return { count: 0, regions: [] };
  const own = items.map((it) => EPS * Math.max(1, Math.abs(it.lo), Math.abs(it.hi)));
  const from = items.map((it, i) => it.lo - own[i]);
  const to = items.map((it, i) => it.hi + own[i]);
  const byLo = order(n, (i) => items[i].lo);
  const byFrom = order(n, (i) => from[i]);
  const ends = to.slice().sort((a, b) => a - b);
  const heap = new MinHeap((i) => items[i].hi);
  let entered = 0;
  let left = 0;
  let best = 0;
  let regions: Interval[] = [];
  // An unbounded candidate's slack is unbounded too: it meets every item (as the pairwise test had it).
  let lowestHi = Infinity;
  for (const it of items) lowestHi = Math.min(lowestHi, it.hi);
  for (const c of byLo) {
    const x = items[c].lo;
    workCounters.overlapSteps++;
    while (entered < n && from[byFrom[entered]] <= x) {
      heap.push(byFrom[entered++]);
      workCounters.overlapSteps += heap.depth();
    }
    while (left < n && ends[left] < x) {
      left++;
      workCounters.overlapSteps++;
    }
    while (heap.size() > 0 && to[heap.top()] < x) {
      heap.pop();
      workCounters.overlapSteps += heap.depth();
    }
    const unbounded = own[c] === Infinity;
    const count = unbounded ? n : entered - left;
    const hi = unbounded ? lowestHi : heap.size() > 0 ? items[heap.top()].hi : Infinity;
    if (count > best) {
      best = count;
      regions = [];
    }
    if (count === best) regions.push({ lo: x, hi: Math.max(hi, x) });
  }
  // byLo is sorted by lo already (stable: equal lo keep input order, and give equal regions).
  const merged: Interval[] = [];
  for (const r of regions) {
    const last = merged[merged.length - 1];
    if (last && r.lo <= last.hi) last.hi = Math.max(last.hi, r.hi);
    else merged.push({ ...r });
  }
  return { count: best, regions: merged };
}

/** Indices 0..n-1 sorted by key (ascending, stable). */
function order(n: number, key: (i: number) => number): number[] {
  const keys = Float64Array.from({ length: n }, (_, i) => key(i));
  return Array.from({ length: n }, (_, i) => i).sort((a, b) => keys[a] - keys[b] || a - b);
}

/** A binary min-heap of indices, ordered by `key`. */
class MinHeap {
  private readonly items: number[] = [];
  constructor(private readonly key: (i: number) => number) {}
  size(): number {
    return this.items.length;
  }
  /** The heap's height, the most moves one push or pop makes (counted as work). */
  depth(): number {
    return Math.ceil(Math.log2(this.items.length + 1));
  }
  top(): number {
    return this.items[0];
  }
  push(i: number): void {
    const a = this.items;
    a.push(i);
    let k = a.length - 1;
    while (k > 0) {
      const up = (k - 1) >> 1;
      if (this.key(a[up]) <= this.key(a[k])) break;
      [a[up], a[k]] = [a[k], a[up]];
      k = up;
    }
  }
  pop(): void {
    const a = this.items;
    const last = a.pop()!;
    if (a.length === 0) return;
    a[0] = last;
    let k = 0;
    for (;;) {
      const l = 2 * k + 1;
      const r = l + 1;
      let m = k;
      if (l < a.length && this.key(a[l]) < this.key(a[m])) m = l;
      if (r < a.length && this.key(a[r]) < this.key(a[m])) m = r;
      if (m === k) break;
      [a[m], a[k]] = [a[k], a[m]];
      k = m;
    }
  }
}

/**
 * `x` with exactly `digits` decimals and thousands commas, as Intl.NumberFormat('en-US') prints it with
 * minimum and maximum fraction digits `digits`: the shortest decimal that reads back as x, rounded half
 * away from zero (1.005 -> "1.01"), a minus on negatives and -0. Written out because Intl's number
 * formatting pages some 7 MB of ICU data into the analysis's process.
 */
export function formatFixed(x: number, digits: number): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 'NaN' : x > 0 ? '∞' : '-∞';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  const [mantissa, exponent] = Math.abs(x).toExponential().split('e');
  let all = mantissa.replace('.', '');
  /** How many of `all`'s digits stand before the decimal point. */
  let point = Number(exponent) + 1;
  if (point <= 0) {
    all = '0'.repeat(1 - point) + all;
    point = 1;
  }
  const need = point + digits;
  if (all.length < need) all += '0'.repeat(need - all.length);
  let kept = all.slice(0, need);
  if (all.length > need && all.charCodeAt(need) >= 53 /* 5 or more: round away from zero */) {
    kept = addOneAtEnd(kept);
    if (kept.length > need) point++;
  }
  const whole = groupThousands(kept.slice(0, point));
  return digits > 0 ? `${sign}${whole}.${kept.slice(point)}` : `${sign}${whole}`;
}

/** "1299" -> "1300", "999" -> "1000": one added at the last digit of a digit string. */
function addOneAtEnd(ds: string): string {
  let i = ds.length - 1;
  while (i >= 0 && ds[i] === '9') i--;
  if (i < 0) return '1' + '0'.repeat(ds.length);
  return ds.slice(0, i) + String.fromCharCode(ds.charCodeAt(i) + 1) + '0'.repeat(ds.length - i - 1);
}

/** "1234567" -> "1,234,567". */
export function groupThousands(ds: string): string {
  let out = ds.slice(0, ((ds.length - 1) % 3) + 1);
  for (let i = out.length; i < ds.length; i += 3) out += ',' + ds.slice(i, i + 3);
  return out;
}

export function formatInterval(a: Interval, digits: number, suffix = ''): string {
  const lo = formatFixed(a.lo, digits);
  const hi = formatFixed(a.hi, digits);
  return lo === hi ? `${lo}${suffix}` : `${lo}${suffix}–${hi}${suffix}`;
}
