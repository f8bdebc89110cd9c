import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Analysis } from '../../../src/core/model';
import { LineIndex } from '../../../src/core/lineIndex';
import { definitionAt, positionIndex, referencesAt } from '../../../src/features/positionIndex';
import { hoverAt } from '../../../src/features/hoverContent';
import { cell, notes, table } from '../core/footnotes/fixture';
import { analysisOf } from '../rules/footnote-fixture';
import { corpusUrl } from '../../corpusPaths';

const corpus = (p: string) => readFileSync(corpusUrl(p), 'utf8');

/** The seed with a hand-built table (numbers typed) and its footnotes resolved. */
function seed(): { text: string; analysis: Analysis } {
  const text = corpus('seed/000_e04a9582158dea8b.txt');
  const top = text.indexOf('Name\tShares');
  const r0 = text.indexOf('Shipman');
  const r1 = text.indexOf('Trust u/a');
  const header = [
    cell(text, 'Name', top),
    cell(text, 'Number', top),
    cell(text, '% of Class(1)', top),
    cell(text, 'Number of Shares', top),
    cell(text, 'Number', text.indexOf('% of Class(1)')),
    cell(text, '% of Class', text.indexOf('% of Class(1)') + 5),
  ];
  const num = (needle: string, from: number, value: number) => ({
    ...cell(text, needle, from, 'number'),
    value: { kind: 'number' as const, value, decimals: 0 },
  });
  const pc = (needle: string, from: number, value: number) => ({
    ...cell(text, needle, from, 'percent'),
    value: { kind: 'percent' as const, value, decimals: 2 },
  });
  const star = (from: number) => ({
    ...cell(text, '*', from, 'less-than-one'),
    value: { kind: 'less-than-one' as const },
  });
  const label0 = text.slice(r0, text.indexOf('\t', r0));
  const label1 = text.slice(r1, text.indexOf('\t', r1));
  const rows = [
    [
      cell(text, label0, r0),
      num('101,700', r0, 101700),
      pc('1.42%', r0, 1.42),
      num('20,000', r0, 20000),
      num('81,700', r0, 81700),
      pc('1.14%', r0, 1.14),
    ],
    [
      cell(text, label1, r1),
      num('26,500', r1, 26500),
      star(r1),
      num('14,000', r1, 14000),
      num('12,500', r1, 12500),
      star(text.indexOf('12,500')),
    ],
  ];
  const t = table('t0', { start: top, end: text.indexOf('\n', text.indexOf('12,500')) }, header, rows, {
    lessThanOneLegend: true,
    title: 'Selling Stockholders',
  });
  t.columns = t.columns.map((c, i) => ({
    ...c,
    path: [
      ['Name'],
      ['Before Offering', 'Number'],
      ['Before Offering', '% of Class'],
      ['Number of Shares Offered'],
      ['Following the Offering', 'Number'],
      ['Following the Offering', '% of Class'],
    ][i],
    role: (['label', 'shares', 'percent', 'shares', 'shares', 'percent'] as const)[i],
  }));
  return { text, analysis: analysisOf(text, [t], notes(text, ['*', '(1)', '(2)', '(3)', '(4)'], t.span.end)) };
}

test("goes from a holder's marker (3) to footnote (3) and back from the footnote to every marker", () => {
  const { text, analysis } = seed();
  const at = text.indexOf('Betts (3)') + 'Betts ('.length;
  const def = definitionAt(analysis, at)!;
  assert.equal(text.slice(def.start, def.end), '(3)');
  assert.ok(text.slice(def.start).startsWith('(3) James T. Betts has investment'));
  const refs = referencesAt(analysis, def.start, false);
  assert.deepEqual(
    refs.map((s) => text.slice(s.start, s.end)),
    ['(3)'],
  );
  const stars = referencesAt(analysis, text.indexOf('* Represents'), true);
  assert.deepEqual(
    stars.map((s) => text.slice(s.start, s.end)),
    ['*', '*', '*'],
  );
});

test('shows the footnote text, its marker and its line on hover over a header marker, with the column path', () => {
  const { text, analysis } = seed();
  const lines = new LineIndex(text);
  const offset = text.indexOf('% of Class(1)') + '% of Class('.length;
  const hover = hoverAt({ analysis, findings: [], offset, tolerance: 1, lineOf: (o) => lines.position(o).line })!;
  assert.match(
    hover.markdown,
    /^\*\*Footnote `\(1\)`\*\*, defined on line \d+, below the table “Selling Stockholders”/,
  );
  assert.match(hover.markdown, /For the purposes of calculating the percent of class/);
  assert.match(hover.markdown, /Column: Before Offering › % of Class/);
  assert.equal(text.slice(hover.span.start, hover.span.end), '(1)');
});

test('shows the arithmetic the ownership rule used on hover over a percent cell', () => {
  const { text, analysis } = seed();
  const lines = new LineIndex(text);
  const hover = hoverAt({
    analysis,
    findings: [],
    offset: text.indexOf('1.42%') + 1,
    tolerance: 1,
    lineOf: (o) => lines.position(o).line,
  })!;
  assert.match(hover.markdown, /Before Offering › % of Class/);
  assert.match(hover.markdown, /`101,700 \/ [\d,]+–[\d,]+ = [\d.]+%–[\d.]+%`/);
  assert.match(hover.markdown, /inferred: the count that explains 2 of 2 rows/);
  assert.match(hover.markdown, /Printed 1\.42% stands for 1\.415%–1\.425%: consistent/);
});

test('answers nothing on plain prose and does not crash on an empty analysis', () => {
  const { text, analysis } = seed();
  assert.equal(
    hoverAt({
      analysis,
      findings: [],
      offset: text.indexOf('This prospectus supplement relates'),
      tolerance: 1,
      lineOf: () => 0,
    }),
    undefined,
  );
  const empty: Analysis = {
    format: 'converted',
    length: 0,
    metadata: {},
    documents: [],
    sections: [],
    tables: [],
    footnotes: [],
    references: [],
    warnings: [],
  };
  assert.equal(hoverAt({ analysis: empty, findings: [], offset: 0, tolerance: 1, lineOf: () => 0 }), undefined);
  assert.equal(definitionAt(empty, 5), undefined);
  assert.deepEqual(referencesAt(empty, 5, true), []);
});

test('finds the cell at an offset among 100,000 cells (lookup speed: npm run bench)', () => {
  const { analysis } = seed();
  const big: Analysis = { ...analysis, tables: [], references: [], footnotes: [] };
  for (let t = 0; t < 1000; t++) {
    const base = t * 10_000;
    const rows = Array.from({ length: 20 }, (_, r) => ({
      index: r,
      label: '',
      kind: 'data' as const,
      span: { start: base + r * 100, end: base + r * 100 + 90 },
      cells: Array.from({ length: 5 }, (_, c) => ({
        text: 'x',
        span: { start: base + r * 100 + c * 18, end: base + r * 100 + c * 18 + 10 },
        value: { kind: 'text' as const },
        markers: [],
      })),
    }));
    big.tables.push({
      id: `t${t}`,
      layout: 'tab',
      span: { start: base, end: base + 2000 },
      scale: 1,
      columns: [],
      headerRows: [],
      rows,
      lessThanOneLegend: false,
      footnoteIds: [],
    });
  }
  const index = positionIndex(big);
  let found = 0;
  for (let i = 0; i < 10_000; i++) if (index.cellAt((i * 7919) % 10_000_000)) found++;
  assert.ok(found > 0);
  assert.equal(index.cellAt(123 * 10_000 + 7 * 100 + 2 * 18 + 3)?.span.start, 123 * 10_000 + 7 * 100 + 2 * 18);
});
