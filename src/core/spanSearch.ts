/** Index of the last item starting at or before `offset` in a list sorted by start (-1 if none). O(log n). */
export function lastStartingAtOrBefore<T>(items: T[], offset: number, start: (item: T) => number): number {
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
