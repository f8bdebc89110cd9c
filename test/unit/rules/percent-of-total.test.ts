import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../../src/rules/index';
import { analysisOf, type TableSpec } from './fixture';

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
  return { text, checks: r.tableChecks, findings: r.findings.filter((f) => f.ruleId === 'percent-of-total') };
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
  assert.deepEqual(f.related.map((x) => r.text.slice(x.span.start, x.span.end)), ['$ 1,368', '$ 7,081']);
});

test('a share row without its base row is inconclusive, never a guess', () => {
  const spec = apple();
  spec.rows.shift();
  const r = run(spec);
  assert.deepEqual(r.findings, []);
  assert.equal(r.checks.find((c) => c.ruleId === 'percent-of-total')?.status, 'inconclusive');
});

const segments = (share = '25.0%', total = '100.0%'): TableSpec => ({
  title: 'Revenue by segment',
  columns: [['Segment'], ['Revenue'], ['% of Total']],
  rows: [['East', '250', share], ['West', '350', '35.0%'], ['North', '400', '40.0%'], ['Total!total', '1,000', total]],
});

test('a % of total column follows from each amount over the total row, and sums to 100%', () => {
  assert.deepEqual(run(segments()).findings, []);
});

test('flags a % of total share that its amount does not explain', () => {
  const r = run(segments('52.0%'));
  assert.ok(r.findings.some((f) => f.actual === '52.0%'));
});

test('flags shares that do not sum to their printed total, on the total', () => {
  const r = run(segments('25.0%', '90.0%'));
  const sum = r.findings.find((f) => /sum to/.test(f.message));
  assert.ok(sum, JSON.stringify(r.findings));
  assert.equal(sum.actual, '90.0%');
});

test('a percentage of shares outstanding stated in the header is checked against that count', () => {
  const spec: TableSpec = {
    title: 'Background Information',
    columns: [[''], ['Number of Shares'], ['As a percentage of common stock outstanding (55,429,217 shares)']],
    rows: [['Outstanding stock options', '1,658,901', '3.0%'], ['Total!total', '5,708,790', '10.3%']],
  };
  assert.deepEqual(run(spec).findings, []);
  spec.rows[0][2] = '30.0%';
  assert.equal(run(spec).findings.length, 1);
});

test('a column known only by its 100% total is checked, and a one-unit rounding plug that makes it foot is accepted', () => {
  // 10-K_2010: 58,700 of 144,491 is 40.63%, printed 40.7 so the column foots to 100.0%.
  const spec: TableSpec = {
    title: 'Maturity distribution',
    columns: [[''], ['2009', 'Amortized Cost'], ['Percent']],
    rows: [
      ['Within 1 year', '24,865', '17.2%'],
      ['Beyond 1 year but within 5 years', '58,700', '40.7'],
      ['Beyond 5 years but within 10 years', '7,835', '5.4'],
      ['Beyond 10 years but within 20 years', '2,766', '1.9'],
      ['Beyond 20 years', '6,111', '4.2'],
      ['Asset backed securities', '7,827', '5.4'],
      ['Mortgage backed securities', '36,387', '25.2'],
      ['Total fixed maturities!total', '144,491', '100.0%'],
    ],
  };
  const ok = run(spec);
  assert.deepEqual(ok.findings, []);
  assert.equal(ok.checks.find((c) => c.ruleId === 'percent-of-total')?.status, 'checked');
  spec.rows[0][2] = '27.2%';
  const bad = run(spec);
  assert.ok(bad.findings.some((f) => f.actual === '27.2%'), JSON.stringify(bad.findings.map((f) => f.actual)));
});

test('a base row is taken from the nearest table that has it, never from a farther pro forma table', () => {
  const proForma: TableSpec = { title: 'Pro forma results', columns: [[''], ['Six Months Ended', '1997']], rows: [['Net sales', '$3,747']] };
  const actual: TableSpec = { title: 'Results', columns: [[''], ['1997'], ['1996']], rows: [['Net sales', '$3,730', '$5,333']] };
  const share: TableSpec = {
    title: 'In-process R&D',
    columns: [[''], ['Six Months Ended', '1997']],
    rows: [['In-process research and development', '$ 375'], ['Percentage of net sales', '10.1%']],
  };
  const { analysis } = analysisOf(proForma, actual, share);
  const r = runRules(analysis, {});
  assert.deepEqual(r.findings.filter((f) => f.ruleId === 'percent-of-total'), []);
  assert.equal(r.tableChecks.find((c) => c.ruleId === 'percent-of-total' && c.tableId === 't2')?.status, 'inconclusive');
});

test("'Percentage of Total Common Shares' with no such row divides by the total row that prints 100%", () => {
  const spec: TableSpec = {
    title: 'Shareholders by location',
    columns: [['Location'], ['Number of Common Shares'], ['Percentage of Total Common Shares']],
    rows: [['United States', '3,417,980', '8.0%'], ['Canada', '37,062,784', '86.7%'], ['Other', '2,281,500', '5.3%'], ['Total!total', '42,762,264', '100.0%']],
  };
  assert.deepEqual(run(spec).findings, []);
  spec.rows[1][2] = '68.7%';
  assert.ok(run(spec).findings.some((f) => f.actual === '68.7%'));
});

test("a 'Percentage of total' row under a total splits that total across the columns, its first share being 100%", () => {
  const spec: TableSpec = {
    title: 'Fair value measurements',
    columns: [[''], ['December 31, 2009'], ['Level 1'], ['Level 2'], ['Level 3']],
    rows: [['Total assets!total', '186,929', '31,374', '141,550', '14,005'], ['Percentage of total', '100%', '17%', '76%', '7%']],
  };
  const ok = run(spec);
  assert.deepEqual(ok.findings, []);
  assert.equal(ok.checks.find((c) => c.ruleId === 'percent-of-total')?.status, 'checked');
  spec.rows[1][3] = '67%';
  assert.deepEqual(run(spec).findings.map((f) => f.actual), ['67%']);
  spec.rows[1][3] = '76%';
  spec.rows[1][1] = '10%';
  assert.deepEqual(run(spec).findings.map((f) => f.actual), ['10%'], 'a misprinted 100% is found by the column that sums the others');
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
