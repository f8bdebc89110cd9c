import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../../src/rules/index';
import type { OutstandingCandidate } from '../../../src/core/model';
import { analysisOf, type TableSpec } from './fixture';

const TITLE = 'Security Ownership of Certain Beneficial Owners and Management';

function run(spec: TableSpec, setup: (t: ReturnType<typeof analysisOf>['analysis']['tables'][0]) => void = () => {}) {
  const { analysis, text } = analysisOf(spec);
  setup(analysis.tables[0]);
  const r = runRules(analysis, {});
  const of = (id: string) => r.findings.filter((f) => f.ruleId === id);
  return {
    text,
    checks: r.tableChecks,
    cells: r.checkedCells,
    pc: of('percent-of-class'),
    lt: of('less-than-one-percent'),
  };
}

const statement = (
  value: number,
  scope: OutstandingCandidate['scope'],
  className = 'common',
  date = '1997-03-03',
): OutstandingCandidate => ({
  value,
  span: { start: 0, end: 1 },
  scope,
  className,
  date,
  text: `there were ${value} shares outstanding`,
});

const oneRow = (percent: string, starShares = '50,000'): TableSpec => ({
  title: TITLE,
  columns: [['Name'], ['Shares Beneficially Owned'], ['Percent of Class']],
  rows: [
    ['A', '500,000', percent],
    ['B', starShares, '*'],
  ],
  lessThanOneLegend: true,
});

test('a table with one percent and no count anywhere stays inconclusive', () => {
  const r = run(oneRow('5.0%'));
  assert.equal(r.checks.find((c) => c.ruleId === 'percent-of-class')?.status, 'inconclusive');
});

test("a count stated in the table's section decides when its notes state none, and the checked info says so", () => {
  const r = run(oneRow('5.0%'), (t) => (t.outstandingCandidates = [statement(10_000_000, 'section')]));
  const check = r.checks.find((c) => c.ruleId === 'percent-of-class');
  assert.equal(check?.status, 'checked');
  assert.match(check?.reason ?? '', /10,000,000 stated in the table's section, as of 1997-03-03/);
  assert.deepEqual(r.pc, []);
});

test('a count from the section that explains no printed percent is another date or class: silent, never a finding', () => {
  const r = run(oneRow('6.0%'), (t) => (t.outstandingCandidates = [statement(10_000_000, 'section')]));
  assert.deepEqual(r.pc, []);
});

test("the notes' count wins over the section's and the document's, and a far count of another class is never used", () => {
  const spec: TableSpec = {
    ...oneRow('5.0%'),
    rows: [
      ['A', '500,000', '5.0%'],
      ['B', '250,000', '2.5%'],
      ['C', '150,000', '3.9%'],
    ],
  };
  const r = run(
    spec,
    (t) =>
      (t.outstandingCandidates = [
        statement(10_000_000, 'notes'),
        statement(5_000_000, 'section'),
        statement(20_000_000, 'document'),
      ]),
  );
  assert.equal(r.pc.length, 1, 'C at 3.9% of 10,000,000 (1.48%-1.50%) is the one finding');
  assert.match(r.pc[0].detail ?? '', /stated in the table's notes, as of 1997-03-03/);
  const other = run(oneRow('5.0%'), (t) => (t.outstandingCandidates = [statement(10_000_000, 'document', 'class b')]));
  assert.equal(other.checks.find((c) => c.ruleId === 'percent-of-class')?.status, 'inconclusive');
});

test("a '*' checked against a document-scope count of its class, said in the hover note", () => {
  const r = run(oneRow('5.0%', '150,000'), (t) => (t.outstandingCandidates = [statement(10_000_000, 'document')]));
  assert.equal(r.lt.length, 1, '150,000 of 10,000,000 is at least 1.48%');
  assert.match(r.lt[0].detail ?? '', /stated elsewhere in the document/);
});

test("a legend '* less than 0.1%' sets the threshold: a '*' on 0.5% is flagged, a printed 0.5% is fine, a printed 0.05% is not", () => {
  const spec = (pct: string): TableSpec => ({
    title: TITLE,
    columns: [['Name'], ['Shares Beneficially Owned'], ['Percent of Class']],
    rows: [
      ['A', '500,000', '5.0%'],
      ['B', '250,000', '2.5%'],
      ['C', '50,000', pct],
    ],
    lessThanOneLegend: true,
  });
  const star = run(spec('*'), (t) => (t.lessThanThreshold = 0.1));
  assert.equal(star.lt.length, 1);
  assert.match(star.lt[0].message, /less than 0\.1%/);
  assert.deepEqual(run(spec('*')).lt, [], 'with the 1% legend the same star is fine');
  assert.deepEqual(run(spec('0.50%'), (t) => (t.lessThanThreshold = 0.1)).lt, []);
  const small = {
    ...spec('0.05%'),
    rows: [
      ['A', '500,000', '5.0%'],
      ['B', '250,000', '2.5%'],
      ['C', '5,000', '0.05%'],
    ],
  };
  assert.equal(run(small, (t) => (t.lessThanThreshold = 0.1)).lt.length, 1);
});

test('a voting-power column is not % of class: the table is inconclusive with the reason, its cells unchecked', () => {
  const spec: TableSpec = {
    title: TITLE,
    columns: [['Name'], ['Shares Beneficially Owned'], ['% of Total Voting Power']],
    rows: [
      ['A', '500,000', '50.0%'],
      ['B', '250,000', '2.5%'],
    ],
  };
  const r = run(spec);
  const check = r.checks.find((c) => c.ruleId === 'percent-of-class');
  assert.equal(check?.status, 'inconclusive');
  assert.match(check?.reason ?? '', /voting power, not % of class/);
  assert.deepEqual(r.pc, []);
});

test('where the notes leave acquirable shares out, x = 0: 1,000,000 of 10,000,000 must print 10.0%, so 9.1% is flagged', () => {
  const spec: TableSpec = {
    title: TITLE,
    columns: [['Name'], ['Shares Beneficially Owned'], ['Percent of Class']],
    rows: [
      ['A', '1,000,000', '9.1%'],
      ['B', '500,000', '5.0%'],
    ],
  };
  const notes = (t: Parameters<Parameters<typeof run>[1] & object>[0]) =>
    (t.outstandingCandidates = [statement(10_000_000, 'notes')]);
  assert.deepEqual(
    run(spec, notes).pc,
    [],
    '1,000,000 / (10,000,000 + x) reaches 9.1% with x = 1,000,000 (Rule 13d-3)',
  );
  const r = run(spec, (t) => {
    notes(t);
    t.acquirableExcluded = { start: 0, end: 1 };
  });
  assert.equal(r.pc.length, 1);
  assert.match(r.pc[0].detail ?? '', /x = 0/);
});

test("a column whose meaning is a share of a total is no % of class, whatever 'outstanding' its header says", () => {
  const spec: TableSpec = {
    columns: [
      ['Year'],
      ['Balances Delinquent 60 Days and More', 'Gross Amount'],
      { path: ['Balances Delinquent 60 Days and More', '% of Outstandings'], meaning: { kind: 'share' } },
    ],
    rows: [
      ['1993', '380', '1.85%'],
      ['1992', '359', '2.00%'],
      ['1991', '422', '1.65%'],
    ],
  };
  const r = run(spec);
  assert.equal(
    r.checks.find((c) => c.ruleId === 'percent-of-class'),
    undefined,
  );
  assert.deepEqual(r.pc, []);
});
