/**
 * The engine's one binary search, in the shapes its callers need. Every list is sorted ascending (by
 * the key given); each search is O(log n). Number lists get their own versions, without a key function,
 * for the hot paths (line lookups, fixed-width columns).
 */

/** Index of the last number at or before `x` in an ascending list (-1 if none). */
export function lastAtOrBefore(xs: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = xs.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] <= x) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return last;
}

/** Index of the first number at or after `x` in an ascending list (`xs.length` if none). */
export function firstAtOrAfter(xs: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last item starting at or before `offset` in a list sorted by start (-1 if none). */
export function lastStartingAtOrBefore<T>(items: ArrayLike<T>, offset: number, start: (item: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (start(items[mid]) <= offset) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return last;
}

/** Index of the first item starting at or after `offset` in a list sorted by start (`items.length` if none). */
export function firstStartingAtOrAfter<T>(items: ArrayLike<T>, offset: number, start: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (start(items[mid]) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether a span of a sorted list of spans that do not overlap one another overlaps [from, to); with
 * `to = from + 1`, whether one holds offset `from`. Empty spans hold nothing.
 */
export function overlapsAny(spans: ArrayLike<{ start: number; end: number }>, from: number, to: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (s.end <= from) lo = mid + 1;
    else if (s.start >= to) hi = mid - 1;
    else return true;
  }
  return false;
}
