import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyze } from '../../src/core/analyze';
import type { Column, Table } from '../../src/core/model';
import { CORPUS_DIR, readCorpus } from '../corpusPaths';

/**
 * Every column of every corpus table holding a percent cell, with its meaning. Set FILING_LENS_PRINT_MEANINGS=1
 * to print the whole list (read by eye once: test/corpus/meaning-audit.md). At most 5% may be unknown.
 */
const files: string[] = [];
const walk = (dir: string): void => {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.(txt|htm|html|md)$/i.test(name)) files.push(relative(CORPUS_DIR, p));
  }
};
walk(CORPUS_DIR);

const line = (file: string, t: Table, c: Column): string => {
  const m = c.meaning!;
  const p = m.period ? ` ${m.period.months ?? '?'}m ${m.period.end ?? m.period.label ?? ''}` : '';
  const extra = [m.basis !== 'reported' ? m.basis : '', m.sign ?? '', m.compares ? `compares ${m.compares.join(' vs ')}` : '', m.shareOf ? `of col ${m.shareOf.column} row ${m.shareOf.row ?? '-'}` : '', m.why ? `(${m.why})` : '']
    .filter(Boolean)
    .join(' ');
  return `${file} ${t.id}[${c.index}] ${m.kind}${p} ${extra} <- ${c.path.join(' / ')}`;
};

test('nearly every column of a corpus table holding a percent says what it measures (at most 5% unknown)', () => {
  let total = 0;
  let unknown = 0;
  const out: string[] = [];
  for (const file of files) {
    const a = analyze(readCorpus(file), { uri: file });
    for (const t of a.tables) {
      if (!t.rows.some((r) => r.cells.some((x) => x.value.kind === 'percent'))) continue;
      for (const c of t.columns) {
        assert.ok(c.meaning, `${file} ${t.id}[${c.index}] has a meaning`);
        if (c.role === 'label') continue;
        total++;
        if (c.meaning.kind === 'unknown') unknown++;
        out.push(line(file, t, c));
      }
    }
  }
  if (process.env.FILING_LENS_PRINT_MEANINGS) console.log(out.join('\n'));
  const share = unknown / total;
  console.log(`column meanings: ${total} columns in tables holding a percent, ${unknown} unknown (${(share * 100).toFixed(1)}%)`);
  assert.ok(total > 1000, 'the corpus has percent tables');
  assert.ok(share <= 0.05, `${(share * 100).toFixed(1)}% of columns are unknown`);
});
