import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../../src/rules/index';
import { analysisOf, seedTable, type TableSpec } from './fixture';

const findings = (spec: TableSpec) => {
  const { analysis, text } = analysisOf(spec);
  const r = runRules(analysis, {});
  return { text, checks: r.tableChecks, findings: r.findings.filter((f) => f.ruleId === 'less-than-one-percent') };
};

const table = (star: string, legend = true): TableSpec => ({
  title: 'Security Ownership of Certain Beneficial Owners and Management',
  columns: [['Name'], ['Shares Beneficially Owned'], ['Percent of Class']],
  rows: [
    ['A', '500,000', '5.0%'],
    ['B', '250,000', '2.5%'],
    ['C', '150,000', star],
  ],
  lessThanOneLegend: legend,
});

test("the seed's '*' rows (26,500 and 12,500 of about 7.1 million shares) stay silent", () => {
  assert.deepEqual(findings(seedTable()).findings, []);
});

test("flags a '*' on a holding that is at least 1% under every admissible shares-outstanding count", () => {
  // O = 10,000,000 from A and B; C holds 150,000: at least 150,000 / 10,150,000 = 1.48%.
  const r = findings(table('*'));
  assert.equal(r.findings.length, 1);
  assert.equal(r.text.slice(r.findings[0].span.start, r.findings[0].span.end), '*');
  assert.match(r.findings[0].message, /at least 1\.4\d%/);
});

test("a '*' on a holding under 1% is fine", () => {
  const spec = table('*');
  spec.rows[2][1] = '50,000';
  assert.deepEqual(findings(spec).findings, []);
});

test("flags a printed 0.5% where the table's legend says holdings under 1% are shown as '*', with '*' as the fix", () => {
  const spec = table('0.5%');
  spec.rows[2][1] = '50,000';
  const r = findings(spec);
  assert.equal(r.findings.length, 1);
  assert.equal(r.findings[0].actual, '0.5%');
  assert.equal(r.findings[0].fix?.text, '*');
});

test('a printed 0.5% without a "*" legend is not this rule\'s business', () => {
  const spec = table('0.5%', false);
  spec.rows[2][1] = '50,000';
  assert.deepEqual(findings(spec).findings, []);
});

test("a '*' with no shares-outstanding count to judge it by gives no finding and an inconclusive check", () => {
  const spec: TableSpec = {
    title: 'Beneficial Ownership',
    columns: [['Name'], ['Shares'], ['% of Class']],
    rows: [['A', '150,000', '*']],
    lessThanOneLegend: true,
  };
  const r = findings(spec);
  assert.deepEqual(r.findings, []);
  assert.equal(r.checks.find((c) => c.ruleId === 'less-than-one-percent')?.status, 'inconclusive');
});
