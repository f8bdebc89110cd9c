import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  abs,
  add,
  div,
  formatFixed,
  formatInterval,
  halfUnit,
  intersect,
  maxOverlap,
  meets,
  mul,
  printedCandidates,
  rounding,
  sub,
  sum,
} from '../../../src/core/interval';

const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-9, `${a} != ${b}`);

test('a figure printed with d decimals stands for plus or minus half of its last digit', () => {
  const r = rounding(1.42, 2);
  close(r.lo, 1.415);
  close(r.hi, 1.425);
  const whole = rounding(7081, 0);
  close(whole.lo, 7080.5);
  close(whole.hi, 7081.5);
});

test('an integer in a table in thousands stands for plus or minus 500 units', () => {
  const r = rounding(7081, 0, 1000);
  close(r.lo, 7080500);
  close(r.hi, 7081500);
});

test('the tolerance multiplier widens the half-width', () => {
  const r = rounding(10, 0, 1, 3);
  close(r.lo, 8.5);
  close(r.hi, 11.5);
});

test('adds, subtracts, multiplies and divides intervals with outward bounds', () => {
  const a = { lo: 1, hi: 2 };
  const b = { lo: 3, hi: 5 };
  assert.deepEqual(add(a, b), { lo: 4, hi: 7 });
  assert.deepEqual(sub(a, b), { lo: -4, hi: -1 });
  assert.deepEqual(mul({ lo: -1, hi: 2 }, b), { lo: -5, hi: 10 });
  const q = div(a, b)!;
  close(q.lo, 0.2);
  close(q.hi, 2 / 3);
  assert.deepEqual(sum([a, b, a]), { lo: 5, hi: 9 });
  assert.deepEqual(abs({ lo: -3, hi: 1 }), { lo: 0, hi: 3 });
  assert.deepEqual(abs({ lo: -3, hi: -1 }), { lo: 1, hi: 3 });
});

test('dividing by an interval that contains zero gives no answer', () => {
  assert.equal(div({ lo: 1, hi: 2 }, { lo: -1, hi: 1 }), undefined);
  assert.equal(div({ lo: 1, hi: 2 }, { lo: 0, hi: 0.5 }), undefined);
});

test('intervals that touch at a point meet, intervals apart do not', () => {
  assert.deepEqual(intersect({ lo: 0, hi: 1 }, { lo: 1, hi: 2 }), { lo: 1, hi: 1 });
  assert.ok(meets({ lo: 0, hi: 1.415 }, { lo: 1.415, hi: 2 }));
  assert.equal(intersect({ lo: 0, hi: 1 }, { lo: 1.1, hi: 2 }), undefined);
});

test('the Apple 1997 net sales change of (28%) agrees with 7,081 against 9,833 through interval division', () => {
  const change = div(sub(rounding(7081), rounding(9833)), abs(rounding(9833)))!;
  assert.ok(meets({ lo: change.lo * 100, hi: change.hi * 100 }, rounding(-28, 0)));
  assert.ok(!meets({ lo: change.lo * 100, hi: change.hi * 100 }, rounding(-27, 0)));
});

test('lists the printed values whose rounding meets a target, enough to tell one from several', () => {
  assert.deepEqual(printedCandidates({ lo: 1.4175, hi: 1.4225 }, 2), [1.42]);
  assert.deepEqual(printedCandidates({ lo: 1.396, hi: 1.441 }, 2), [1.4, 1.41, 1.42]);
  assert.deepEqual(printedCandidates({ lo: -28.2, hi: -27.9 }, 0), [-28]);
  assert.deepEqual(printedCandidates({ lo: 5, hi: 5 }, 1), [5]);
});

test('finds the region covered by the most intervals', () => {
  const r = maxOverlap([
    { lo: 0, hi: 10 },
    { lo: 5, hi: 20 },
    { lo: 8, hi: 9 },
    { lo: 30, hi: 40 },
  ]);
  assert.equal(r.count, 3);
  assert.deepEqual(r.regions, [{ lo: 8, hi: 9 }]);
  const tie = maxOverlap([
    { lo: 0, hi: 1 },
    { lo: 2, hi: 3 },
  ]);
  assert.equal(tie.count, 1);
  assert.equal(tie.regions.length, 2);
  assert.deepEqual(maxOverlap([]), { count: 0, regions: [] });
});

test('formats an interval as a range, or one value when both ends print the same', () => {
  assert.equal(formatInterval({ lo: 1.3953, hi: 1.4418 }, 2, '%'), '1.40%–1.44%');
  assert.equal(formatInterval({ lo: 7053671.2, hi: 7053671.4 }, 0), '7,053,671');
});

test('prints a figure with fixed decimals exactly as Intl en-US does, without loading Intl', () => {
  const intl = (x: number, d: number) =>
    new Intl.NumberFormat('en-US', { minimumFractionDigits: d, maximumFractionDigits: d }).format(x);
  const cases = [
    1.005, -0, 0, -0.001, 2.5, -2.5, 0.125, 1e21, 123456789.987654, 5e-7, 1.45, 8.345, 999.995, 9.5, 99999.5, 1234567,
    0.0005, 7053671.3,
  ];
  for (const x of cases) for (const d of [0, 1, 2, 3, 4]) assert.equal(formatFixed(x, d), intl(x, d), `${x} to ${d}`);
  fc.assert(
    fc.property(
      fc.oneof(
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        fc.integer({ min: -1e7, max: 1e7 }).map((n) => n / 1000),
        fc.integer({ min: 0, max: 1e9 }).map((n) => n / 8),
      ),
      fc.integer({ min: 0, max: 5 }),
      (x, d) => formatFixed(x, d) === intl(x, d),
    ),
    { numRuns: 20000, seed: 3 },
  );
});

/** The pairwise definition maxOverlap's sweep replaces: every lower bound tried against every interval. */
function maxOverlapPairwise(items: { lo: number; hi: number }[]) {
  const slack = (a: { lo: number; hi: number }) => 1e-9 * Math.max(1, Math.abs(a.lo), Math.abs(a.hi));
  let best = 0;
  let regions: { lo: number; hi: number }[] = [];
  for (const c of items) {
    let count = 0;
    let hi = Infinity;
    for (const it of items) {
      if (it.lo - slack(it) <= c.lo && it.hi + slack(it) >= c.lo) {
        count++;
        hi = Math.min(hi, it.hi);
      }
    }
    if (count > best) [best, regions] = [count, []];
    if (count === best) regions.push({ lo: c.lo, hi: Math.max(hi, c.lo) });
  }
  regions.sort((a, b) => a.lo - b.lo);
  const merged: { lo: number; hi: number }[] = [];
  for (const r of regions) {
    const last = merged[merged.length - 1];
    if (last && r.lo <= last.hi) last.hi = Math.max(last.hi, r.hi);
    else merged.push({ ...r });
  }
  return { count: best, regions: merged };
}

test('the overlap sweep finds what trying every lower bound against every interval finds', () => {
  const iv = fc
    .tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 12 }))
    .map(([lo, w]) => ({ lo, hi: lo + w }));
  fc.assert(
    fc.property(fc.array(iv, { maxLength: 30 }), (items) => {
      assert.deepEqual(maxOverlap(items), maxOverlapPairwise(items));
    }),
    { numRuns: 500 },
  );
  const unbounded = maxOverlap([
    { lo: 5, hi: Infinity },
    { lo: 0, hi: 1 },
    { lo: 2, hi: 3 },
  ]);
  assert.equal(unbounded.count, 3, 'an unbounded interval meets every other, as before');
});

test('halfUnit is half the printed precision, widened by the multiplier, and is the half-width rounding uses', () => {
  assert.equal(halfUnit(2), 0.005);
  assert.equal(halfUnit(0), 0.5);
  assert.equal(halfUnit(1, 3), 3 * halfUnit(1));
  assert.deepEqual(rounding(1.42, 2, 1, 3), { lo: 1.42 - halfUnit(2, 3), hi: 1.42 + halfUnit(2, 3) });
});
