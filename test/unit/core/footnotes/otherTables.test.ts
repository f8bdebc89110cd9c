import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analyze';
import { check } from '../../../../src/check';
import type { Analysis, FormatId } from '../../../../src/core/model';

// A table's notes are that table's: a marker of another table resolves to them only when the two tables
// share one block of notes (consecutive, nothing but a title between), or when the notes continue the
// table's own numbering below sub-tables that point at none of them.

const tab = (rows: string[][]) => rows.map((r) => r.join('\t')).join('\n');
const PROSE =
  'The following discussion compares the two years and explains the changes in each segment at length, ' +
  'with enough words between the tables that no one would read them as one table.';
/** marker -> the first word of the note it resolves to ('NONE' when unresolved), in document order. */
const resolvedTo = (a: Analysis) =>
  a.references.map((r) => [r.marker, a.footnotes.find((f) => f.id === r.footnoteId)?.text.split(' ')[0] ?? 'NONE']);
const footnoteFindings = (text: string, hint: FormatId = 'converted') =>
  check(text, { languageHint: hint })
    .findings.filter((f) => f.ruleId.startsWith('footnote-'))
    .map((f) => `${f.ruleId}: ${f.message}`);

const first = tab([
  ['Segment', '2023', '2022'],
  ['Retail(1)', '1,000', '900'],
  ['Wholesale(2)', '2,000', '1,800'],
]);
const firstNotes = ['(1) Alpha: retail includes online sales.', '(2) Beta: wholesale excludes exports.'];

test("a marker of a table with no notes of its own stays unresolved instead of taking an earlier table's note", () => {
  const text = [
    first,
    '',
    ...firstNotes,
    '',
    PROSE,
    '',
    tab([
      ['Region', '2023', '2022'],
      ['North(2)', '500', '450'],
      ['South', '700', '650'],
    ]),
    '',
    PROSE,
    '',
  ].join('\n');
  const a = analyze(text, { languageHint: 'converted' });
  assert.deepEqual(resolvedTo(a), [
    ['(1)', 'Alpha:'],
    ['(2)', 'Beta:'],
    ['(2)', 'NONE'],
  ]);
  // No notes were read for the second table: nothing to say about its marker (inconclusive), no finding.
  assert.deepEqual(footnoteFindings(text), []);
});

test("a marker missing from its own table's notes is undefined, not resolved to another table's note", () => {
  const text = [
    first,
    '',
    ...firstNotes,
    '',
    PROSE,
    '',
    tab([
      ['Region', '2023', '2022'],
      ['North(1)', '500', '450'],
      ['South(2)', '700', '650'],
    ]),
    '',
    '(1) Gamma: the northern states.',
    '',
    PROSE,
    '',
  ].join('\n');
  const a = analyze(text, { languageHint: 'converted' });
  assert.deepEqual(resolvedTo(a).slice(2), [
    ['(1)', 'Gamma:'],
    ['(2)', 'NONE'],
  ]);
  assert.deepEqual(footnoteFindings(text), [
    'footnote-undefined: Footnote marker (2) has no footnote: the notes of this table are (1).',
  ]);
});

test('one block of notes after consecutive tables serves all of them', () => {
  const text = [
    first,
    '',
    'Wholesale segment detail',
    '',
    tab([
      ['Region', '2023', '2022'],
      ['North(2)', '500', '450'],
      ['South(1)', '700', '650'],
    ]),
    '',
    ...firstNotes,
    '',
    PROSE,
    '',
  ].join('\n');
  const a = analyze(text, { languageHint: 'converted' });
  assert.deepEqual(resolvedTo(a), [
    ['(1)', 'Alpha:'],
    ['(2)', 'Beta:'],
    ['(2)', 'Beta:'],
    ['(1)', 'Alpha:'],
  ]);
  assert.deepEqual(footnoteFindings(text), []);
});

test("a table's numbering continued below the sub-tables that follow it resolves there", () => {
  const text = [
    tab([
      ['Year', 'Total pay(1)', 'Pay actually paid(2)', 'Return(3)'],
      ['2023', '7,791', '8,106', '206'],
      ['2022', '7,948', '17,160', '186'],
    ]),
    '',
    '(1) Alpha: the principal executive officer.',
    '(2) Beta: computed under the SEC rules, reconciled below.',
    '',
    'Reconciliation',
    '',
    tab([
      ['Year', 'Reported', 'Equity awards(a)', 'Paid'],
      ['2023', '7,791', '5,399', '8,106'],
      ['2022', '7,948', '4,749', '17,160'],
    ]),
    '',
    '(a) Delta: the grant date fair value of the awards.',
    '(3) Gamma: cumulative return on a fixed investment of $100.',
    '',
    PROSE,
    '',
  ].join('\n');
  const a = analyze(text, { languageHint: 'converted' });
  assert.deepEqual(resolvedTo(a), [
    ['(1)', 'Alpha:'],
    ['(2)', 'Beta:'],
    ['(3)', 'Gamma:'],
    ['(a)', 'Delta:'],
  ]);
  assert.deepEqual(footnoteFindings(text), []);
});

test("a later table's note its own marker points at is not taken for an earlier table's continued numbering", () => {
  const text = [
    first,
    '',
    '(1) Alpha: retail includes online sales.',
    '',
    PROSE,
    '',
    tab([
      ['Region', '2023', '2022'],
      ['North(1)', '500', '450'],
      ['South(2)', '700', '650'],
    ]),
    '',
    '(1) Gamma: the northern states.',
    '(2) Epsilon: the southern states.',
    '',
  ].join('\n');
  const a = analyze(text, { languageHint: 'converted' });
  assert.deepEqual(resolvedTo(a), [
    ['(1)', 'Alpha:'],
    ['(2)', 'NONE'],
    ['(1)', 'Gamma:'],
    ['(2)', 'Epsilon:'],
  ]);
});
