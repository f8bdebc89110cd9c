import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../../src/rules/index';
import { NO_MEANING } from '../../../src/rules/shared/meaning';
import { amountColumn, analysisOf, changeColumn, type ColumnSpec, type TableSpec } from './fixture';

const run = (spec: TableSpec) => {
  const { analysis, text } = analysisOf(spec);
  const r = runRules(analysis, {});
  return {
    text,
    check: r.tableChecks.find((c) => c.ruleId === 'percent-change'),
    checked: r.checkedCells.filter((c) => c.ruleId === 'percent-change'),
    findings: r.findings.filter((f) => f.ruleId === 'percent-change'),
  };
};

/** Label | 2024 | 2023 | change column, one row per [label, current, comparator, change]. */
const simple = (change: ColumnSpec, rows: string[][]): TableSpec => ({
  title: 'Results of Operations',
  columns: [[''], amountColumn('2024'), amountColumn('2023'), change],
  rows,
});

test('compares exactly the two columns the meaning names: 2024 against 2022, not the adjacent 2023', () => {
  const spec = (printed: string): TableSpec => ({
    title: 'Results of Operations',
    columns: [
      [''],
      amountColumn('2024'),
      amountColumn('2023'),
      amountColumn('2022'),
      changeColumn('2024 vs. 2022', [1, 3]),
    ],
    rows: [['Revenue', '1,200', '1,100', '1,000', printed]],
  });
  const ok = run(spec('20.0%'));
  assert.deepEqual(ok.findings, []);
  assert.equal(ok.checked.length, 1);
  assert.equal(ok.check?.status, 'checked');
  // 9.1% is 2024 against 2023: right for the neighbours, wrong for the pair the column names.
  assert.deepEqual(
    run(spec('9.1%')).findings.map((f) => f.actual),
    ['9.1%'],
  );
});

test('no meaning, no check: a misprinted change under a bare "% Change" header is inconclusive, not a finding', () => {
  const r = run(simple(['% Change'], [['Revenue', '1,100', '1,000', '55.0%']]));
  assert.deepEqual(r.findings, []);
  assert.equal(r.checked.length, 0);
  assert.deepEqual([r.check?.status, r.check?.reason], ['inconclusive', NO_MEANING]);
});

test('a change column whose compared columns the reader could not find is inconclusive with its reason', () => {
  const r = run(
    simple(changeColumn('% Change', null, { why: 'two comparator candidates: 2023 and Q1 2024' }), [
      ['Revenue', '1,100', '1,000', '55.0%'],
    ]),
  );
  assert.deepEqual(r.findings, []);
  assert.deepEqual([r.check?.status, r.check?.reason], ['inconclusive', 'two comparator candidates: 2023 and Q1 2024']);
});

test('a constant-currency change of reported amounts is skipped with its reason; the reported one beside it is checked', () => {
  const spec = (reported: string): TableSpec => ({
    title: 'Segment revenue',
    columns: [
      [''],
      amountColumn('2024'),
      amountColumn('2023'),
      changeColumn('% Change', [1, 2]),
      changeColumn('Constant Currency % Change', [1, 2], { basis: 'constant-currency' }),
    ],
    rows: [['Revenue', '1,100', '1,000', reported, '14.0%']],
  });
  const ok = run(spec('10.0%'));
  assert.deepEqual(ok.findings, []);
  assert.equal(ok.checked.length, 1, 'only the reported change');
  // Partly checked: the reported change was checked, the constant-currency one skipped with its reason.
  assert.deepEqual(
    [ok.check?.status, ok.check?.skipped],
    ['checked', 'change at constant currency: not derivable from reported amounts'],
  );
  assert.deepEqual(
    run(spec('14.0%')).findings.map((f) => f.actual),
    ['14.0%'],
  );
});

test('a constant-currency change is checked when the table prints both amounts at constant currency', () => {
  const cc = { basis: 'constant-currency' as const };
  const spec = (printed: string): TableSpec => ({
    title: 'Revenue at constant currency',
    columns: [
      [''],
      amountColumn('2024 at constant currency', cc),
      amountColumn('2023', cc),
      changeColumn('% Change', [1, 2], cc),
    ],
    rows: [['Revenue', '1,140', '1,000', printed]],
  });
  assert.deepEqual(run(spec('14.0%')).findings, []);
  assert.equal(run(spec('14.0%')).check?.status, 'checked');
  assert.equal(run(spec('10.0%')).findings.length, 1);
});

test('better/(worse): an expense rising from 240 to 300 may print (25)% or 25%; 20% is still a misprint', () => {
  const bw = (printed: string) =>
    simple(changeColumn('Better/(Worse)', [1, 2], { sign: 'better-worse' }), [
      ['Revenue', '1,100', '1,000', '10%'],
      ['Operating expenses', '300', '240', printed],
    ]);
  assert.deepEqual(run(bw('(25)%')).findings, []);
  assert.deepEqual(run(bw('25%')).findings, []);
  assert.deepEqual(
    run(bw('20%')).findings.map((f) => f.actual),
    ['20%'],
  );
  // Without the better/(worse) meaning the sign counts: (25)% for a rise is a sign slip.
  assert.equal(
    run(simple(changeColumn('% Change', [1, 2]), [['Operating expenses', '300', '240', '(25)%']])).findings.length,
    1,
  );
});

test('a negative comparator or opposite-signed periods: the signed or the absolute prior value; zero is not meaningful', () => {
  const spec = (rows: string[][]) => simple(changeColumn('% Change', [1, 2]), rows);
  // (100) against (200): +50% over |-200|, or -50% over -200 (the loss's size fell by half).
  assert.deepEqual(
    run(
      spec([
        ['Net loss', '(100)', '(200)', '50%'],
        ['Other loss', '(100)', '(200)', '(50)%'],
      ]),
    ).findings,
    [],
  );
  // 50 against (100): +150% over |-100|, -150% over -100.
  assert.deepEqual(
    run(
      spec([
        ['Net income (loss)', '50', '(100)', '150%'],
        ['Other', '50', '(100)', '(150)%'],
      ]),
    ).findings,
    [],
  );
  assert.equal(run(spec([['Net income (loss)', '50', '(100)', '75%']])).findings.length, 1);
  const zero = run(spec([['New line', '50', '0', '100%']]));
  assert.deepEqual(zero.findings, []);
  assert.equal(zero.checked.length, 0, 'a zero comparator is not meaningful');
});

test('points changes are differences of two percents: 35.2% against 33.1% is 2.1 pts, 210 bps', () => {
  const pts = (label: string, printed: string): TableSpec => ({
    title: 'Margins',
    columns: [
      [''],
      amountColumn('2024'),
      amountColumn('2023'),
      { path: [label], meaning: { kind: 'points-change', compares: [1, 2] } },
    ],
    rows: [['Gross margin', '35.2%', '33.1%', printed]],
  });
  assert.deepEqual(run(pts('Change (pts)', '2.1')).findings, []);
  assert.deepEqual(run(pts('Change (bps)', '210')).findings, []);
  assert.deepEqual(run(pts('Change', '210 bps')).findings, [], 'the unit printed in the cell');
  const r = run(pts('Change (pts)', '2.5'));
  assert.equal(r.findings.length, 1);
  assert.equal(r.findings[0].message, '2.5 pts change, but 35.2% vs 33.1% is 2.00 pts–2.20 pts');
  assert.equal(run(pts('Change (bps)', '250')).findings.length, 1);
});

test('marginal cases stay findings: 146.4% for 2,140 against 870 (at most 146.2%), 13.5% for 131 against 114', () => {
  const spec = (rows: string[][]) => simple(changeColumn('% Change', [1, 2]), rows);
  assert.deepEqual(
    run(
      spec([
        ['Services', '2,140', '870', '146.0%'],
        ['Other', '131', '114', '14.9%'],
      ]),
    ).findings,
    [],
  );
  const r = run(
    spec([
      ['Services', '2,140', '870', '146.4%'],
      ['Other', '131', '114', '13.5%'],
    ]),
  );
  assert.deepEqual(
    r.findings.map((f) => f.actual),
    ['146.4%', '13.5%'],
  );
  assert.equal(r.findings[0].expected, '145.8%–146.2%');
});

test('the headline is one short line; the whole arithmetic is in the detail and the related cells', () => {
  const r = run(simple(changeColumn('% Change', [1, 2]), [['Other', '131', '114', '13.5%']]));
  const [f] = r.findings;
  assert.equal(f.message, '13.5% change, but 131 vs 114 is 13.97%–15.86%');
  assert.ok(!f.message.includes('\n'));
  assert.match(f.detail ?? '', /\(131 − 114\) \/ 114 = 13\.97%–15\.86% with 131 and 114 widened by their rounding/);
  assert.match(f.detail ?? '', /current '2024', comparator '2023'/);
  assert.deepEqual(
    f.related.map((x) => r.text.slice(x.span.start, x.span.end)),
    ['131', '114'],
  );
  assert.equal(f.fix, undefined, 'no single value: 14.0% to 15.9% all fit');
});

test('an amount change (Increase (Decrease)) is current minus comparator', () => {
  const spec = (printed: string) =>
    simple({ path: ['Increase (Decrease)'], meaning: { kind: 'amount', compares: [1, 2] } }, [
      ['Revenue', '1,100', '1,000', '100'],
      ['Costs', '900', '1,000', printed],
    ]);
  assert.deepEqual(run(spec('(100)')).findings, []);
  assert.deepEqual(
    run(spec('100')).findings.map((f) => f.message),
    ['100 change, but 900 − 1,000 is -101.0–-99.0'],
  );
});

test('NM, n/a and -- cells are skipped', () => {
  const r = run(
    simple(changeColumn('% Change', [1, 2]), [
      ['A', '100', '--', 'NM'],
      ['B', '100', '50', 'n/a'],
    ]),
  );
  assert.deepEqual(r.findings, []);
  assert.equal(r.checked.length, 0);
});

test("a '280bps' row under a '% Change' header is a points change of its two percents, not a percent change", () => {
  const spec = (printed: string) =>
    simple(changeColumn('% Change', [1, 2]), [
      ['Net sales', '$3,925', '$3,816', '2.9%'],
      ['% of Net sales', '22.7%', '19.9%', printed],
    ]);
  assert.deepEqual(run(spec('280bps')).findings, [], "Colgate's North America row, as rendered to text");
  const wrong = run(spec('250bps')).findings;
  assert.equal(wrong.length, 1);
  assert.equal(wrong[0].message, '250bps change, but 22.7% vs 19.9% is 270.0 bps–290.0 bps');
});
