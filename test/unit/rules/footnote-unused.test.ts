import { test } from 'node:test';
import assert from 'node:assert/strict';
import { footnoteUnused } from '../../../src/rules/footnote-unused';
import { cell, notes, spanOf, table } from '../core/footnotes/fixture';
import { analysisOf, run } from './footnote-fixture';

const TEXT = [
  'Name\tShares(1)\tPercent',
  'Smith (3)\t100\t1.0%',
  'Jones\t50\t*',
  '',
  '* Less than 1%.',
  '(1) Includes options.',
  '(2) Smith is a director.',
  '(3) Jones is a former director.',
  '',
].join('\n');

function analysis(text = TEXT) {
  const top = 0;
  const end = text.indexOf('\n\n');
  const header = [cell(text, 'Name'), cell(text, 'Shares(1)'), cell(text, 'Percent')];
  const rows = [
    [cell(text, text.includes('Smith (3)') ? 'Smith (3)' : 'Smith'), cell(text, '100')],
    [cell(text, 'Jones'), cell(text, '50')],
  ];
  const t = table('t0', { start: top, end }, header, rows, { lessThanOneLegend: true });
  return analysisOf(text, [t], notes(text, ['*', '(1)', '(2)', '(3)'], end));
}

test("flags a table note no marker points to, at the note's marker", () => {
  const { findings } = run(footnoteUnused, analysis());
  assert.equal(findings.length, 1);
  assert.equal(TEXT.slice(findings[0].span.start, findings[0].span.end), '(2)');
  assert.match(findings[0].message, /Footnote \(2\) is not referenced/);
  assert.equal(findings[0].severity, 'info');
});

test('never flags the less-than-1% legend, even when no cell uses *', () => {
  const { findings } = run(footnoteUnused, analysis());
  assert.ok(findings.every((f) => !f.message.includes('Footnote *')));
});

test('stays quiet when no marker of the table resolved (markers may not have been read)', () => {
  const text = TEXT.replace('Shares(1)', 'Shares').replace('Smith (3)', 'Smith');
  const end = text.indexOf('\n\n');
  const t = table(
    't0',
    { start: 0, end },
    [cell(text, 'Name'), cell(text, 'Shares')],
    [[cell(text, 'Smith'), cell(text, '100')]],
  );
  const result = run(footnoteUnused, analysisOf(text, [t], notes(text, ['*', '(1)', '(2)', '(3)'], end)));
  assert.deepEqual(result.findings, []);
  assert.equal(result.tableChecks[0].status, 'inconclusive');
});

test("stays quiet when the note's marker is printed in the table where no marker was parsed", () => {
  const a = analysis();
  a.tables[0].caption = 'Holders (2)';
  assert.deepEqual(run(footnoteUnused, a).findings, []);
});

test("ignores notes that are not a table's (prose footnotes are referenced from prose we do not parse)", () => {
  const text =
    'Some prose.\n\nMore prose that goes on for a good long while, well past the legend limit of eighty characters.\n(1) A prose note.\n';
  const t = table('t0', spanOf(text, 'Some prose.'), [cell(text, 'Some')], [[cell(text, 'prose')]]);
  assert.deepEqual(run(footnoteUnused, analysisOf(text, [t], notes(text, ['(1)'], 20))).findings, []);
});

test('leaves alone an unreferenced note after the last referenced one (a notes-to-statements heading like "(14) Benefit Plans")', () => {
  const text = TEXT.replace('Smith (3)', 'Smith (2)');
  assert.deepEqual(run(footnoteUnused, analysis(text)).findings, []);
});
