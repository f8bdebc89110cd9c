import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Section } from '../../../../src/core/model';
import { resolveFootnotes } from '../../../../src/core/footnotes/resolveFootnotes';
import { cell, notes, raw, spanOf, table } from './fixture';
import { corpusUrl } from '../../../corpusPaths';
import { basedOnCount } from '../../../../src/core/tables/notes';

const corpus = (p: string) => readFileSync(corpusUrl(p), 'utf8');

/** The seed's ownership table, built by hand over the seed's own text. */
function seed() {
  const text = corpus('seed/000_e04a9582158dea8b.txt');
  const top = text.indexOf('Name\tShares');
  const body = text.indexOf('Shipman');
  const header = [cell(text, 'Following the Offering(2)', top), cell(text, '% of Class(1)', top)];
  const r0 = text.indexOf('Shipman');
  const r1 = text.indexOf('Trust u/a');
  const rows = [
    [
      cell(text, 'Shipman & Goodwin LLP Profit Sharing Plan Trust fbo James T. Betts (3)'),
      cell(text, '101,700', r0),
      cell(text, '1.42%', r0),
    ],
    [
      cell(text, 'Trust u/a Helen M. Betts fbo James T. Betts et al. (4)'),
      cell(text, '26,500', r1),
      cell(text, '*', r1, 'less-than-one'),
      cell(text, '*', text.indexOf('12,500'), 'less-than-one'),
    ],
  ];
  const end = text.indexOf('\n', text.indexOf('12,500'));
  const t = table('t0', { start: top, end }, header, rows, { lessThanOneLegend: true });
  const defs = notes(text, ['*', '(1)', '(2)', '(3)', '(4)'], end);
  assert.ok(body > top);
  return { text, t, defs };
}

test('resolves every marker of the seed table to its footnote and leaves none unused', () => {
  const { text, t, defs } = seed();
  const { footnotes, references } = resolveFootnotes(text, raw(text, defs), [t], []);
  assert.equal(footnotes.length, 5);
  assert.deepEqual(
    footnotes.map((f) => [f.key, f.tableId]),
    [
      ['*', 't0'],
      ['1', 't0'],
      ['2', 't0'],
      ['3', 't0'],
      ['4', 't0'],
    ],
  );
  assert.deepEqual(
    references.map((r) => [r.marker, r.footnoteId]),
    [
      ['(2)', 'f2'],
      ['(1)', 'f1'],
      ['(3)', 'f3'],
      ['(4)', 'f4'],
      ['*', 'f0'],
      ['*', 'f0'],
    ],
  );
  assert.ok(
    footnotes.every((f) => f.refIds.length > 0),
    'no footnote is unused',
  );
  assert.deepEqual(t.footnoteIds, ['f0', 'f1', 'f2', 'f3', 'f4']);
  const star = references.find((r) => r.key === '*')!;
  assert.equal(text.slice(star.span.start, star.span.end), '*');
  assert.deepEqual(star.cell, { row: 1, column: 2 });
  assert.deepEqual(references[1].cell, { row: -1, column: 1 });
});

test("prefers the table's own footnotes over a same-numbered note of an earlier table", () => {
  const text =
    'A\tB(1)\nx\t1\n\n(1) first table note\n\nprose that separates the two tables, long enough to count as real prose here.\n\nC\tD(1)\ny\t2\n\n(1) second table note\n';
  const t0 = table('t0', spanOf(text, 'A\tB(1)\nx\t1'), [cell(text, 'B(1)')], [[cell(text, 'x')]]);
  const t1 = table('t1', spanOf(text, 'C\tD(1)\ny\t2'), [cell(text, 'D(1)')], [[cell(text, 'y')]]);
  const { footnotes, references } = resolveFootnotes(
    text,
    raw(text, [
      ...notes(text, ['(1)'], text.indexOf('(1) first')),
      ...notes(text, ['(1)'], text.indexOf('(1) second')),
    ]),
    [t0, t1],
    [],
  );
  assert.deepEqual(
    footnotes.map((f) => f.tableId),
    ['t0', 't1'],
  );
  assert.deepEqual(
    references.map((r) => r.footnoteId),
    ['f0', 'f1'],
  );
});

test("falls back to the section's notes; with no section, a loose note above the table is not its note", () => {
  const text =
    'Intro\n(a) a note in the section, far from any table and introduced by long prose about nothing in particular.\nlots of prose here that keeps going for a while, well past any legend line length.\nH\tV(a)\nz\t3\n';
  const section: Section = {
    id: 's0',
    kind: 'heading',
    title: 'Intro',
    level: 1,
    span: spanOf(text, 'Intro'),
    range: { start: 0, end: text.length },
    children: [],
  };
  const t = table('t0', spanOf(text, 'H\tV(a)\nz\t3'), [cell(text, 'V(a)')], [[cell(text, 'z')]]);
  const withSection = resolveFootnotes(text, raw(text, notes(text, ['(a)'])), [t], [section]);
  assert.equal(withSection.references[0].footnoteId, 'f0');
  assert.equal(t.sectionId, 's0');
  assert.equal(withSection.footnotes[0].sectionId, 's0');
  assert.equal(withSection.footnotes[0].tableId, undefined);
  const t2 = table('t0', spanOf(text, 'H\tV(a)\nz\t3'), [cell(text, 'V(a)')], [[cell(text, 'z')]]);
  // On the corpus every table marker the nearest earlier loose note took was another table's (12 of 12).
  assert.equal(resolveFootnotes(text, raw(text, notes(text, ['(a)'])), [t2], []).references[0].footnoteId, undefined);
});

test('leaves a marker unresolved when no footnote with its key exists', () => {
  const text = 'H\tV(7)\nz\t3\n\n(1) the only note\n';
  const t = table('t0', spanOf(text, 'H\tV(7)\nz\t3'), [cell(text, 'V(7)')], [[cell(text, 'z')]]);
  const { footnotes, references } = resolveFootnotes(text, raw(text, notes(text, ['(1)'])), [t], []);
  assert.equal(references[0].footnoteId, undefined);
  assert.deepEqual(footnotes[0].refIds, []);
  assert.deepEqual(t.footnoteIds, ['f0']);
});

test('finds SGML <F1> tags the builder left in a caption and resolves them to the <FN> note inside the table', () => {
  const text = corpus('sgml/PageAmericaGroup_S-3A_1995.txt');
  const start = text.indexOf('<TABLE>');
  const end = text.indexOf('</TABLE>') + '</TABLE>'.length;
  const t = table('t0', { start, end }, [], [[cell(text, 'Rebecca G. Ames Trust', start)]]);
  const defs = notes(text, ['*', '<F1>'], text.indexOf('________________', start));
  const { footnotes, references } = resolveFootnotes(text, raw(text, defs, 'sgml'), [t], []);
  assert.deepEqual(
    references.map((r) => [r.marker, r.footnoteId]),
    [['<F1>', 'f1']],
  );
  assert.equal(text.slice(references[0].span.start - 'Hereby '.length, references[0].span.end), 'Hereby <F1>');
  assert.match(footnotes[1].text, /^Does not include shares/);
  assert.equal(footnotes[1].tableId, 't0');
});

test('never throws on out-of-range or overlapping definitions', () => {
  const text = 'short';
  const bad = [
    { marker: '(1)', key: '1', text: 'x', span: { start: 3, end: 99 }, markerSpan: { start: 3, end: 4 } },
    { marker: '(2)', key: '2', text: 'y', span: { start: 0, end: 4 }, markerSpan: { start: 0, end: 1 } },
    { marker: '(3)', key: '3', text: 'z', span: { start: 2, end: 5 }, markerSpan: { start: 2, end: 3 } },
  ];
  const { footnotes } = resolveFootnotes(text, raw(text, bad), [], []);
  assert.deepEqual(
    footnotes.map((f) => f.key),
    ['2'],
  );
});

test('takes the shares outstanding a table states in its own notes (Nestbuilder: based on 1,673,237 shares)', () => {
  const text = corpus('sectext/Nestbuilder_10-K_2021.txt');
  const top = text.indexOf('Name and Address\t');
  const end = text.indexOf('\n', text.indexOf('All Officers and Directors as a Group', top));
  const header = [
    cell(text, 'Common Stock Ownership(1)', top),
    cell(text, 'Percentage of Common Stock Ownership(2)', top),
  ];
  const t = table('t0', { start: top, end }, header, [[cell(text, 'Thomas M. Grbelja (3)(4)', top)]]);
  const defs = notes(text, ['(1)', '(2)', '(3)', '(4)'], end);
  const { footnotes, references } = resolveFootnotes(text, raw(text, defs), [t], []);
  assert.deepEqual(
    references.map((r) => [r.marker, r.footnoteId]),
    [
      ['(1)', 'f0'],
      ['(2)', 'f1'],
      ['(3)', 'f2'],
      ['(4)', 'f3'],
    ],
  );
  assert.ok(footnotes.every((f) => f.tableId === 't0'));
  assert.equal(basedOnCount(t)?.value, 1673237);
  assert.equal(text.slice(basedOnCount(t)!.span.start, basedOnCount(t)!.span.end), '1,673,237');
});

test('states no outstanding count when the notes give two different ones', () => {
  const text =
    'H\tP(1)\nz\t3\n\n(1) Based on 1,000,000 shares of common stock outstanding.\n(2) Based on 50,000 shares of preferred stock outstanding.\n';
  const t = table('t0', spanOf(text, 'H\tP(1)\nz\t3'), [cell(text, 'P(1)')], [[cell(text, 'z')]]);
  resolveFootnotes(text, raw(text, notes(text, ['(1)', '(2)'], 10)), [t], []);
  assert.equal(basedOnCount(t), undefined);
});

test('finds a note the reader missed below its table: an HTML one-row note table, and a "2." line in text', () => {
  const html =
    '<table><tr><td>Holder(1)</td><td>Smith(2)</td></tr></table>\n' +
    '<table><tr><td>(1)</td><td><p>First note, read by the reader.</p></td></tr></table>\n' +
    '<table><tr><td>(2)</td><td><p>Second&#160;note, laid out as its own table.</p></td></tr></table>\n<p>After.</p>';
  const t = table(
    't0',
    spanOf(html, '<table><tr><td>Holder(1)</td><td>Smith(2)</td></tr></table>'),
    [cell(html, 'Holder(1)')],
    [[cell(html, 'Smith(2)')]],
  );
  const one = notes(html, ['(1)'], html.indexOf('</table>'))[0];
  const { footnotes, references } = resolveFootnotes(html, raw(html, [one], 'html'), [t], []);
  assert.deepEqual(
    references.map((r) => r.footnoteId !== undefined),
    [true, true],
  );
  const second = footnotes.find((f) => f.key === '2')!;
  assert.equal(second.text, 'Second note, laid out as its own table.');
  assert.equal(html.slice(second.markerSpan.start, second.markerSpan.end), '(2)');

  const text = 'Name\tShares(1)\nSmith (2)\t100\n\n1.\tIncludes options.\n2.\tSmith is a director.\n';
  const t2 = table(
    't0',
    spanOf(text, 'Name\tShares(1)\nSmith (2)\t100'),
    [cell(text, 'Shares(1)')],
    [[cell(text, 'Smith (2)')]],
  );
  const r = resolveFootnotes(text, raw(text, []), [t2], []);
  assert.deepEqual(
    r.footnotes.map((f) => [f.marker, f.key, f.text]),
    [
      ['1.', '1', 'Includes options.'],
      ['2.', '2', 'Smith is a director.'],
    ],
  );
  assert.ok(r.references.every((ref) => ref.footnoteId));
});

test('does not take a number in prose, or a marker mid-sentence, for a missed note', () => {
  const text = 'Name\tShares(1)\nSmith (2)\t100\n\nSee Item 2. of the report and note (2) there, and 1.5% more.\n';
  const t = table(
    't0',
    spanOf(text, 'Name\tShares(1)\nSmith (2)\t100'),
    [cell(text, 'Shares(1)')],
    [[cell(text, 'Smith (2)')]],
  );
  const r = resolveFootnotes(text, raw(text, []), [t], []);
  assert.deepEqual(r.footnotes, []);
  assert.ok(r.references.every((ref) => !ref.footnoteId));
});

test('gives a table continued over a page break the notes under its last part, and looks past one-note tables', () => {
  const text = [
    'Prior\tAmount(1)',
    'x (1)\t5',
    '(9) A note of the table before, set as a table of its own.',
    '',
    'Name\tShares(1)',
    'Smith (2)\t100',
    '',
    'CABOT 31',
    'Beneficial ownership, page two, some prose to keep the notes apart from here.',
    '',
    'Name\tShares(1)',
    'Jones (3)\t50',
    '',
    '(1) Includes options.',
    '(2) Smith is a director.',
    '(3) Jones is a former director.',
    '',
  ].join('\n');
  const prior = table(
    't0',
    spanOf(text, 'Prior\tAmount(1)\nx (1)\t5'),
    [cell(text, 'Amount(1)')],
    [[cell(text, 'x (1)')]],
  );
  const noteRow = cell(text, '(9) A note of the table before, set as a table of its own.');
  const noteTable = table('t1', noteRow.span, [], [[{ ...noteRow, text: '(9)' }]]);
  const first = table(
    't2',
    spanOf(text, 'Name\tShares(1)\nSmith (2)\t100'),
    [cell(text, 'Name'), cell(text, 'Shares(1)')],
    [[cell(text, 'Smith (2)')]],
  );
  const second = table(
    't3',
    spanOf(text, 'Name\tShares(1)\nJones (3)\t50'),
    [cell(text, 'Name', text.indexOf('Jones') - 30), cell(text, 'Shares(1)', text.indexOf('Jones') - 30)],
    [[cell(text, 'Jones (3)')]],
  );
  const defs = [
    ...notes(text, ['(9)'], text.indexOf('(9)')),
    ...notes(text, ['(1)', '(2)', '(3)'], text.indexOf('(1) Includes')),
  ];
  const { footnotes, references } = resolveFootnotes(text, raw(text, defs), [prior, noteTable, first, second], []);
  assert.equal(
    footnotes.find((f) => f.key === '9')!.tableId,
    't0',
    'the one-note table is the note of the table above',
  );
  const smith = references.find((r) => r.marker === '(2)')!;
  assert.equal(footnotes.find((f) => f.id === smith.footnoteId)!.text, 'Smith is a director.');
  const firstHeader = references.find((r) => r.tableId === 't2' && r.key === '1')!;
  assert.equal(footnotes.find((f) => f.id === firstHeader.footnoteId)!.text, 'Includes options.');
  assert.equal(references.find((r) => r.tableId === 't0')!.footnoteId, undefined, 'the table before has no (1)');
});
