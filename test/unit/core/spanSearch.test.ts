import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  firstAtOrAfter,
  firstStartingAtOrAfter,
  lastAtOrBefore,
  lastStartingAtOrBefore,
  overlapsAny,
} from '../../../src/core/spanSearch';

// Each search is held to the linear scan it replaces, on sorted lists with repeats.
const sorted = fc.array(fc.integer({ min: -5, max: 40 }), { maxLength: 30 }).map((xs) => xs.sort((a, b) => a - b));
const probe = fc.integer({ min: -10, max: 50 });

test('finds the last number at or before x and the first at or after it, as a linear scan does', () => {
  fc.assert(
    fc.property(sorted, probe, (xs, x) => {
      let last = -1;
      xs.forEach((v, i) => {
        if (v <= x) last = i;
      });
      const first = xs.findIndex((v) => v >= x);
      assert.equal(lastAtOrBefore(xs, x), last);
      assert.equal(firstAtOrAfter(xs, x), first < 0 ? xs.length : first);
      const items = xs.map((start) => ({ start }));
      assert.equal(
        lastStartingAtOrBefore(items, x, (i) => i.start),
        last,
      );
      assert.equal(
        firstStartingAtOrAfter(items, x, (i) => i.start),
        first < 0 ? xs.length : first,
      );
    }),
    { numRuns: 2000 },
  );
});

test('says whether sorted, disjoint spans overlap a range or hold an offset, and that empty spans hold nothing', () => {
  const spans = fc.array(fc.tuple(fc.nat(4), fc.nat(4)), { maxLength: 12 }).map((gaps) => {
    let at = 0;
    return gaps.map(([gap, len]) => {
      const start = at + gap;
      at = start + len;
      return { start, end: at };
    });
  });
  fc.assert(
    fc.property(spans, fc.nat(60), fc.nat(5), (list, from, width) => {
      const to = from + width;
      const linear = list.some((s) => s.start < to && s.end > from);
      assert.equal(overlapsAny(list, from, to), linear, JSON.stringify([list, from, to]));
    }),
    { numRuns: 2000 },
  );
  assert.equal(overlapsAny([{ start: 3, end: 3 }], 3, 4), false);
  assert.equal(overlapsAny([{ start: 3, end: 5 }], 4, 5), true);
  assert.equal(overlapsAny([{ start: 3, end: 5 }], 5, 6), false);
});
