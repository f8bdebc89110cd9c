import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analyze';
import type { Table } from '../../../../src/core/model';

// Converted (TAB) text whose header rows stand on the HTML grid's stops while the data rows lost a TAB for
// every `$` dropped and `%` folded: the columns are read by the order of the fullest rows' figures.
const converted = (...table: string[]) =>
  [
    'ACME CORP',
    '',
    'Form 10-K',
    '',
    'March 3, 2010',
    '',
    'The following table sets forth premiums:',
    '',
    ...table,
    '',
    'Our market',
    '',
  ].join('\n');
const only = (text: string): Table => {
  const tables = analyze(text, { uri: 'acme.txt', languageHint: 'converted' }).tables;
  assert.equal(tables.length, 1);
  return tables[0];
};
const paths = (t: Table) => t.columns.slice(1).map((c) => c.path.join(' / '));
const column = (t: Table, i: number) => t.rows.map((r) => r.cells[i].text);

test('a row that kept its TABs and one that lost them share columns, and each year heads its amount and percent', () => {
  const t = only(
    converted(
      '\t\tYears ended December 31,',
      '\t\t2009\t\t\t\t\t\t2008',
      'Premiums Written\t\t179,571\t\t100%\t\t181,849\t\t100%',
      'Policies in Force\t\t\t138,313\t\t\t\t\t148,770',
    ),
  );
  assert.deepEqual(paths(t), [
    'Years ended December 31, / 2009',
    'Years ended December 31, / 2009',
    'Years ended December 31, / 2008',
    'Years ended December 31, / 2008',
  ]);
  assert.deepEqual(column(t, 1), ['179,571', '138,313']);
  assert.deepEqual(column(t, 3), ['181,849', '148,770']);
  assert.equal(t.columns[2].meaning?.kind, 'share');
});

test('rows drifted by different counts line up by the order of their figures', () => {
  const t = only(
    converted(
      '\t\tYears ended December 31,',
      '\t\t2009\t\t\t\t2008',
      'Gross premiums written\t\t179,571\t\t\t181,849',
      'GAAP Combined ratio\t\t\t99.7%\t\t99.0%',
      'Net unrealized losses\t\t(317)\t\t(7,331)',
    ),
  );
  assert.deepEqual(paths(t), ['Years ended December 31, / 2009', 'Years ended December 31, / 2008']);
  assert.deepEqual(column(t, 2), ['181,849', '99.0%', '(7,331)']);
});

test('a table whose rows and header agree is left as it is', () => {
  const t = only(converted('\t2009\t2008\tChange', 'Net sales\t100\t80\t25%', 'Cost\t50\t40\t25%'));
  assert.deepEqual(paths(t), ['2009', '2008', 'Change']);
  assert.deepEqual(column(t, 3), ['25%', '25%']);
});

// Header rows on the HTML stops are the longest rows when a last column ("Percentage") is filled in one row only;
// a header over a `$ | figure` pair stands on the `$` slot, so a row that kept its blank `$` cell has its first
// figure one slot right of the rows that lost theirs.
const premiums = [
  '\t\t\t\t\t\t\t\t\t\tPercentage',
  '\t\tDirect\t\t\tCeded\t\t\tNet\t\tof net',
  'Property\t\t180,657\t\t—\t\t\t180,657',
  'Reinsurance\t\t\t—\t\t(1,537)\t\t(1,537)',
  'Total\t\t180,657\t\t(1,537)\t\t179,120\t\t0.9%',
];

test('a row that kept its blank `$` cell puts its figures under the same headers as the rows that lost it', () => {
  const t = only(converted(...premiums));
  assert.deepEqual(paths(t), ['Direct', 'Ceded', 'Net', 'Percentage / of net']);
  const row = (label: string) =>
    t.rows
      .find((r) => r.label === label)
      ?.cells.slice(1)
      .map((c) => c.text);
  assert.deepEqual(row('Reinsurance'), ['—', '(1,537)', '(1,537)', '']);
  assert.deepEqual(row('Property'), ['180,657', '—', '180,657', '']);
  assert.deepEqual(column(t, 4), ['', '', '0.9%']);
});

test('a slot right of one a row of figures fills is no header span: a drifted figure goes on to its own column', () => {
  // The Runoff row is among the longest, its dash standing where the others' `$` was (Schedule III); the lone
  // "Unearned" over the last column keeps the reflow by order out.
  const t = only(
    converted(
      '\t\t\t\t\t\t\tUnearned',
      '\t\tDeferred\t\t\tReserves\t\tpremiums',
      'Auto\t\t6,438\t\t69,425\t\t41,305',
      'Runoff\t\t\t—\t\t—\t\t12',
      'Total\t\t6,438\t\t69,425\t\t41,317',
    ),
  );
  const reserves = t.columns.findIndex((c) => c.path.join(' / ') === 'Reserves');
  assert.deepEqual(column(t, reserves), ['69,425', '—', '69,425']);
});
