import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSummary } from '../../../src/report/summary';
import { FIXTURE_TEXT, fixtureResult } from './fixture';

test('counts tables, checked tables, findings by rule and severity, and footnote resolution', () => {
  const s = buildSummary(fixtureResult(), FIXTURE_TEXT);
  assert.equal(s.title, 'ACME <b>HOLDINGS</b> INC');
  assert.equal(s.metadata.formType, '424B3');
  assert.deepEqual(
    { ...s.counts, byRule: undefined, inconclusiveReasons: undefined },
    {
      tables: 1,
      // percent-of-class checked the one table, offering-arithmetic could not: partly checked.
      checkedTables: 0,
      partlyTables: 1,
      inconclusiveTables: 0,
      inconclusiveReasons: undefined,
      findings: 1,
      bySeverity: { error: 0, warning: 1, info: 0 },
      byRule: undefined,
      footnotes: 3,
      footnotesReferenced: 2,
      footnotesUnreferenced: 1,
      references: 4,
      referencesUnresolved: 1,
      sections: 0,
    },
  );
  assert.deepEqual(s.counts.byRule, [{ ruleId: 'percent-of-class', count: 1 }]);
});

test('gives every finding, table and footnote its span and 0-based line and column', () => {
  const s = buildSummary(fixtureResult(), FIXTURE_TEXT);
  const f = s.findings[0];
  assert.equal(FIXTURE_TEXT.slice(f.loc.start, f.loc.end), '2.42%');
  assert.equal(f.loc.line, 5);
  assert.equal(f.loc.column, 'Jane Roe (2)\t101,700\t'.length);
  assert.deepEqual([f.actual, f.expected], ['2.42%', '1.40%-1.44%']);
  assert.equal(s.tables[0].loc.line, 4);
  assert.equal(s.tables[0].loc.endLine, 6);
  assert.deepEqual(
    s.footnotes.map((n) => [n.marker, n.loc.line, n.references]),
    [
      ['*', 8, 2],
      ['(1)', 9, 1],
      ['(2)', 10, 0],
    ],
  );
});

test('describes each table by title, size and the checks that ran on it', () => {
  const [t] = buildSummary(fixtureResult(), FIXTURE_TEXT).tables;
  assert.equal(t.title, 'Selling <stockholders> & "friends"');
  // One rule checked it, another could not: partly checked.
  assert.deepEqual([t.rows, t.columns, t.status, t.findings], [2, 5, 'partly', 1]);
  assert.deepEqual(
    t.checks.map((c) => `${c.ruleId}:${c.status}`),
    ['percent-of-class:checked', 'offering-arithmetic:inconclusive'],
  );
});

test('calls a table inconclusive when rules applied but none had all its inputs', () => {
  const result = fixtureResult(false);
  result.tableChecks = [
    { tableId: 't0', ruleId: 'percent-of-class', status: 'inconclusive', reason: 'no shares column' },
  ];
  const s = buildSummary(result, FIXTURE_TEXT);
  assert.deepEqual([s.counts.checkedTables, s.counts.inconclusiveTables, s.tables[0].status], [0, 1, 'inconclusive']);
  assert.deepEqual(s.counts.inconclusiveReasons, [{ reason: 'no shares column', count: 1 }]);
});

test('charts % of class per holder for both offering columns, with "*" drawn as less than 1%', () => {
  const s = buildSummary(fixtureResult(), FIXTURE_TEXT);
  const chart = s.charts.find((c) => c.id === 'ownership');
  assert.ok(chart);
  assert.deepEqual(chart.series, ['Before Offering', 'After Offering']);
  assert.deepEqual(
    chart.groups.map((g) => g.values.map((v) => v.display)),
    [
      ['2.42%', '1.14%'],
      ['<1%', '<1%'],
    ],
  );
  assert.equal(FIXTURE_TEXT.slice(chart.groups[0].values[0].loc!.start, chart.groups[0].values[0].loc!.end), '2.42%');
});

test('charts findings per section only when findings fall in more than one section', () => {
  const one = fixtureResult();
  assert.ok(!buildSummary(one, FIXTURE_TEXT).charts.some((c) => c.id === 'findings-per-section'));
  const two = fixtureResult();
  two.analysis.sections = [
    {
      id: 's0',
      kind: 'heading',
      title: 'Top',
      level: 1,
      span: { start: 0, end: 4 },
      range: { start: 0, end: 40 },
      children: [],
    },
    {
      id: 's1',
      kind: 'heading',
      title: 'Notes',
      level: 1,
      span: { start: 40, end: 44 },
      range: { start: 40, end: FIXTURE_TEXT.length },
      children: [],
    },
  ];
  two.findings.push({ ...two.findings[0], span: { start: 1, end: 3 }, tableId: undefined });
  const chart = buildSummary(two, FIXTURE_TEXT).charts.find((c) => c.id === 'findings-per-section');
  assert.deepEqual(new Set(chart?.groups.map((g) => g.label)), new Set(['Top', 'Notes']));
});

test('draws no findings chart and no ownership chart when there is nothing to draw', () => {
  const result = fixtureResult(false);
  result.analysis.tables = [];
  result.analysis.footnotes = [];
  result.analysis.references = [];
  result.tableChecks = [];
  const s = buildSummary(result, FIXTURE_TEXT);
  assert.deepEqual([s.charts.length, s.counts.tables, s.counts.footnotes], [0, 0, 0]);
});

test('clamps spans that fall outside the text instead of throwing', () => {
  const result = fixtureResult();
  result.findings[0].span = { start: -5, end: 10 ** 9 };
  const f = buildSummary(result, FIXTURE_TEXT).findings[0];
  assert.deepEqual([f.loc.start, f.loc.end], [0, FIXTURE_TEXT.length]);
});

test('draws no ownership chart for a table of percents that is not about ownership', () => {
  const result = fixtureResult();
  const [table] = result.analysis.tables;
  table.title = 'Effective tax rate';
  table.columns = table.columns.map((c) => ({
    ...c,
    role: c.role === 'shares' ? 'amount' : c.role,
    path: [c.role === 'percent' ? 'Rate' : 'Amount'],
  }));
  assert.ok(!buildSummary(result, FIXTURE_TEXT).charts.some((c) => c.id === 'ownership'));
  table.title = 'Security Ownership of Certain Beneficial Owners';
  assert.ok(buildSummary(result, FIXTURE_TEXT).charts.some((c) => c.id === 'ownership'));
});
