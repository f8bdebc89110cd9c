import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analyze';
import type { Analysis, ColumnMeaning, Table } from '../../../../src/core/model';
import { readCorpus } from '../../../corpusPaths';

// Golden meanings for the columns the by-eye audit of the column-meaning list found wrong
// (test/corpus/meaning-audit.md), one test per cause, each on the real table that showed it.
const cache = new Map<string, Analysis>();
const load = (file: string): Analysis => {
  let a = cache.get(file);
  if (!a) cache.set(file, (a = analyze(readCorpus(file), { uri: file })));
  return a;
};
const table = (file: string, pred: (t: Table) => boolean): Table => {
  const t = load(file).tables.find(pred);
  assert.ok(t, `a matching table in ${file}`);
  return t;
};
const meaning = (t: Table, i: number): ColumnMeaning => {
  const m = t.columns[i]?.meaning;
  assert.ok(m, `${t.id} column ${i} has a meaning`);
  return m;
};
const titled = (re: RegExp) => (t: Table) => re.test(t.title ?? '');

test("GM Cruise: a '$' slot under the change header does not hide the two quarters it compares", () => {
  const t = table('incoming/html/GeneralMotors_10-Q_2023.htm', titled(/^Cruise$/));
  assert.equal(t.columns[3].meaning!.kind, 'text');
  assert.deepEqual(meaning(t, 4).compares, [1, 2]);
  assert.deepEqual(meaning(t, 5).compares, [1, 2]);
  assert.deepEqual(meaning(t, 10).compares, [6, 7]);
});

test("GM International: a '$' slot between the two quarters' amounts does not end the run of amounts", () => {
  const t = table('incoming/html/GeneralMotors_10-Q_2023.htm', titled(/^GM International$/));
  assert.deepEqual(meaning(t, 4).compares, [1, 3]);
  assert.deepEqual(meaning(t, 6).compares, [1, 3]);
});

test('Colgate: a basis point change compares the two margins past the slots beside them', () => {
  const t = table('incoming/html/Colgate_10-K_2024.htm', (x) =>
    x.rows.some((r) =>
      /^Selling, general and administrative expenses as a percentage of Net sales, GAAP/.test(r.label),
    ),
  );
  const m = meaning(t, 5);
  assert.equal(m.kind, 'points-change');
  assert.deepEqual(m.compares, [1, 3]);
});

test('Comcast Media: a bare "%" column, its "Change" band not spread to it, is the change of the two quarters', () => {
  const t = table('incoming/html/Comcast_10-Q_2023.htm', titled(/^Media Segment Results of Operations$/));
  assert.deepEqual(t.columns[3].path, ['%']);
  const m = meaning(t, 3);
  assert.equal(m.kind, 'percent-change');
  assert.deepEqual(m.compares, [1, 2]);
  assert.deepEqual(meaning(t, 6).compares, [4, 5]);
});
