import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../../src/rules/index';
import { analysisOf, type TableSpec } from './fixture';

// Apple's 1997 10-K results table: 1997 CHANGE 1996 CHANGE 1995, in millions.
const apple = (netSalesChange = '(28%)'): TableSpec => ({
  title: 'Results of Operations',
  columns: [[''], { path: ['1997'], year: 1997 }, ['CHANGE'], { path: ['1996'], year: 1996 }, ['CHANGE'], { path: ['1995'], year: 1995 }],
  rows: [
    ['Net sales', '$ 7,081', netSalesChange, '$ 9,833', '(11%)', '$ 11,062'],
    ['Gross margin', '$ 1,368', '41%', '$ 968', '(66%)', '$ 2,858'],
    ['In-process research and development', '$ 375', 'NM', '--', 'NM', '--'],
    ['Net income (loss)', '$ (1,045)', '(28%)', '$ (816)', '(292%)', '$ 424'],
    ['Earnings (loss) per share', '$ (8.29)', '(26%)', '$ (6.59)', '(291%)', '$ 3.45'],
  ],
  scale: 1e6,
});

const run = (spec: TableSpec) => {
  const { analysis, text } = analysisOf(spec);
  const r = runRules(analysis, {});
  return { text, checks: r.tableChecks, checked: r.checkedCells, findings: r.findings.filter((f) => f.ruleId === 'percent-change') };
};

test("Apple's 1997 CHANGE columns are consistent, negatives in parentheses and NM included", () => {
  const r = run(apple());
  assert.deepEqual(r.findings, []);
  assert.equal(r.checked.filter((c) => c.ruleId === 'percent-change').length, 8);
  assert.equal(r.checks.find((c) => c.ruleId === 'percent-change')?.status, 'checked');
});

test('flags a change that does not follow from the two years it sits between, with a unique fix', () => {
  const r = run(apple('(82%)'));
  assert.equal(r.findings.length, 1);
  const f = r.findings[0];
  assert.equal(r.text.slice(f.span.start, f.span.end), '(82%)');
  assert.equal(f.expected, '-28%');
  assert.equal(f.fix?.text, '28');
  assert.deepEqual(f.related.map((x) => r.text.slice(x.span.start, x.span.end)), ['$ 7,081', '$ 9,833']);
});

test('a sign slip is a finding: 28% where sales fell', () => {
  assert.equal(run(apple('28%')).findings.length, 1);
});

test('the years decide which period is new, wherever the change column sits', () => {
  const spec: TableSpec = {
    title: 'Revenue',
    columns: [[''], { path: ['2024'], year: 2024 }, { path: ['2023'], year: 2023 }, ['% Change']],
    rows: [['Revenue', '1,100', '1,000', '10.0%'], ['Costs', '900', '1,000', '(10.0)%']],
  };
  assert.deepEqual(run(spec).findings, []);
  spec.rows[0][3] = '(9.1)%';
  assert.equal(run(spec).findings.length, 1);
});

test('a loss that shrinks may be printed as a fall in its size: (708) against (740) is (4%)', () => {
  const spec: TableSpec = {
    title: 'Results',
    columns: [[''], { path: ['1997'], year: 1997 }, { path: ['1996'], year: 1996 }, ['Change']],
    rows: [['Net loss', '$ (708)', '$ (740)', '(4%)'], ['Net sales', '$ 1,601', '$ 2,185', '(27%)']],
  };
  assert.deepEqual(run(spec).findings, []);
});

test('an amount change (Increase (Decrease)) is new minus old', () => {
  const spec: TableSpec = {
    title: 'Results',
    columns: [[''], { path: ['2024'], year: 2024 }, { path: ['2023'], year: 2023 }, { path: ['Increase (Decrease)'], role: 'change' }],
    rows: [['Revenue', '1,100', '1,000', '100'], ['Costs', '900', '1,000', '(100)']],
  };
  assert.deepEqual(run(spec).findings, []);
  spec.rows[1][3] = '100';
  assert.equal(run(spec).findings.length, 1);
});

test('columns without years are no comparison: "Base Salary | Increase | Target" is left alone', () => {
  const spec: TableSpec = {
    title: 'Compensation Decisions',
    columns: [['Base Salary'], ['Base Salary Increase'], ['STI Target Amount']],
    rows: [['$1,100,000', '6.3%', '1,320,000']],
  };
  const r = run(spec);
  assert.deepEqual(r.findings, []);
  assert.equal(r.checks.find((c) => c.ruleId === 'percent-change'), undefined, 'no dated column: not a comparison table');
});

test('an old value of zero gives no finding', () => {
  const spec: TableSpec = {
    title: 'Results',
    columns: [[''], { path: ['2024'], year: 2024 }, { path: ['2023'], year: 2023 }, ['% Change']],
    rows: [['Other', '100', '0', '50%']],
  };
  assert.deepEqual(run(spec).findings, []);
});

test('two-digit years in dates count, and the pairing that explains the rows wins over a misaligned band', () => {
  // Apple's 2000 10-Q as read: the six-month 4/1/00 column carries the three-month band.
  const spec: TableSpec = {
    title: 'Net sales',
    columns: [[''], ['4/1/00'], ['THREE MONTHS ENDED', '3/27/99'], ['THREE MONTHS ENDED', 'CHANGE'], ['THREE MONTHS ENDED', '4/1/00'], ['SIX MONTHS ENDED', '3/27/99'], ['SIX MONTHS ENDED', 'CHANGE']],
    rows: [
      ['Americas net sales', '$ 989', '$ 787', '26%', '$2,178', '$1,747', '25%'],
      ['Europe net sales', '$ 469', '$ 368', '27%', '$1,095', '$ 820', '34%'],
    ],
  };
  const r = run(spec);
  assert.deepEqual(r.findings, []);
  assert.equal(r.checked.filter((c) => c.ruleId === 'percent-change').length, 4);
  spec.rows[1][3] = '72%';
  assert.deepEqual(run(spec).findings.map((f) => f.actual), ['72%']);
});

test('sequential quarters of one year are a comparison: Second Quarter 1997 against First Quarter 1997', () => {
  const spec: TableSpec = {
    title: 'Research and development',
    columns: [[''], ['Second Quarter 1997'], ['First Quarter 1997'], ['Change']],
    rows: [['Research and development', '$ 141', '$ 149', '(5%)']],
  };
  const r = run(spec);
  assert.deepEqual(r.findings, []);
  assert.equal(r.checked.filter((c) => c.ruleId === 'percent-change').length, 1);
  spec.rows[0][3] = '5%';
  assert.equal(run(spec).findings.length, 1);
});
