import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analyze';
import type { Analysis, Table } from '../../../../src/core/model';
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
