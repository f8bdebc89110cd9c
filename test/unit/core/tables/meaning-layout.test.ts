import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ColumnMeaning, Table } from '../../../../src/core/model';
import { corpusTable } from './corpusTable';

// Golden meanings for columns whose header layout the readers got wrong (test/corpus/meaning-audit.md,
// "Left wrong"): fixed-width (SGML) bands spread word by word, and TAB headers on other stops than the data.
const meaning = (t: Table, i: number): ColumnMeaning => {
  const m = t.columns[i]?.meaning;
  assert.ok(m, `${t.id} column ${i} has a meaning`);
  return m;
};
const pathHas = (re: RegExp) => (t: Table) => t.columns.some((c) => re.test(c.path.join(' / ')));
const rowLabel = (re: RegExp) => (t: Table) => t.rows.some((r) => re.test(r.label));
const FORD = 'incoming/sgml/FordMotor_10-K_1994.txt';

test('Ford: "Years Ended December 31" underlined over five years is one band, each column a 12-month year', () => {
  const t = corpusTable(FORD, rowLabel(/^Total Ford U\.S\. Car Sales/));
  for (let i = 1; i <= 5; i++) {
    assert.match(t.columns[i].path.join(' / '), /Years Ended December 31 \/ 19\d\d$/);
    const p = meaning(t, i).period;
    assert.equal(p?.months, 12);
    assert.equal(p?.end, `${1994 - i}-12-31`);
  }
});

test('Ford highlights: "Fourth Quarter" and "Full Year" each head their two years', () => {
  const t = corpusTable(FORD, pathHas(/HIGHLIGHTS/));
  assert.deepEqual(
    [1, 2, 3, 4].map((i) => meaning(t, i).period?.months),
    [3, 3, 12, 12],
  );
  assert.deepEqual(t.columns[4].path.slice(-2), ['Full Year', '1992']);
});

test('Ford debt: "Book Value" over 1993 and 1992 is not split into "Book 1993" and "Value 1992"', () => {
  const t = corpusTable(FORD, rowLabel(/^Unsecured short-term debt/));
  assert.deepEqual(t.columns[3].path, ['Book Value', '1993']);
  assert.deepEqual(t.columns[4].path, ['Book Value', '1992']);
});

test('WMX short-term borrowings: headers run together split at the dash runs under each column', () => {
  const t = corpusTable('incoming/sgml/WMXTechnologies_10-K_1994.txt', rowLabel(/^1991--Commercial Paper/));
  assert.deepEqual(
    t.columns.slice(2).map((c) => c.path.join(' / ')),
    [
      'WEIGHTED AVERAGE INTEREST RATE',
      'MAXIMUM AMOUNT OUTSTANDING DURING YEAR',
      'AVERAGE AMOUNT OUTSTANDING DURING YEAR (A)',
      'WEIGHTED AVERAGE INTEREST RATE DURING YEAR (B)',
    ],
  );
  assert.equal(meaning(t, 2).kind, 'rate');
  assert.equal(meaning(t, 5).kind, 'rate');
});

test('Apple 10-Q 1997: "Six Months Ended" pushed off centre by tabs heads both dates', () => {
  const t = corpusTable(
    'sgml/Apple_10-Q_1997.txt',
    (x) => rowLabel(/^Effective tax rate/)(x) && pathHas(/Six Months/)(x),
  );
  assert.equal(meaning(t, 1).period?.months, 6);
  assert.equal(meaning(t, 2).period?.months, 6);
  const u = corpusTable(
    'sgml/Apple_10-Q_1997.txt',
    (x) => rowLabel(/^Restructuring costs/)(x) && pathHas(/Six Months/)(x),
  );
  assert.equal(meaning(u, 2).period?.months, 6);
  assert.equal(meaning(u, 2).period?.end, '1996-03-29');
});
