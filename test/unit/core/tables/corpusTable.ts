import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analyze';
import type { Analysis, ColumnMeaning, Table } from '../../../../src/core/model';
import { readCorpus } from '../../../corpusPaths';

// A corpus filing analysed once per test file run, and its first table matching a predicate (found by header
// words or title, never by index), for golden tests on real tables.
const cache = new Map<string, Analysis>();

export function corpusTable(file: string, pred: (t: Table) => boolean): Table {
  let a = cache.get(file);
  if (!a) cache.set(file, (a = analyze(readCorpus(file), { uri: file })));
  const t = a.tables.find(pred);
  assert.ok(t, `a matching table in ${file}`);
  return t;
}

/** A column's meaning, asserted present (golden tests read it by column index). */
export function meaning(t: Table, i: number): ColumnMeaning {
  const m = t.columns[i]?.meaning;
  assert.ok(m, `${t.id} column ${i} has a meaning`);
  return m;
}
