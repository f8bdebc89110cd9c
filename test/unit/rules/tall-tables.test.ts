import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../../src/check';
import { workCounters } from '../../../src/core/workCounters';
import { tallTables } from '../../../scripts/pathological';

// Work, not time: a step that compares every row with every other does n units per row; these bounds allow
// a sweep's log n. Two sizes, so a quadratic step would also show as a per-row figure growing with n.
const work = (text: string) => {
  const before = { ...workCounters };
  const r = check(text);
  const rows = r.analysis.tables.reduce((n, t) => n + t.rows.length, 0);
  return {
    rows,
    overlapPerRow: (workCounters.overlapSteps - before.overlapSteps) / rows,
    visitsPerRow: (workCounters.rowVisits - before.rowVisits) / rows,
    result: r,
  };
};

for (const shape of tallTables) {
  test(`a tall table (${shape.name}) costs a bounded amount of work per row at 1,000 and 8,000 rows`, () => {
    const small = work(shape.make(1000));
    const large = work(shape.make(8000));
    assert.ok(large.rows >= 8000, `the shape reads as one tall table (${large.rows} rows)`);
    for (const w of [small, large]) {
      const bound = 4 * Math.log2(w.rows) + 8;
      assert.ok(
        w.overlapPerRow <= bound,
        `sweep: ${w.overlapPerRow.toFixed(1)} steps per row at ${w.rows} rows (bound ${bound.toFixed(0)})`,
      );
      assert.ok(
        w.visitsPerRow <= 8,
        `row searches: ${w.visitsPerRow.toFixed(1)} rows visited per row at ${w.rows} rows`,
      );
    }
    assert.ok(
      large.overlapPerRow <= small.overlapPerRow * 1.5 + 4,
      `sweep steps per row grow with n: ${small.overlapPerRow.toFixed(1)} -> ${large.overlapPerRow.toFixed(1)}`,
    );
    assert.ok(
      large.visitsPerRow <= small.visitsPerRow * 1.5 + 1,
      `rows visited per row grow with n: ${small.visitsPerRow.toFixed(1)} -> ${large.visitsPerRow.toFixed(1)}`,
    );
  });
}

test('the tall ownership table reads as the rules should: rows disagree on O, the consistent one is checked', () => {
  const scattered = check(tallTables[0].make(2000));
  assert.match(
    scattered.tableChecks.find((c) => c.ruleId === 'percent-of-class')?.reason ?? '',
    /rows disagree on the shares outstanding/,
  );
  const consistent = check(tallTables[1].make(2000));
  assert.equal(consistent.tableChecks.find((c) => c.ruleId === 'percent-of-class')?.status, 'checked');
  assert.deepEqual(consistent.findings, []);
});
