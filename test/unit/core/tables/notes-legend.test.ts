import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lessThanLegend } from '../../../../src/core/tables/notes';
import { analyze } from '../../../../src/core/analyze';

test("a legend sets its own threshold: '* less than 0.1%' is 0.1, '* Represents less than 1%' is 1", () => {
  assert.equal(lessThanLegend('* less than 0.1%', []), 0.1);
  assert.equal(lessThanLegend('* Represents less than 1%', []), 1);
  assert.equal(lessThanLegend('* Less than one percent.', []), 1);
  assert.equal(lessThanLegend('* Less than one-tenth of one percent.', []), 0.1);
  assert.equal(lessThanLegend('* Less than .5 of 1%', []), 0.5);
  assert.equal(lessThanLegend('Revenue grew by less than 1% in the year', []), undefined, 'no star, no legend');
  assert.equal(
    lessThanLegend(undefined, [
      { marker: '*', key: '*', text: 'Less than 0.1%', span: { start: 0, end: 1 }, markerSpan: { start: 0, end: 1 } },
    ]),
    0.1,
  );
});

test('a converted-text ownership table with a 0.1% legend carries the threshold', () => {
  const text = [
    'SECURITY OWNERSHIP',
    '',
    'Name\tShares Beneficially Owned\tPercent of Class',
    'A\t500,000\t5.0%',
    'B\t5,000\t*',
    '',
    '* less than 0.1%',
    '',
  ].join('\n');
  const t = analyze(text, { languageHint: 'converted' }).tables[0];
  assert.equal(t.lessThanOneLegend, true);
  assert.equal(t.lessThanThreshold, 0.1);
});
