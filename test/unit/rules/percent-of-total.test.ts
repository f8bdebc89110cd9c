import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../../src/rules/index';
import { NO_MEANING } from '../../../src/rules/shared/meaning';
import { amountColumn, analysisOf, shareColumn, type TableSpec } from './fixture';

const apple = (gm = '19%'): TableSpec => ({
  title: 'Results of Operations',
  columns: [[''], { path: ['1997'], year: 1997 }, { path: ['1996'], year: 1996 }],
  rows: [
    ['Net sales', '$ 7,081', '$ 9,833'],
    ['Gross margin', '$ 1,368', '$ 968'],
    ['Percentage of net sales', gm, '10%'],
    ['Restructuring costs', '$ 217', '$ 179'],
    ['Percentage of net sales', '3%', '2%'],
    ['Termination of license agreement', '$ 75', '--'],
    ['Percentage of net sales', '1%', '--%'],
  ],
});

const run = (spec: TableSpec) => {
  const { analysis, text } = analysisOf(spec);
  const r = runRules(analysis, {});
  return {
    text,
    checks: r.tableChecks,
    check: r.tableChecks.find((c) => c.ruleId === 'percent-of-total'),
    notes: r.checkedCells.filter((c) => c.ruleId === 'percent-of-total').map((c) => c.note ?? ''),
    findings: r.findings.filter((f) => f.ruleId === 'percent-of-total'),
  };
};

test("Apple's Percentage of net sales rows follow from their line items over net sales", () => {
  const r = run(apple());
  assert.deepEqual(r.findings, []);
  assert.equal(r.checks.find((c) => c.ruleId === 'percent-of-total')?.status, 'checked');
});

test('flags a Percentage of net sales cell its line item does not explain, with the fix and the cells used', () => {
  const r = run(apple('91%'));
  assert.equal(r.findings.length, 1);
  const f = r.findings[0];
  assert.equal(f.actual, '91%');
  assert.equal(f.expected, '19%');
  assert.equal(f.fix?.text, '19');
  assert.deepEqual(
    f.related.map((x) => r.text.slice(x.span.start, x.span.end)),
    ['$ 1,368', '$ 7,081'],
  );
});

test('a share row without its base row is inconclusive, never a guess', () => {
  const spec = apple();
  spec.rows.shift();
  const r = run(spec);
  assert.deepEqual(r.findings, []);
  assert.equal(r.checks.find((c) => c.ruleId === 'percent-of-total')?.status, 'inconclusive');
});

/** Segment | 2024 | 2023 | 2024 % of total: the share column divides column 1 (not 2, its left neighbour) by row 3. */
const segments = (
  shares: string[] = ['25.0%', '35.0%', '40.0%', '100.0%'],
  meaningOf = shareColumn('% of Total', 1, 3),
): TableSpec => ({
  title: 'Revenue by segment',
  columns: [['Segment'], amountColumn('2024'), amountColumn('2023'), meaningOf],
  rows: [
    ['East', '250', '200', shares[0]],
    ['West', '350', '400', shares[1]],
    ['North', '400', '400', shares[2]],
    ['Total!total', '1,000', '1,000', shares[3]],
  ],
});

test('a share column divides by the amount column its meaning names, never the nearest column to its left', () => {
  const ok = run(segments());
  assert.deepEqual(ok.findings, []);
  assert.equal(ok.check?.status, 'checked');
  // 20.0% / 40.0% / 40.0% are the 2023 shares: right for the neighbour, wrong for the named column.
  assert.deepEqual(
    run(segments(['20.0%', '40.0%', '40.0%', '100.0%'])).findings.map((f) => f.actual),
    ['20.0%', '40.0%'],
  );
});

test('no meaning, no check: a % of total column without its meaning is inconclusive, not a finding', () => {
  const r = run(segments(['52.0%', '35.0%', '40.0%', '100.0%'], ['% of Total']));
  assert.deepEqual(r.findings, []);
  assert.deepEqual([r.check?.status, r.check?.reason], ['inconclusive', NO_MEANING]);
  const why = run(
    segments(undefined, { path: ['% of Total'], meaning: { kind: 'share', why: 'two amount columns for 2024' } }),
  );
  assert.deepEqual([why.check?.status, why.check?.reason], ['inconclusive', 'two amount columns for 2024']);
});

test("the base row is the same block's total first: stacked blocks each 100% divide by their own total", () => {
  const spec = (west: string): TableSpec => ({
    title: 'Revenue by region and product',
    columns: [[''], amountColumn('2024'), shareColumn('%', 1, 6)],
    rows: [
      ['Americas products', '600', '60.0%'],
      ['Americas services', '400', '40.0%'],
      ['Americas', '1,000', '100.0%'],
      ['Europe products', '300', '30.0%'],
      ['Europe services', '700', west],
      ['Europe', '1,000', '100.0%'],
      ['Total!total', '2,000', '100.0%'],
    ],
  });
  assert.deepEqual(run(spec('70.0%')).findings, []);
  // 35.0% is Europe services over the grand total: not its block's share.
  assert.deepEqual(
    run(spec('35.0%')).findings.map((f) => f.actual),
    ['35.0%', '100.0%'],
  );
});

test('a base from outside the block must be at least as large as the item: a share above 100% means the base is wrong', () => {
  const spec = (share: string): TableSpec => ({
    title: 'Results',
    columns: [[''], amountColumn('2024'), shareColumn('% of net income', 1, 2)],
    rows: [
      ['Revenue', '1,000', share],
      ['Costs', '900', '900.0%'],
      ['Net income', '100', '100.0%'],
    ],
  });
  const r = run(spec('1000.0%'));
  assert.deepEqual(r.findings, []);
  assert.deepEqual(
    [r.check?.status, r.check?.reason],
    ['inconclusive', 'share above 100% of its base: the base row is not its total'],
  );
  assert.deepEqual(run(spec('10.0%')).findings, [], 'a base smaller than the item is no base, whatever is printed');
});

test('subtotals are found by arithmetic, labelled "total" or not, and a sum to 100% adds leaves only', () => {
  const spec = (total: string): TableSpec => ({
    title: 'Revenue',
    columns: [[''], amountColumn('2024'), shareColumn('% of revenue', 1, 4)],
    rows: [
      ['Hardware', '200', '20%'],
      ['Software', '300', '30%'],
      ['Products', '500', '50%'],
      ['Services', '500', '50%'],
      ['Revenue', '1,000', total],
    ],
  });
  const ok = run(spec('100%'));
  assert.deepEqual(ok.findings, [], 'Products (500) adds Hardware and Software: the sum is 20 + 30 + 50, not 150');
  assert.ok(ok.notes.includes('sum of 3 shares: 98.5%–101.5%'), ok.notes.join('\n'));
  const bad = run(spec('90%'));
  assert.deepEqual(
    bad.findings.map((f) => f.message),
    ['90% total, but its 3 shares add up to 98.5%–101.5%'],
    'one finding on the total, not two',
  );
});

test("the base row's own printed 100% is checked, even where the rows below it are no parts of it", () => {
  const spec = (revenue: string): TableSpec => ({
    title: 'Results as a percentage of revenue',
    columns: [[''], amountColumn('2024'), shareColumn('% of revenue', 1, 0)],
    rows: [
      ['Revenue', '1,000', revenue],
      ['Cost of revenue', '600', '60.0%'],
      ['Gross profit', '400', '40.0%'],
    ],
  });
  assert.deepEqual(run(spec('100.0%')).findings, []);
  assert.deepEqual(
    run(spec('99.0%')).findings.map((f) => f.actual),
    ['99.0%'],
  );
});

test('a rounding plug: shares that foot exactly to their total, one a unit off, give no warning and say so', () => {
  // 10-K_2010: 58,700 of 144,491 is 40.63%, printed 40.7 so the column foots to 100.0%.
  const rows = [
    ['Within 1 year', '24,865', '17.2%'],
    ['Beyond 1 year but within 5 years', '58,700', '40.7'],
    ['Beyond 5 years but within 10 years', '7,835', '5.4'],
    ['Beyond 10 years but within 20 years', '2,766', '1.9'],
    ['Beyond 20 years', '6,111', '4.2'],
    ['Asset backed securities', '7,827', '5.4'],
    ['Mortgage backed securities', '36,387', '25.2'],
    ['Total fixed maturities!total', '144,491', '100.0%'],
  ];
  const spec = (): TableSpec => ({
    title: 'Maturity distribution',
    columns: [[''], amountColumn('Amortized Cost'), shareColumn('Percent', 1, 7)],
    rows: rows.map((r) => [...r]),
  });
  const ok = run(spec());
  assert.deepEqual(ok.findings, []);
  assert.ok(
    ok.notes.some((n) => /40\.7: rounded so the column foots/.test(n)),
    ok.notes.join('\n'),
  );
  // Two shares off (17.1 and 40.8 still foot): no plug, both are findings.
  const two = spec();
  two.rows[0][2] = '17.1%';
  two.rows[1][2] = '40.8';
  assert.deepEqual(
    run(two).findings.map((f) => f.actual),
    ['17.1%', '40.8'],
  );
});

test('the headline is one short line; the arithmetic is in the detail and the related cells', () => {
  const r = run(segments(['52.0%', '35.0%', '40.0%', '100.0%']));
  const f = r.findings.find((x) => x.actual === '52.0%')!;
  assert.equal(f.message, '52.0% of Total, but 250 of 1,000 is 24.94%–25.06%');
  assert.match(f.detail ?? '', /250 \/ 1,000 = 24\.94%–25\.06% with both amounts widened by their rounding/);
  assert.deepEqual(
    f.related.map((x) => r.text.slice(x.span.start, x.span.end)),
    ['250', '1,000'],
  );
  const sum = r.findings.find((x) => x.actual === '100.0%')!;
  assert.equal(sum.message, '100.0% total, but its 3 shares add up to 126.85%–127.15%');
});

test('a percentage of shares outstanding stated in the header is checked against that count', () => {
  const spec: TableSpec = {
    title: 'Background Information',
    columns: [
      [''],
      ['Number of Shares'],
      shareColumn('As a percentage of common stock outstanding (55,429,217 shares)', 1, null),
    ],
    rows: [
      ['Outstanding stock options', '1,658,901', '3.0%'],
      ['Total!total', '5,708,790', '10.3%'],
    ],
  };
  assert.deepEqual(run(spec).findings, []);
  spec.rows[0][2] = '30.0%';
  assert.equal(run(spec).findings.length, 1);
});

test('a base row is taken from the nearest table that has it, never from a farther pro forma table', () => {
  const proForma: TableSpec = {
    title: 'Pro forma results',
    columns: [[''], ['Six Months Ended', '1997']],
    rows: [['Net sales', '$3,747']],
  };
  const actual: TableSpec = {
    title: 'Results',
    columns: [[''], ['1997'], ['1996']],
    rows: [['Net sales', '$3,730', '$5,333']],
  };
  const share: TableSpec = {
    title: 'In-process R&D',
    columns: [[''], ['Six Months Ended', '1997']],
    rows: [
      ['In-process research and development', '$ 375'],
      ['Percentage of net sales', '10.1%'],
    ],
  };
  const { analysis } = analysisOf(proForma, actual, share);
  const r = runRules(analysis, {});
  assert.deepEqual(
    r.findings.filter((f) => f.ruleId === 'percent-of-total'),
    [],
  );
  assert.equal(
    r.tableChecks.find((c) => c.ruleId === 'percent-of-total' && c.tableId === 't2')?.status,
    'inconclusive',
  );
});

test("a 'Percentage of total' row under a total splits that total across the columns, its first share being 100%", () => {
  const spec: TableSpec = {
    title: 'Fair value measurements',
    columns: [[''], ['December 31, 2009'], ['Level 1'], ['Level 2'], ['Level 3']],
    rows: [
      ['Total assets!total', '186,929', '31,374', '141,550', '14,005'],
      ['Percentage of total', '100%', '17%', '76%', '7%'],
    ],
  };
  const ok = run(spec);
  assert.deepEqual(ok.findings, []);
  assert.equal(ok.checks.find((c) => c.ruleId === 'percent-of-total')?.status, 'checked');
  spec.rows[1][3] = '67%';
  assert.deepEqual(
    run(spec).findings.map((f) => f.actual),
    ['67%'],
  );
  spec.rows[1][3] = '76%';
  spec.rows[1][1] = '10%';
  assert.deepEqual(
    run(spec).findings.map((f) => f.actual),
    ['10%'],
    'a misprinted 100% is found by the column that sums the others',
  );
});

test('long, space-padded labels are read in linear time', () => {
  const label = `Percentage of net sales${' .'.repeat(20_000)}:`;
  const spec = apple();
  spec.rows[2][0] = label;
  const started = performance.now();
  const r = run(spec);
  assert.ok(performance.now() - started < 500, 'label scan is linear');
  assert.deepEqual(r.findings, []);
});
