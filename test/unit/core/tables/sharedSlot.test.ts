import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedSlot } from '../../../../src/core/tables/sharedSlot';

test('a two-slot figure overlapped from one side only takes the slot it shares; from both sides or none, no slot', () => {
  const starts = new Set([3, 4]);
  assert.equal(sharedSlot(starts, 4), 4); // the one at 3 covers 3-4: they share 4
  assert.equal(sharedSlot(starts, 3), 4); // the one at 4 covers 4-5: they share 4
  assert.equal(sharedSlot(new Set([3, 4, 5]), 4), undefined);
  assert.equal(sharedSlot(new Set([4]), 4), undefined);
});
