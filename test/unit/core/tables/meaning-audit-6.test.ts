import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Table } from '../../../../src/core/model';
import { corpusTable, meaning } from './corpusTable';

// Golden meanings for the rest of the audit's left-wrong list (test/corpus/meaning-audit.md, "Fixed in session 6"),
// each on the real table that showed it, found by its words.
const col = (t: Table, path: string): number => {
  const i = t.columns.findIndex((c) => c.path.join(' / ') === path);
  assert.ok(i > 0, `a column "${path}" in ${t.id}`);
  return i;
};
const rowLabelled = (re: RegExp) => (t: Table) => t.rows.some((r) => re.test(r.label));

test('J&J: the last page of the product sales takes the header of the first, past the headerless pages between', () => {
  const t = corpusTable('incoming/html/JohnsonJohnson_10-Q_2023.htm', (x) =>
    x.rows.some((r) => /^CONTACT LENSES/.test(r.label)),
  );
  const first = corpusTable(
    'incoming/html/JohnsonJohnson_10-Q_2023.htm',
    (x) => x.title === 'SALES BY SEGMENT OF BUSINESS',
  );
  // it continues the page before it, which continues ... the first page: the header is the first page's
  let from: Table | undefined = t;
  for (let guard = 0; from?.continues && guard < 10; guard++) {
    const id: string = from.continues;
    from = corpusTable('incoming/html/JohnsonJohnson_10-Q_2023.htm', (x) => x.id === id);
  }
  assert.equal(from?.id, first.id);
  assert.deepEqual(t.columns[3].path, ['Fiscal Second Quarter Ended', 'Percent Change']);
  assert.equal(meaning(t, 3).kind, 'percent-change');
  assert.deepEqual(meaning(t, 3).compares, [1, 2]);
  assert.deepEqual(meaning(t, 6).compares, [4, 5]);
  assert.equal(meaning(t, 4).period?.months, 6);
});

test('J&J: "Percent of Segment Sales" beside income and sales is income over sales row by row, a rate', () => {
  const t = corpusTable('incoming/html/JohnsonJohnson_10-Q_2023.htm', (x) =>
    /fiscal second quarters were as follows/.test(x.title ?? ''),
  );
  for (const path of ['Percent of Segment Sales / July 2, 2023', 'Percent of Segment Sales / July 3, 2022']) {
    const m = meaning(t, col(t, path));
    assert.equal(m.kind, 'rate');
    assert.equal(m.shareOf, null);
    assert.match(m.why ?? '', /Segment Sales/);
  }
});

test('Colgate: a margin reconciliation (GAAP margin, adjustments, non-GAAP margin) is rates, its bps change compares them', () => {
  const t = corpusTable('incoming/html/Colgate_10-K_2024.htm', rowLabelled(/^Operating profit margin, non-GAAP/));
  assert.equal(meaning(t, col(t, '2023')).kind, 'rate');
  assert.equal(meaning(t, col(t, '2022')).kind, 'rate');
  const bps = meaning(t, col(t, 'Basis Point Change'));
  assert.equal(bps.kind, 'points-change');
  assert.deepEqual(bps.compares, [col(t, '2023'), col(t, '2022')]);
});

test('Nestbuilder: Black-Scholes assumptions (volatility 100%, dividends 0%) are rates, the 100% no base of shares', () => {
  const t = corpusTable('sectext/Nestbuilder_10-K_2021.txt', rowLabelled(/^Expected volatility/));
  assert.equal(meaning(t, 1).kind, 'rate');
  assert.equal(meaning(t, 1).shareOf, null);
});

test('P&G: "Adjusted Free Cash Flow Productivity" (free cash flow over net earnings) is a rate', () => {
  const t = corpusTable('incoming/html/ProcterGamble_10-Q_2023.htm', (x) =>
    x.columns.some((c) => /Free Cash Flow Productivity/.test(c.path.join(' '))),
  );
  const i = t.columns.findIndex((c) => /Free Cash Flow Productivity/.test(c.path.join(' ')));
  assert.equal(meaning(t, i).kind, 'rate');
});

test('20-F: "Percentage of Total Common Shares" beside "Number of Common Shares" is a share of that count, base the total', () => {
  const t = corpusTable('html/20-F_0001062993-21-003193_2021.html', (x) =>
    x.columns.some((c) => c.path.join(' ') === 'Percentage of Total Common Shares'),
  );
  const m = meaning(t, col(t, 'Percentage of Total Common Shares'));
  assert.equal(m.kind, 'share');
  assert.deepEqual(m.shareOf, { column: col(t, 'Number of Common Shares'), row: t.rows.length - 1 });
});

test('10-K 2010 (HTML and SEC text): "Percentage of amount assumed to net" is a ratio of two columns, a rate', () => {
  for (const file of ['html/10-K_0001193125-10-073212_2010.html', 'sectext/10-K_2010.txt']) {
    const t = corpusTable(file, (x) =>
      x.columns.some((c) => c.path.join(' ') === 'Percentage of amount assumed to net'),
    );
    const m = meaning(t, col(t, 'Percentage / of amount / assumed / to net'));
    assert.equal(m.kind, 'rate', file);
    assert.equal(m.shareOf, null, file);
  }
});

test('Apple 10-K 1997: a CHANGE column of NM only is a percent change like the other CHANGE, comparing 1996 with 1995', () => {
  const t = corpusTable('sgml/Apple_10-K_1997.txt', (x) => x.title === 'INTEREST AND OTHER INCOME (EXPENSE), NET');
  assert.equal(meaning(t, 4).kind, 'percent-change');
  assert.deepEqual(meaning(t, 4).compares, [3, 5]);
});

test('Apple 10-K 1994: "FAS 109 Method 1994" names the year 1994 beside "APB 11 Method / 1993"', () => {
  const t = corpusTable('sgml/Apple_10-K_1994.txt', (x) =>
    x.columns.some((c) => c.path.join(' / ') === 'FAS 109 Method 1994'),
  );
  assert.equal(meaning(t, col(t, 'FAS 109 Method 1994')).period?.label, 'FAS 109 Method 1994');
});
