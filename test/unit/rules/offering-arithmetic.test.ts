import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../../src/rules/index';
import { analysisOf, seedTable } from './fixture';

const run = (after: string) => {
  const spec = seedTable();
  spec.rows[0][4] = after;
  const { analysis, text } = analysisOf(spec);
  const r = runRules(analysis, { rules: { 'percent-of-class': 'off' } });
  return { text, findings: r.findings.filter((f) => f.ruleId === 'offering-arithmetic'), checks: r.tableChecks };
};

test('the seed adds up: 101,700 - 20,000 = 81,700 and 26,500 - 14,000 = 12,500', () => {
  const r = run('81,700');
  assert.deepEqual(r.findings, []);
  assert.equal(r.checks.find((c) => c.ruleId === 'offering-arithmetic')?.status, 'checked');
});

test('flags shares after the offering that are not shares before less shares offered, with the fix', () => {
  const r = run('71,700');
  assert.equal(r.findings.length, 1);
  const f = r.findings[0];
  assert.equal(r.text.slice(f.span.start, f.span.end), '71,700');
  assert.equal(f.expected, '81,700');
  assert.equal(f.fix?.text, '81,700');
  assert.equal(f.related.length, 2);
});

test('a dash after the offering means none, and is flagged only when shares remain', () => {
  assert.equal(run('—').findings.length, 1);
  const spec = seedTable();
  spec.rows[0][3] = '101,700';
  spec.rows[0][4] = '—';
  const { analysis } = analysisOf(spec);
  assert.deepEqual(
    runRules(analysis, {}).findings.filter((f) => f.ruleId === 'offering-arithmetic'),
    [],
  );
});

test('a table without an offered column is not checked by this rule', () => {
  const spec = seedTable();
  spec.columns.splice(3, 1);
  spec.rows = spec.rows.map((r) => r.filter((_c, i) => i !== 3));
  const { analysis } = analysisOf(spec);
  const r = runRules(analysis, {});
  assert.equal(
    r.tableChecks.some((c) => c.ruleId === 'offering-arithmetic'),
    false,
  );
});
