import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analyze';
import { blankMarkup, findOutstandingStatements } from '../../../../src/core/footnotes/outstandingStatements';
import { readCorpus } from '../../../corpusPaths';

const one = (text: string) =>
  findOutstandingStatements(text).map((s) => ({ value: s.value, date: s.date, className: s.className }));

test('reads "As of March 3, 1997, there were 18,402,117 shares of Common Stock outstanding" with its date and class', () => {
  const text = 'As of March 3, 1997, there were 18,402,117 shares of Common Stock outstanding.';
  const [s] = findOutstandingStatements(text);
  assert.deepEqual(
    { value: s.value, date: s.date, className: s.className },
    { value: 18_402_117, date: '1997-03-03', className: 'common' },
  );
  assert.equal(text.slice(s.span.start, s.span.end), '18,402,117');
});

test('reads the count through HTML markup and entities, with spans into the original', () => {
  const text =
    '<p>Based on <b>7,150,000</b>&#160;shares of our common stock <i>outstanding</i> as of June 1, 2023.</p>';
  const [s] = findOutstandingStatements(text);
  assert.equal(s.value, 7_150_000);
  assert.equal(s.date, '2023-06-01');
  assert.equal(text.slice(s.span.start, s.span.end), '7,150,000');
  assert.equal(blankMarkup(text).length, text.length);
});

test('gives each class its own count: "N shares of Class A ... and M shares of Class B ... outstanding"', () => {
  const r = one(
    'As of March 1, 2024, there were 12,500,000 shares of Class A common stock and 3,000,000 shares of Class B common stock outstanding.',
  );
  assert.deepEqual(
    r.map((x) => [x.value, x.className]),
    [
      [12_500_000, 'class a'],
      [3_000_000, 'class b'],
    ],
  );
});

test('leaves out options, authorized and after-offering counts and balance-sheet captions', () => {
  assert.deepEqual(
    one('options to purchase 2,078,470 shares of our common stock outstanding as of September 30, 2024'),
    [],
  );
  assert.deepEqual(
    one('2,078,470 shares of our common stock issuable upon the exercise of stock options outstanding'),
    [],
  );
  assert.deepEqual(
    one('After the completion of this offering, we will have 19,505,119 shares of common stock outstanding'),
    [],
  );
  assert.deepEqual(one('210,000,000 shares authorized, 1,027,116 shares issued and 490,877 shares outstanding'), []);
  assert.deepEqual(one('the holders of 11,648,582 shares of our outstanding common stock'), []);
});

const OWN = [
  'SECURITY OWNERSHIP OF CERTAIN BENEFICIAL OWNERS',
  '',
  'As of March 3, 1997, there were 10,000,000 shares of Common Stock outstanding.',
  '',
  'Name\tShares Beneficially Owned\tPercent of Class',
  'A\t500,000\t5.0%',
  '',
  '* Represents less than 1%',
  '',
].join('\n');

test("a table with no count in its notes takes the one its section states, scoped 'section' with its date", () => {
  const a = analyze(OWN, { languageHint: 'converted' });
  const t = a.tables[0];
  const c = t.outstandingCandidates?.[0];
  assert.ok(c);
  assert.equal(c.value, 10_000_000);
  assert.equal(c.date, '1997-03-03');
  assert.ok(c.scope === 'section' || c.scope === 'notes' || c.scope === 'document');
});

test('a note saying the percentages leave options exercisable within 60 days out marks the table x = 0', () => {
  const text = [
    'PRINCIPAL STOCKHOLDERS',
    '',
    'Name\tShares Beneficially Owned\tPercent of Class(1)',
    'A\t500,000\t5.0%',
    'B\t250,000\t2.5%',
    '',
    '- (1) Percentages are based on 10,000,000 shares outstanding and do not include shares issuable upon exercise of options exercisable within 60 days.',
    '',
  ].join('\n');
  const t = analyze(text, { languageHint: 'converted' }).tables[0];
  assert.ok(t.acquirableExcluded, 'x = 0 marked');
});

test("the incoming filings' ownership tables get their counts: UnitedHealthcare's notes (1998-03-02), Tesla's notes, CAMP4's continued table from its section", () => {
  const read = (p: string) => analyze(readCorpus(p), { uri: p });
  const uh = read('incoming/sgml/UnitedHealthcare_DEF14A_1998.txt');
  const uhTable = uh.tables.find((t) =>
    t.outstandingCandidates?.some((c) => c.value === 192_172_839 && c.scope === 'notes'),
  );
  assert.ok(uhTable, 'UnitedHealthcare: 192,172,839 in the notes');
  assert.equal(uhTable.outstandingCandidates!.find((c) => c.value === 192_172_839)!.date, '1998-03-02');
  assert.ok(
    uhTable.outstandingCandidates!.some(
      (c) => c.value === 192_580_947 && c.scope !== 'notes' && c.date === '1998-03-16',
    ),
  );
  const tesla = read('incoming/html/Tesla_10-KA_2025.htm');
  assert.ok(tesla.tables.some((t) => t.outstandingCandidates?.[0]?.value === 3_216_138_890));
  const camp4 = read('incoming/html/CAMP4Therapeutics_424B4_2024.htm');
  const scopes = camp4.tables.flatMap((t) =>
    (t.outstandingCandidates ?? []).filter((c) => c.value === 12_685_119).map((c) => c.scope),
  );
  assert.ok(scopes.includes('notes') && scopes.includes('section'), `CAMP4 scopes: ${scopes.join(',')}`);
});
