import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../../src/rules/index';
import { analysisOf, seedTable, type TableSpec } from './fixture';

const only = (spec: TableSpec, rule = 'percent-of-class') => {
  const { analysis, text } = analysisOf(spec);
  const result = runRules(analysis, {});
  return { ...result, text, findings: result.findings.filter((f) => f.ruleId === rule) };
};

test('the seed table stays silent: 101,700 at 1.42% and 81,700 at 1.14% share one shares-outstanding count', () => {
  const { findings, tableChecks } = only(seedTable());
  assert.deepEqual(findings, []);
  assert.deepEqual(tableChecks.find((c) => c.ruleId === 'percent-of-class')?.status, 'checked');
});

test('flags a % of class that no outstanding-share count explains, on that cell, with the cells it used', () => {
  const { findings, text } = only(seedTable('2.42%'));
  assert.equal(findings.length, 1);
  const f = findings[0];
  assert.equal(text.slice(f.span.start, f.span.end), '2.42%');
  assert.equal(f.actual, '2.42%');
  assert.equal(f.expected, '1.39%–1.44%');
  assert.match(f.message, /101,700/);
  assert.ok(f.related.some((r) => text.slice(r.span.start, r.span.end) === '101,700'));
  assert.ok(f.related.some((r) => text.slice(r.span.start, r.span.end) === '1.14%'));
  assert.equal(f.fix, undefined, 'several printed values are consistent, so no single fix');
  assert.equal(f.severity, 'warning');
});

test('a stated shares-outstanding count decides, and a unique consistent value becomes a fix', () => {
  const spec: TableSpec = {
    title: 'Security Ownership of Certain Beneficial Owners',
    columns: [['Name'], ['Shares Beneficially Owned'], ['Percent of Class']],
    rows: [
      ['Jane Roe', '715,000', '10.0%'],
      ['John Doe', '143,000', '3.0%'],
    ],
    statedOutstanding: 7_150_000,
  };
  const { findings, text } = only(spec);
  assert.equal(findings.length, 1);
  assert.equal(text.slice(findings[0].span.start, findings[0].span.end), '3.0%');
  assert.match(findings[0].detail ?? '', /stated 7,150,000/);
  // 143,000 / (7,150,000 + x), 0 <= x <= 143,000: 1.96%-2.00%: only 2.0 at one decimal.
  assert.equal(findings[0].fix?.text, '2.0');
});

test('options turn the rule off or change its severity', () => {
  const { analysis } = analysisOf(seedTable('2.42%'));
  assert.equal(
    runRules(analysis, { rules: { 'percent-of-class': 'off' } }).findings.filter((f) => f.ruleId === 'percent-of-class')
      .length,
    0,
  );
  const errors = runRules(analysis, { rules: { 'percent-of-class': 'error' } }).findings.filter(
    (f) => f.ruleId === 'percent-of-class',
  );
  assert.equal(errors[0].severity, 'error');
});

test('the tolerance multiplier widens rounding until a near miss is explained', () => {
  const spec: TableSpec = {
    title: 'Beneficial Ownership',
    columns: [['Name'], ['Shares'], ['% of Class']],
    rows: [
      ['A', '100,000', '10.0%'],
      ['B', '50,000', '5.0%'],
      ['C', '20,000', '2.1%'],
    ],
    statedOutstanding: 1_000_000,
  };
  const { analysis } = analysisOf(spec);
  assert.equal(runRules(analysis, {}).findings.filter((f) => f.ruleId === 'percent-of-class').length, 1);
  assert.equal(
    runRules(analysis, { toleranceMultiplier: 3 }).findings.filter((f) => f.ruleId === 'percent-of-class').length,
    0,
  );
});

test('a majority of rows fixes O and only the odd row out is flagged', () => {
  const spec: TableSpec = {
    title: 'Principal Stockholders',
    columns: [['Name'], ['Number of Shares'], ['Percent']],
    rows: [
      ['A', '1,000,000', '10.0%'],
      ['B', '500,000', '5.0%'],
      ['C', '250,000', '2.5%'],
      ['D', '300,000', '9.0%'],
    ],
  };
  const { findings, text } = only(spec);
  assert.deepEqual(
    findings.map((f) => text.slice(f.span.start, f.span.end)),
    ['9.0%'],
  );
});

test("options rows widen a holder's denominator: 13d-3 lets x_i be up to n_i, so a lower percent is explained", () => {
  // O = 10,000,000: A holds 1,000,000 of which up to all may be options: 9.09%-10.0% is admissible.
  const spec: TableSpec = {
    title: 'Beneficial Ownership',
    columns: [['Name'], ['Shares'], ['% of Class']],
    rows: [
      ['A', '1,000,000', '9.1%'],
      ['B', '500,000', '5.0%'],
      ['C', '200,000', '2.0%'],
    ],
  };
  assert.deepEqual(only(spec).findings, []);
});

test('a table with one percent and no stated count is inconclusive, never flagged', () => {
  const spec: TableSpec = {
    title: 'Beneficial Ownership',
    columns: [['Name'], ['Shares'], ['% of Class']],
    rows: [['A', '1,000,000', '55.0%']],
  };
  const r = only(spec);
  assert.deepEqual(r.findings, []);
  assert.equal(r.tableChecks.find((c) => c.ruleId === 'percent-of-class')?.status, 'inconclusive');
});

test('rows disagreeing with no majority give no finding and an inconclusive check', () => {
  const spec: TableSpec = {
    title: 'Beneficial Ownership',
    columns: [['Name'], ['Shares'], ['% of Class']],
    rows: [
      ['A', '1,000,000', '10.0%'],
      ['B', '1,000,000', '20.0%'],
      ['C', '1,000,000', '40.0%'],
    ],
  };
  const r = only(spec);
  assert.deepEqual(r.findings, []);
  assert.match(r.tableChecks.find((c) => c.ruleId === 'percent-of-class')?.reason ?? '', /disagree/);
});

test('before and after columns of a primary offering may each have their own O', () => {
  const spec: TableSpec = {
    title: 'Principal Stockholders',
    columns: [
      ['Name'],
      ['Before the Offering', 'Shares'],
      ['Before the Offering', 'Percent'],
      ['After the Offering', 'Shares'],
      ['After the Offering', 'Percent'],
    ],
    rows: [
      ['A', '1,000,000', '10.0%', '1,000,000', '5.0%'],
      ['B', '500,000', '5.0%', '500,000', '2.5%'],
      ['C', '200,000', '2.0%', '200,000', '1.0%'],
    ],
  };
  assert.deepEqual(only(spec).findings, []);
});

test("a '% of Class' column is ownership even under a band that says 'Percent of Total Outstanding'", () => {
  const spec: TableSpec = {
    title: 'Directors and senior management',
    columns: [
      ['Name'],
      ['Number of Common Shares Owned and Percent of Total Outstanding Common Shares', '# of Shares'],
      ['Number of Common Shares Owned and Percent of Total Outstanding Common Shares', '% of Class'],
    ],
    rows: [
      ['Dana Wheeler', '1,350,000', '2.6%'],
      ['Douglas Smith', '750,000', '4.1%'],
    ],
    statedOutstanding: 52_532_596,
  };
  const { findings } = only(spec);
  assert.deepEqual(
    findings.map((f) => f.actual),
    ['4.1%'],
  );
});

test('each checked percent carries its arithmetic for hovers: shares over O + x, where O came from, the interval', () => {
  const { analysis, text } = analysisOf(seedTable());
  const { checkedCells } = runRules(analysis, {});
  const cell = checkedCells.find(
    (c) => c.ruleId === 'percent-of-class' && text.slice(c.span.start, c.span.end) === '1.42%',
  );
  assert.equal(
    cell?.note,
    '101,700 / (O + x), 0 ≤ x ≤ 101,700, O 7,053,628–7,187,314 (inferred from 2 of 2 rows): 1.395%–1.442%',
  );
});

test('a count stated for before the offering does not condemn a whole after-offering column that agrees on its own O', () => {
  const spec: TableSpec = {
    title: 'Principal Stockholders',
    columns: [
      ['Name'],
      ['Before the Offering', 'Shares'],
      ['Before the Offering', 'Percent'],
      ['After the Offering', 'Shares'],
      ['After the Offering', 'Percent'],
    ],
    rows: [
      ['A', '1,000,000', '10.0%', '1,000,000', '8.0%'],
      ['B', '500,000', '5.0%', '500,000', '4.0%'],
      ['C', '200,000', '2.0%', '200,000', '9.6%'],
    ],
    statedOutstanding: 10_000_000,
  };
  // After the offering O = 12,500,000 from A and B; C's 9.6% is the misprint (1.6%).
  assert.deepEqual(
    only(spec).findings.map((f) => f.actual),
    ['9.6%'],
  );
  spec.rows[2][4] = '1.6%';
  assert.deepEqual(only(spec).findings, []);
});

test('a finding leads with a one-line headline and keeps the whole arithmetic in its detail', () => {
  const [f] = only(seedTable('2.42%')).findings;
  assert.equal(f.message, '2.42% of class, but 101,700 shares are 1.393%–1.442% of the outstanding count');
  assert.ok(!f.message.includes('\n') && f.message.length < 100, 'the headline fits one line of the Problems panel');
  assert.match(
    f.detail ?? '',
    /101,700 \/ \(O \+ x\) for 0 ≤ x ≤ 101,700 is 1\.393%–1\.442%; 2\.42% stands for 2\.415%–2\.425%/,
  );
});

test("a percent-of-class column printed without '%' (its meaning says ownership) is checked as percents", () => {
  const ownership = { kind: 'ownership' as const };
  const spec: TableSpec = {
    title: 'Security Ownership of Certain Beneficial Owners',
    columns: [
      ['Name'],
      ['Amount and Nature of Beneficial Ownership'],
      { path: ['Percent of Class'], meaning: ownership },
    ],
    rows: [
      ['FMR', '20,869,711', '10.9'],
      ['Massachusetts Financial Services', '16,370,584', '8.5'],
      ['The Equitable', '13,541,865', '7.1'],
    ],
    statedOutstanding: 192_172_839,
  };
  const { findings, text } = only(spec);
  assert.deepEqual(
    findings.map((f) => text.slice(f.span.start, f.span.end)),
    ['7.1'],
    '10.9 and 8.5 agree; 7.1 needs 7.05',
  );
  const plain: TableSpec = {
    ...spec,
    columns: [['Name'], ['Amount and Nature of Beneficial Ownership'], ['Percent of Class']],
  };
  assert.deepEqual(only(plain).findings, [], 'without a meaning, bare numbers are not read as percents');
});
