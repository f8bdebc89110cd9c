import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Table } from '../../../../src/core/model';
import { corpusTable, meaning } from './corpusTable';

// Golden meanings for columns whose header layout the readers got wrong (test/corpus/meaning-audit.md,
// "Left wrong"): fixed-width (SGML) bands spread word by word, and TAB headers on other stops than the data.
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

const SECTEXT_10K = 'sectext/10-K_2010.txt';
const years = (t: Table) => t.columns.slice(1).map((c) => meaning(t, c.index).period?.end);

test('10-K 2010 SEC text: each year heads its amount and its share of premiums, though the rows lost TABs', () => {
  const t = corpusTable(SECTEXT_10K, rowLabel(/^Policies in Force \(End of Period\)/));
  assert.deepEqual(years(t), ['2009-12-31', '2009-12-31', '2008-12-31', '2008-12-31']);
  assert.deepEqual(
    t.columns.slice(1).map((c) => c.meaning?.kind),
    ['amount', 'share', 'amount', 'share'],
  );
  const policies = t.rows.find((r) => /^Policies in Force/.test(r.label));
  assert.deepEqual(
    policies?.cells.slice(1).map((c) => c.text),
    ['138,313', '', '148,770', ''],
  );
});

test('10-K 2010 SEC text: investment results and selected information have one column per year', () => {
  for (const label of [/^Return on average investments/, /^GAAP Combined ratio/]) {
    const t = corpusTable(SECTEXT_10K, rowLabel(label));
    assert.deepEqual(years(t), ['2009-12-31', '2008-12-31']);
  }
});

test('10-K 2010 SEC text: "2009" and "2008" each head an amount and a percent column (maturities, regions)', () => {
  for (const label of [/^Total fixed maturities/, /^Southwest \(Arizona, New Mexico, Nevada, Texas\)/]) {
    const t = corpusTable(SECTEXT_10K, (x) => rowLabel(label)(x) && x.columns.length === 5);
    assert.deepEqual(years(t), ['2009-12-31', '2009-12-31', '2008-12-31', '2008-12-31']);
    assert.equal(meaning(t, 2).kind, 'share');
    assert.equal(meaning(t, 4).kind, 'share');
  }
});

// Header rows on the HTML stops were the longest rows; a header over a `$ | figure` pair stands on the `$` slot, and
// a row that kept its blank `$` cell had its first figure one slot right, where no column was (align.ts spanOf).
test("10-K 2010 SEC text: Schedule IV's Reinsurance rows and the AOCI rows keep each figure under its header", () => {
  const t = corpusTable(
    SECTEXT_10K,
    (x) => rowLabel(/^Reinsurance$/)(x) && x.columns.some((c) => c.path[0] === 'Direct'),
  );
  assert.deepEqual(
    t.columns.slice(1).map((c) => c.path[c.path.length - 1]),
    ['amount', 'companies', 'companies', 'amount', 'to net'],
  );
  const cells = (re: RegExp, x = t) =>
    x.rows.filter((r) => re.test(r.label)).map((r) => r.cells.slice(1).map((c) => c.text));
  assert.deepEqual(cells(/^Reinsurance$/), [
    ['—', '(1,537)', '6,091', '4,554', ''],
    ['—', '(1,303)', '13,781', '12,478', ''],
  ]);
  assert.deepEqual(
    cells(/^Total$/).map((r) => r[4]),
    ['3.3%', '7.8%'],
  );
  const aoci = corpusTable(
    SECTEXT_10K,
    (x) => rowLabel(/^Cumulative impact of adoption/)(x) && x.columns.some((c) => c.path[c.path.length - 1] === 'Tax'),
  );
  assert.deepEqual(cells(/^(Accumulated other comprehensive loss|Cumulative|Other comprehensive)/, aoci), [
    ['(7,331)', '—', '2,492', '(4,839)'],
    ['—', '(17)', '6', '(11)'],
    ['9,280', '(2,266)', '(2,356)', '4,658'],
    ['1,949', '(2,283)', '142', '(192)'],
  ]);
});
