import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { footnoteUndefined } from '../../../src/rules/footnote-undefined';
import { cell, notes, spanOf, table } from '../core/footnotes/fixture';
import { analysisOf, run } from './footnote-fixture';
import { corpusUrl } from '../../corpusPaths';

const corpus = (p: string) => readFileSync(corpusUrl(p), 'utf8');

function seedAnalysis(mutate = (s: string) => s) {
  const text = mutate(corpus('seed/000_e04a9582158dea8b.txt'));
  const top = text.indexOf('Name\tShares');
  const r0 = text.indexOf('Shipman');
  const r1 = text.indexOf('Trust u/a');
  const header = [cell(text, 'Following the Offering(2)', top), cell(text, '% of Class(1)', top)];
  const label0 = text.slice(r0, text.indexOf('\t', r0));
  const label1 = text.slice(r1, text.indexOf('\t', r1));
  const rows = [
    [cell(text, label0, r0), cell(text, '1.42%', r0)],
    [
      cell(text, label1, r1),
      cell(text, '*', r1, 'less-than-one'),
      cell(text, '*', text.indexOf('12,500'), 'less-than-one'),
    ],
  ];
  const end = text.indexOf('\n', text.indexOf('12,500'));
  const t = table('t0', { start: top, end }, header, rows, { lessThanOneLegend: true });
  return { text, analysis: analysisOf(text, [t], notes(text, ['*', '(1)', '(2)', '(3)', '(4)'], end)) };
}

test('stays quiet on the seed, where every marker has its note', () => {
  const { findings, tableChecks } = run(footnoteUndefined, seedAnalysis().analysis);
  assert.deepEqual(findings, []);
  assert.deepEqual(
    tableChecks.map((c) => c.status),
    ['checked'],
  );
});

test("flags a holder marker (5) when the table's notes stop at (4)", () => {
  const { text, analysis } = seedAnalysis((s) => s.replace('et al. (4)', 'et al. (5)'));
  const { findings } = run(footnoteUndefined, analysis);
  assert.equal(findings.length, 1);
  assert.equal(text.slice(findings[0].span.start, findings[0].span.end), '(5)');
  assert.match(findings[0].message, /\(5\) has no footnote: the notes of this table are \*, \(1\), \(2\), \(3\)/);
  assert.equal(findings[0].severity, 'warning');
});

test('does not flag a letter marker beside numbered notes, nor markers of a table whose notes were not found', () => {
  const { analysis } = seedAnalysis((s) => s.replace('et al. (4)', 'et al. (b)'));
  assert.deepEqual(run(footnoteUndefined, analysis).findings, []);
  const text = 'H\tV(7)\nz\t3\n';
  const t = table('t0', spanOf(text, 'H\tV(7)\nz\t3'), [cell(text, 'V(7)')], [[cell(text, 'z')]]);
  const result = run(footnoteUndefined, analysisOf(text, [t], []));
  assert.deepEqual(result.findings, []);
  assert.equal(result.tableChecks[0].status, 'inconclusive');
});

test('does not flag a * cell when the table has a less-than-1% legend but no * note was read', () => {
  const { analysis } = seedAnalysis();
  analysis.footnotes.splice(0, 1);
  for (const r of analysis.references) if (r.key === '*') delete r.footnoteId;
  assert.deepEqual(run(footnoteUndefined, analysis).findings, []);
});
