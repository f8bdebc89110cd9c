import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../../../src/core/analyze';
import type { Analysis, FootnoteRef } from '../../../../src/core/model';
import { corpusUrl } from '../../../corpusPaths';

const noteOf = (a: Analysis, r: FootnoteRef) => a.footnotes.find((f) => f.id === r.footnoteId);
const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** Two SGML tables, each with notes (1)-(3); the second table's notes (2)-(3) are on the next page. */
function twoTables(): string {
  const table = (title: string, name: string) => [
    title,
    '',
    '<TABLE>',
    '<CAPTION>',
    '       NAME                          SHARES',
    '<S>                           <C>',
    `${name} Smith                       1,000(1)`,
    `${name} Jones                       2,000(2)`,
    `${name} Brown                       3,000(3)`,
    '</TABLE>',
  ];
  return [
    '<DOCUMENT>',
    '<TYPE>DEF 14A',
    '<TEXT>',
    ...table('SUMMARY COMPENSATION TABLE', 'Alan'),
    '- --------',
    '(1) Compensation note one, about the first officer.',
    '(2) Compensation note two, about the second officer.',
    '(3) Compensation note three, about the third officer.',
    '',
    'Prose that separates the two tables, long enough that it is a paragraph and no title line at all here.',
    '',
    ...table('SECURITY OWNERSHIP OF MANAGEMENT', 'Bert'),
    '- --------',
    '(1) Ownership note one, sole voting and investment power.',
    '',
    '                                      22',
    '<PAGE>',
    '',
    '(2) Ownership note two, includes options exercisable within 60 days.',
    '',
    '(3) Ownership note three, held in a family trust.',
    '',
    '</TEXT>',
    '</DOCUMENT>',
    '',
  ].join('\n');
}

test('an SGML table whose notes run on past a page break resolves its markers to those notes, not to the same numbers under an earlier table', () => {
  const text = twoTables();
  const a = analyze(text, { languageHint: 'sgml' });
  const owner = a.tables.find((t) => /OWNERSHIP/.test(t.title ?? ''))!;
  assert.ok(owner, 'the ownership table is read');
  const refs = a.references.filter((r) => r.tableId === owner.id);
  assert.deepEqual(
    refs.map((r) => r.marker),
    ['(1)', '(2)', '(3)'],
  );
  assert.deepEqual(
    refs.map((r) => noteOf(a, r)?.text.split(',')[0]),
    ['Ownership note one', 'Ownership note two', 'Ownership note three'],
  );
  assert.ok(
    refs.every((r) => noteOf(a, r)?.tableId === owner.id),
    'the notes after the page break sit with the table',
  );
});

test("a page number and <PAGE> after a table with no notes do not pull the next page's list into its notes", () => {
  const text = [
    '<DOCUMENT>',
    '<TYPE>10-K',
    '<TEXT>',
    '<TABLE>',
    '<S>            <C>',
    'Revenue         1,000',
    'Cost              400',
    '</TABLE>',
    '',
    'The Company had revenue in the year, and this paragraph of prose explains it at some length.',
    '',
    '   12',
    '<PAGE>',
    '(1) the Company may borrow under the facility, as described in the enumeration here.',
    '</TEXT>',
    '</DOCUMENT>',
    '',
  ].join('\n');
  const a = analyze(text, { languageHint: 'sgml' });
  assert.deepEqual(
    a.footnotes.map((f) => f.tableId),
    a.footnotes.map(() => undefined),
  );
});

test('UnitedHealthcare 1998 DEF 14A: the director table resolves (2)-(18) to its own notes across two page breaks, and the 5% holders table its (5)-(6)', () => {
  const text = readFileSync(corpusUrl('incoming/sgml/UnitedHealthcare_DEF14A_1998.txt'), 'utf8');
  const a = analyze(text);
  const directors = a.tables.find((t) =>
    t.rows.some((r) => /Ballard/.test(r.label) && /^95,200/.test(r.cells[1]?.text ?? '')),
  )!;
  const holders = a.tables.find((t) => t.rows.some((r) => /^FMR/.test(r.cells[0]?.text ?? r.label)))!;
  const numbered = (id: string) => a.references.filter((r) => r.tableId === id && /^\d+$/.test(r.key));
  assert.equal(numbered(directors.id).length, 18);
  for (const r of [...numbered(directors.id), ...numbered(holders.id)]) {
    const note = noteOf(a, r);
    assert.equal(
      note?.tableId,
      r.tableId,
      `${r.marker} on line ${lineOf(text, r.span.start)} resolves to its own table's note`,
    );
    assert.equal(note?.key, r.key);
  }
  const five = noteOf(
    a,
    numbered(directors.id).find((r) => r.key === '5')!,
  )!;
  assert.match(five.text, /^Includes 188,000 shares that can be purchased/);
  assert.match(
    noteOf(
      a,
      numbered(holders.id).find((r) => r.key === '5')!,
    )!.text,
    /^The information is based on a Schedule 13G filed by The Equitable/,
  );
});
