import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../../../src/core/analyze';
import { check } from '../../../../../src/check';
import type { Analysis } from '../../../../../src/core/model';
import { hoverAt } from '../../../../../src/features/hoverContent';
import { definitionAt, referencesAt } from '../../../../../src/features/positionIndex';
import { boldStars } from '../../../../../src/core/tables/pipeEmphasis';

// `*`, `**` and `***` markers in Markdown pipe tables (edgartools writes `Revenue**`, `12.5%*`, or escapes
// them, `\*\*`) and their legends after the table: a paragraph or a list item, glued (`**Filed herewith.`),
// spaced (`** Not meaningful`) or escaped (`\*\* Not meaningful`).

const md = (rows: string[], after: string[]) =>
  ['## Results', '', rows[0], '|---|---|---|', ...rows.slice(1), '', ...after, '', 'Later prose.', ''].join('\n');
const analyzeMd = (text: string) => analyze(text, { languageHint: 'markdown' });
/** [marker as printed, first words of the note it resolves to]. */
const resolved = (a: Analysis) =>
  a.references.map((r) => [
    r.marker,
    a.footnotes
      .find((f) => f.id === r.footnoteId)
      ?.text.split(' ')
      .slice(0, 2)
      .join(' ') ?? 'NONE',
  ]);
const footnoteFindings = (text: string) =>
  check(text, { languageHint: 'markdown' })
    .findings.filter((f) => f.ruleId.startsWith('footnote-'))
    .map((f) => `${f.ruleId}: ${f.message}`);

const ROWS = [
  '| Segment | 2023 | Change |',
  '| Revenue** | 1,200 | 12.5%* |',
  '| Services*** | 300 | NM |',
  '| **Total** | 1,500 | 10.0% |',
];

test('reads **, *** and * after a cell as markers, and a bold label as text', () => {
  const a = analyzeMd(md(ROWS, ['* Less than 1% of revenue.', '** Not meaningful.', '*** Includes licensing.']));
  const rows = a.tables[0].rows;
  assert.deepEqual(
    rows.map((r) => r.label),
    ['Revenue', 'Services', 'Total'],
  );
  assert.deepEqual(
    rows.map((r) => r.cells.flatMap((c) => c.markers.map((m) => m.marker))),
    [['**', '*'], ['***'], []],
  );
  assert.deepEqual(resolved(a), [
    ['**', 'Not meaningful.'],
    ['*', 'Less than'],
    ['***', 'Includes licensing.'],
  ]);
  assert.deepEqual(
    footnoteFindings(md(ROWS, ['* Less than 1% of revenue.', '** Not meaningful.', '*** Includes licensing.'])),
    [],
  );
});

test('legends glued to their text, as paragraphs or as one paragraph of lines, resolve', () => {
  for (const after of [
    ['*Less than 1% of revenue.', '', '**Not meaningful.', '', '***Includes licensing.'],
    ['*Less than 1% of revenue.', '**Not meaningful.', '***Includes licensing.'],
  ]) {
    const a = analyzeMd(md(ROWS, after));
    assert.deepEqual(
      resolved(a).map(([, note]) => note),
      ['Not meaningful.', 'Less than', 'Includes licensing.'],
      after.join('|'),
    );
  }
});

test('a * legend written as a list item resolves, with the ** line that continues it', () => {
  const a = analyzeMd(md(ROWS, ['* Less than 1% of revenue.', '** Not meaningful.', '', '*** Includes licensing.']));
  assert.deepEqual(
    resolved(a).map(([, note]) => note),
    ['Not meaningful.', 'Less than', 'Includes licensing.'],
  );
});

test('escaped markers and legends resolve; the legend marker spans its backslashes', () => {
  const rows = ['| Segment | 2023 | Change |', '| Revenue\\*\\* | 1,200 | 12.5%\\* |', '| Services | 300 | 4.0% |'];
  const text = md(rows, ['\\* Less than 1% of revenue.', '', '\\*\\* Not meaningful.']);
  const a = analyzeMd(text);
  assert.deepEqual(resolved(a), [
    ['**', 'Not meaningful.'],
    ['*', 'Less than'],
  ]);
  const legend = a.footnotes.find((f) => f.key === '**')!;
  assert.equal(text.slice(legend.markerSpan.start, legend.markerSpan.end), '\\*\\*');
  // The cell's marker points at its stars in the source, not at the backslashes.
  const ref = a.references[0];
  assert.equal(text.slice(ref.span.start, ref.span.end), '*\\*');
});

test('bold text is not a legend, and bold around a label keeps only the star nothing pairs with', () => {
  const text = md(
    ['| Segment | 2023 | Change |', '| **Total*** | 1,500 | 10.0% |', '| Other | 1 | 2.0% |'],
    ['**Note:** amounts are unaudited.', '', '* Restated.'],
  );
  const a = analyzeMd(text);
  assert.equal(a.tables[0].rows[0].label, 'Total');
  assert.deepEqual(resolved(a), [['*', 'Restated.']]);
  assert.deepEqual(
    a.footnotes.map((f) => f.marker),
    ['*'],
  );
});

test('markers listed with a comma ("10.19*, **") are both markers', () => {
  const text = md(
    [
      '| Exhibit | Description | Form |',
      '| 10.19*, ** | Form of Award Agreement | 10-K |',
      '| 21.1** | Subsidiaries | 10-K |',
    ],
    ['*Indicates management contract or compensatory plan.', '', '**Filed herewith.'],
  );
  const a = analyzeMd(text);
  assert.deepEqual(
    a.tables[0].rows[0].cells[0].markers.map((m) => m.marker),
    ['*', '**'],
  );
  assert.deepEqual(resolved(a), [
    ['*', 'Indicates management'],
    ['**', 'Filed herewith.'],
    ['**', 'Filed herewith.'],
  ]);
});

test('hover, go to definition and find references work on a ** marker and its legend', () => {
  const text = md(ROWS, ['* Less than 1% of revenue.', '** Not meaningful.', '*** Includes licensing.']);
  const a = analyzeMd(text);
  const ref = a.references.find((r) => r.marker === '**')!;
  const note = a.footnotes.find((f) => f.key === '**')!;
  const hover = hoverAt({ analysis: a, findings: [], offset: ref.span.start, tolerance: 0.05, lineOf: () => 0 })!;
  assert.match(hover.markdown, /Not meaningful/);
  assert.deepEqual(definitionAt(a, ref.span.start + 1), note.markerSpan);
  assert.deepEqual(referencesAt(a, note.markerSpan.start, false), [ref.span]);
});

test('footnote-undefined sees a *** marker with no legend; footnote-unused a ** legend skipped by the markers', () => {
  assert.deepEqual(footnoteFindings(md(ROWS, ['* Less than 1% of revenue.', '** Not meaningful.'])), [
    'footnote-undefined: Footnote marker *** has no footnote: the notes of this table are *, **.',
  ]);
  const skipped = ['| Segment | 2023 | Change |', '| Revenue* | 1,200 | 12.5% |', '| Services*** | 300 | 4.0% |'];
  assert.deepEqual(footnoteFindings(md(skipped, ['* Restated.', '** Not meaningful.', '*** Includes licensing.'])), [
    "footnote-unused: Footnote ** is not referenced: no marker in 'Results' points to it.",
  ]);
});

test('pairs bold star runs and leaves unpaired ones as text', () => {
  const stars = (s: string) => [...(boldStars(s, 0, s.length) ?? [])].sort((a, b) => a - b);
  assert.deepEqual(stars('Revenue**'), []);
  assert.deepEqual(stars('**Total**'), [0, 1, 7, 8]);
  assert.deepEqual(stars('***Total***'), [0, 1, 2, 8, 9, 10]);
  assert.deepEqual(stars('**Total***'), [0, 1, 7, 8]);
  assert.deepEqual(stars('\\*\\*Total**'), []);
  assert.deepEqual(stars('** Total **'), []);
  assert.equal(boldStars('10.1*', 0, 5), undefined);
});

test('an escaped \\* cell of an ownership table reads less than 1%, and its escaped or glued legend is the legend', () => {
  for (const legend of ['\\* Less than 1%.', '*Less than 1%.', '\\*Represents less than one percent.']) {
    const text = [
      '## Security Ownership',
      '',
      '| Name | Shares | Percent |',
      '|---|---|---|',
      '| John Smith | 1,000 | \\* |',
      '| Jane Doe | 200,000 | 20.0% |',
      '',
      legend,
      '',
    ].join('\n');
    const a = analyzeMd(text);
    assert.equal(a.tables[0].lessThanOneLegend, true, legend);
    assert.equal(a.tables[0].rows[0].cells[2].value.kind, 'less-than-one', legend);
    assert.deepEqual(resolved(a), [['*', legend.includes('one') ? 'Represents less' : 'Less than']], legend);
  }
});
