import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analyze';
import type { Table } from '../../../../src/core/model';
import { splitJoinedWords } from '../../../../src/core/tables/meaning/joinedWords';
import { corpusTable, meaning } from './corpusTable';

// The last by-eye audit of column meanings (test/corpus/meaning-audit.md, "Audit, session 8"): a fixture per rule,
// and the real tables that showed it, found by their words.
const html = (rows: string): Table => {
  const t = analyze(`<html><body><p>Sales growth by segment:</p><table>${rows}</table></body></html>`, {
    uri: 'fixture.htm',
  }).tables[0];
  assert.ok(t, 'a table');
  return t;
};
const paths = (t: Table): string[] => t.columns.slice(1).map((c) => c.path.join(' / '));

test('a dash spread over the same slots as the figures of other rows sits in their column, not a column of its own', () => {
  const t = html(
    '<tr><td colspan="3">Year ended</td><td colspan="3">Net Sales Growth</td><td colspan="3">Foreign Exchange Impact</td></tr>' +
      '<tr><td colspan="3">North America</td><td colspan="3">3.0%</td><td colspan="3">&#8212;%</td></tr>' +
      '<tr><td colspan="3">Latin America</td><td colspan="3">16.5%</td><td colspan="3">1.0%</td></tr>' +
      '<tr><td colspan="3">Africa/Eurasia</td><td colspan="3">&#8212;%</td><td colspan="3">(17.5)%</td></tr>',
  );
  assert.deepEqual(paths(t), ['Net Sales Growth', 'Foreign Exchange Impact']);
  assert.equal(t.rows.find((r) => r.label === 'Africa/Eurasia')?.cells[1].text, '—%');
  assert.equal(t.rows.find((r) => r.label === 'North America')?.cells[2].text, '—%');
});

test('a dash over a span no figure shares keeps its slot (the rule needs the figures of the same span)', () => {
  const t = html(
    '<tr><td></td><td colspan="2">2023</td><td>Change</td></tr>' +
      '<tr><td>Revenue</td><td>$</td><td>120</td><td>20%</td></tr>' +
      '<tr><td>Other</td><td colspan="3">&#8212;</td></tr>',
  );
  assert.equal(t.rows.find((r) => r.label === 'Other')?.cells[1].text, '—');
});

test('Colgate and Honeywell: growth reconciliations printed in three-slot cells read one column per header', () => {
  const colgate = corpusTable('incoming/html/Colgate_10-K_2024.htm', (x) =>
    x.columns.some((c) => c.path[0] === 'Net Sales Growth (GAAP)'),
  );
  assert.deepEqual(paths(colgate), [
    'Net Sales Growth (GAAP)',
    'Foreign Exchange Impact',
    'Acquisitions and Divestments Impact',
    'Organic Sales Growth (Non-GAAP)',
  ]);
  for (let i = 1; i <= 4; i++) assert.equal(meaning(colgate, i).kind, 'percent-change');
  const honeywell = corpusTable('incoming/html/Honeywell_10-Q_2023.htm', (x) =>
    x.columns.some((c) => c.path[0] === 'Year to Date 2023 vs. 2022'),
  );
  assert.equal(honeywell.columns.length, 3);
  assert.equal(honeywell.rows.find((r) => r.label === 'Volume')?.cells[2].text, '—%');
});

test('a column of options (or warrants) held is a count, not an amount', () => {
  const t = html(
    '<tr><td>Name</td><td>Shares Owned</td><td>% of Class</td><td>Options Owned</td></tr>' +
      '<tr><td>Jane Doe, CEO</td><td>1,350,000</td><td>2.6%</td><td>1,000,000</td></tr>' +
      '<tr><td>John Roe, CFO</td><td>40,000</td><td>0.1%</td><td>150,000</td></tr>',
  );
  assert.equal(t.columns[3].meaning?.kind, 'count');
  // what is said of them is no count: "Warrants Outstanding / Weighted Average / Exercise Price"
  const price = html(
    '<tr><td></td><td>Warrants Outstanding</td><td>Weighted Average Exercise Price</td><td>% of Total</td></tr>' +
      '<tr><td>Series A</td><td>120,000</td><td>1.25</td><td>60%</td></tr>' +
      '<tr><td>Series B</td><td>80,000</td><td>2.50</td><td>40%</td></tr>',
  );
  assert.equal(price.columns[1].meaning?.kind, 'count');
  assert.notEqual(price.columns[2].meaning?.kind, 'count');
  const twentyF = corpusTable('html/20-F_0001062993-21-003193_2021.html', (x) =>
    x.columns.some((c) => c.path[0] === 'Options Owned'),
  );
  assert.equal(meaning(twentyF, 3).kind, 'count');
});

test('header words a rendering ran together are split only into the closed list of words the rules key on', () => {
  assert.equal(
    splitJoinedWords('As a percentageof Cabotcommon stockoutstanding asof 1/16/24'),
    'As a percentage of Cabot common stock outstanding as of 1/16/24',
  );
  assert.equal(splitJoinedWords('Total Numberof Shares'), 'Total Number of Shares');
  // words that merely begin or end like a list word stay whole
  for (const w of ['offering', 'exchange', 'stockholders', 'Livestock', 'Uncommon', 'Extraordinary', 'outstanding']) {
    assert.equal(splitJoinedWords(w), w);
  }
  const cabot = corpusTable('sectext/Cabot_DEF14A_2024.txt', (x) =>
    x.columns.some((c) => c.path.some((b) => b.includes('stockoutstanding'))),
  );
  assert.equal(meaning(cabot, 2).kind, 'ownership');
  assert.equal(meaning(cabot, 2).shareOf?.column, 1);
});

test('"($/SHARE)" is dollars per share; "annual rates of appreciation" name a rate assumed, not a year covered', () => {
  const t = html(
    '<tr><td>Name</td><td>Options Granted</td><td>Exercise Price ($/Share)</td><td>% of Total</td>' +
      '<td>Potential Realizable Value at Assumed Annual Rates of Stock Price Appreciation 5%($)</td></tr>' +
      '<tr><td>Jane Doe</td><td>250,000</td><td>46.8750</td><td>5.8%</td><td>7,369,859</td></tr>' +
      '<tr><td>John Roe</td><td>30,000</td><td>46.8750</td><td>0.7%</td><td>884,383</td></tr>',
  );
  assert.equal(t.columns[2].meaning?.kind, 'per-share');
  assert.equal(t.columns[4].meaning?.period?.months, undefined);
  const unh = corpusTable('incoming/sgml/UnitedHealthcare_DEF14A_1998.txt', (x) =>
    x.columns.some((c) => c.path.some((b) => b.includes('($/SHARE)'))),
  );
  const price = unh.columns.findIndex((c) => c.path.some((b) => b.includes('($/SHARE)')));
  assert.equal(meaning(unh, price).kind, 'per-share');
  const value = unh.columns.findIndex((c) => c.path.join(' ').endsWith('5%($)'));
  assert.equal(meaning(unh, value).kind, 'amount');
  assert.equal(meaning(unh, value).period?.months, undefined);
});

test('a column printing more dollars than points is an amount column with a few rows in points, in both text forms', () => {
  const t = html(
    '<tr><td></td><td>As Reported</td><td>Effects of Foreign Currency</td></tr>' +
      '<tr><td>Revenue</td><td>$36,472</td><td>$(318)</td></tr>' +
      '<tr><td>Adjusted EBITDA</td><td>$13,344</td><td>$(56)</td></tr>' +
      '<tr><td>Adjusted EBITDA margin</td><td>36.6%</td><td>20 bps</td></tr>',
  );
  assert.equal(meaning(t, 2).kind, 'amount');
  // a column of points cells alone stays a points change
  const p = html(
    '<tr><td></td><td>2023</td><td>2022</td><td>Change</td></tr>' +
      '<tr><td>Gross margin</td><td>36.6%</td><td>36.4%</td><td>20 bps</td></tr>' +
      '<tr><td>Operating margin</td><td>20.1%</td><td>19.0%</td><td>110 bps</td></tr>',
  );
  assert.equal(meaning(p, 3).kind, 'points-change');
  // Comcast's constant-currency reconciliation: the HTML keeps "20 bps" in a slot of its own, the SEC text in the
  // column of "$(318)"; both read the six months' effects as amounts, and the dollars are not the bps slot's spill
  const comcast = corpusTable('incoming/html/Comcast_10-Q_2023.htm', (x) =>
    x.rows.some((r) => r.cells.some((c) => c.text === '$(318)')),
  );
  const effects = comcast.columns.filter(
    (c) => c.path.join(' / ') === 'Six Months Ended June 30, 2022 / Effects of Foreign Currency',
  );
  const amounts = effects.filter((c) => comcast.rows.some((r) => r.cells[c.index]?.text === '$(318)'));
  assert.equal(amounts.length, 1);
  const m = meaning(comcast, amounts[0].index);
  assert.equal(m.kind, 'amount');
  assert.equal(m.sign, undefined);
});
