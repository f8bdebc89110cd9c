import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeCheck } from '../../../src/rules/rule';
import { countReasons, tableVerdict, verdictCounts } from '../../../src/rules/tableVerdict';
import type { TableCheck } from '../../../src/rules/types';

const check = (
  status: TableCheck['status'],
  reason?: string,
  tableId = 't0',
  ruleId = 'percent-change',
): TableCheck => ({
  tableId,
  ruleId,
  status,
  ...(reason ? { reason } : {}),
});

test("one rule's parts of a table: a checked part beside a skipped one is checked, the skip kept as its reason", () => {
  const cc = 'change at constant currency: not derivable from reported amounts';
  assert.deepEqual(mergeCheck(check('checked'), check('inconclusive', cc)), { ...check('checked'), skipped: cc });
  assert.deepEqual(mergeCheck(check('inconclusive', cc), check('checked')), { ...check('checked'), skipped: cc });
  assert.deepEqual(mergeCheck(check('inconclusive', 'a'), check('inconclusive', 'b')), check('inconclusive', 'a'));
  assert.deepEqual(mergeCheck(check('checked'), check('checked')), check('checked'));
});

test('a table is checked when every rule checked all of it, partly when any part was skipped, inconclusive when nothing was', () => {
  assert.equal(tableVerdict([]), undefined);
  assert.equal(tableVerdict([check('checked'), check('checked', undefined, 't0', 'footnote-unused')]), 'checked');
  assert.equal(tableVerdict([{ ...check('checked'), skipped: 'constant currency' }]), 'partly');
  assert.equal(
    tableVerdict([check('checked'), check('inconclusive', 'no footnotes', 't0', 'footnote-unused')]),
    'partly',
  );
  assert.equal(
    tableVerdict([check('inconclusive', 'x'), check('inconclusive', 'y', 't0', 'footnote-unused')]),
    'inconclusive',
  );
});

test('counts verdicts per table and the reasons of inconclusive checks and skipped parts alike', () => {
  const checks = [
    check('checked', undefined, 't0'),
    { ...check('checked', undefined, 't1'), skipped: 'constant currency' },
    check('inconclusive', 'constant currency', 't2'),
    check('inconclusive', 'no meaning', 't3'),
    check('checked', undefined, 't3', 'footnote-unused'),
  ];
  assert.deepEqual(verdictCounts(checks), { checked: 1, partly: 2, inconclusive: 1 });
  assert.deepEqual(countReasons(checks), [
    { reason: 'constant currency', count: 2 },
    { reason: 'no meaning', count: 1 },
  ]);
});
