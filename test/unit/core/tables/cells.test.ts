import { test } from 'node:test';
import assert from 'node:assert/strict';
import { typeCell } from '../../../../src/core/tables/cells';

test('reads numbers with commas, dollars, parenthesised and dashed negatives exactly as printed', () => {
  assert.deepEqual(typeCell('101,700'), { kind: 'number', value: 101700, decimals: 0 });
  assert.deepEqual(typeCell('$ 12.5'), { kind: 'number', value: 12.5, decimals: 1, money: true });
  assert.deepEqual(typeCell('(1,045)'), { kind: 'number', value: -1045, decimals: 0, negative: true });
  assert.deepEqual(typeCell('$(3)'), { kind: 'number', value: -3, decimals: 0, money: true, negative: true });
  assert.deepEqual(typeCell('-8'), { kind: 'number', value: -8, decimals: 0, negative: true });
  assert.deepEqual(typeCell('(3.2)'), { kind: 'number', value: -3.2, decimals: 1, negative: true });
  assert.deepEqual(typeCell('-0-'), { kind: 'number', value: 0, decimals: 0 });
});

test('reads percents in percent units with their printed decimals, negatives included', () => {
  assert.deepEqual(typeCell('1.42%'), { kind: 'percent', value: 1.42, decimals: 2 });
  assert.deepEqual(typeCell('(28%)'), { kind: 'percent', value: -28, decimals: 0, negative: true });
  assert.deepEqual(typeCell('(21.0)%'), { kind: 'percent', value: -21, decimals: 1, negative: true });
  assert.deepEqual(typeCell('0.050%'), { kind: 'percent', value: 0.05, decimals: 3 });
  assert.deepEqual(typeCell('12.43 %'), { kind: 'percent', value: 12.43, decimals: 2 });
});

test('marks not-meaningful entries and the lone star that stands for less than 1%', () => {
  for (const t of ['NM', 'N/M', 'n/a', '--', '—', '-', '--%', '—%', '$ --', '$—']) {
    assert.equal(typeCell(t).kind, 'not-meaningful', t);
  }
  assert.deepEqual(typeCell('*'), { kind: 'less-than-one' });
  assert.deepEqual(typeCell('  '), { kind: 'empty' });
});

test('leaves words, dates and mixed text as text', () => {
  for (const t of ['Name', 'November 30, 2021', '$0.0001 par value', '1.42%%', '3)', 'Smith & Co.']) {
    assert.equal(typeCell(t).kind, 'text', t);
  }
});
