import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { cleanLabel, trimEnd } from '../../../../src/rules/shared/shares';
import { columnText } from '../../../../src/rules/shared/cells';
import type { Column } from '../../../../src/core/model';

// Rules clean the same labels and column headers many times; these hold the shortcuts to what they stand for.

const reference = (label: string) => trimEnd(label.replace(/\.{2,}/g, ' ').replace(/\s+/g, ' '), ' :').trim();

test('cleans a row label exactly as the leader-dot, space and colon rewrite would', () => {
  const pieces = [
    'Total',
    'net sales',
    ' ',
    '  ',
    '.',
    '..',
    '...',
    ':',
    '\t',
    '\n',
    '\u00a0',
    '\u2009',
    'a',
    '(1)',
    '%',
  ];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
      const label = parts.join('');
      assert.equal(cleanLabel(label), reference(label), JSON.stringify(label));
    }),
    { numRuns: 2000 },
  );
  assert.equal(cleanLabel('Net sales ........ :'), 'Net sales');
  assert.equal(cleanLabel('Percentage of net sales'), 'Percentage of net sales');
});

test('gives a column the same lower-case header text however often a rule asks', () => {
  const column: Column = {
    index: 1,
    path: ['Before Offering', '% of Class'],
    role: 'percent',
    headerSpans: [],
    markers: [],
  };
  assert.equal(columnText(column), 'before offering > % of class');
  assert.equal(columnText(column), 'before offering > % of class');
  assert.equal(columnText(undefined), '');
});
