import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analyze';
import type { Table } from '../../../../src/core/model';

// Small fixtures for the meaning rules of session 6 (test/corpus/meaning-audit.md): each rule, and where it is a
// guard, the case it leaves alone.
const md = (title: string, rows: string[]): Table => {
  const text = ['# ACME CORP 10-K', '', title, '', ...rows, ''].join('\n');
  const t = analyze(text, { uri: 'fixture.md' }).tables[0];
  assert.ok(t, 'a table');
  return t;
};
const kindOf = (t: Table, i: number) => t.columns[i].meaning?.kind;

test('a percent of one amount band beside another band over the same dates is a rate (a margin), not a share', () => {
  const html = `<html><body><p>Income before tax by segment:</p><table>
<tr><td></td><td colspan="2">Income Before Tax</td><td colspan="2">Segment Sales</td><td colspan="2">Percent of Segment Sales</td></tr>
<tr><td></td><td>July 2, 2023</td><td>July 3, 2022</td><td>July 2, 2023</td><td>July 3, 2022</td><td>July 2, 2023</td><td>July 3, 2022</td></tr>
<tr><td>Consumer Health</td><td>$860</td><td>$784</td><td>$4,011</td><td>$3,805</td><td>21.4%</td><td>20.6%</td></tr>
<tr><td>Pharmaceutical</td><td>4,862</td><td>4,420</td><td>13,731</td><td>13,317</td><td>35.4</td><td>33.2</td></tr>
</table></body></html>`;
  const t = analyze(html, { uri: 'fixture.htm' }).tables[0];
  assert.equal(kindOf(t, 5), 'rate');
  assert.equal(kindOf(t, 6), 'rate');
  assert.match(t.columns[5].meaning?.why ?? '', /Segment Sales/);
});

test('a percent of the only amount band (Revenue | Percent of Revenue) stays a share', () => {
  const html = `<html><body><p>Revenue by product:</p><table>
<tr><td></td><td colspan="2">Revenue</td><td colspan="2">Percent of Revenue</td></tr>
<tr><td></td><td>2023</td><td>2022</td><td>2023</td><td>2022</td></tr>
<tr><td>Widgets</td><td>$600</td><td>$500</td><td>60.0%</td><td>62.5%</td></tr>
<tr><td>Gadgets</td><td>400</td><td>300</td><td>40.0</td><td>37.5</td></tr>
<tr><td>Total revenue</td><td>$1,000</td><td>$800</td><td>100.0%</td><td>100.0%</td></tr>
</table></body></html>`;
  const t = analyze(html, { uri: 'fixture.htm' }).tables[0];
  assert.equal(kindOf(t, 3), 'share');
});

test('a column reconciling a margin (GAAP margin, its adjustments, non-GAAP margin) is rates', () => {
  const t = md('Operating profit margin reconciliation', [
    '| | 2023 | 2022 |',
    '|---|---|---|',
    '| Operating profit margin, GAAP | 20.5% | 16.1% |',
    '| Restructuring charges | 0.1% | 0.5% |',
    '| Impairment charges | —% | 4.0% |',
    '| Operating profit margin, non-GAAP | 20.7% | 20.5% |',
  ]);
  assert.equal(kindOf(t, 1), 'rate');
  assert.equal(kindOf(t, 2), 'rate');
});

test("a 100% on a rate's row (Expected volatility) is that rate, not the base of shares", () => {
  const t = md('Black-Scholes assumptions', [
    '| Assumption | |',
    '|---|---|',
    '| Expected volatility | 100% |',
    '| Expected dividends | 0% |',
    '| Risk-free rate | 0.14% |',
  ]);
  assert.equal(kindOf(t, 1), 'rate');
});

test('a 100% on a total row still makes the column shares', () => {
  const t = md('Revenue mix', [
    '| Segment | Percent |',
    '|---|---|',
    '| North | 60% |',
    '| South | 40% |',
    '| Total | 100% |',
  ]);
  assert.equal(kindOf(t, 1), 'share');
});

test('"Percentage of amount assumed to net" is a ratio of two columns, a rate; "Percent of total" is a share', () => {
  const t = md('Reinsurance', [
    '| | Direct amount | Assumed | Net amount | Percentage of amount assumed to net | Percent of total |',
    '|---|---|---|---|---|---|',
    '| Property | $180 | 6 | 186 | 3.2% | 60.0% |',
    '| Casualty | $120 | 4 | 124 | 3.2% | 40.0% |',
  ]);
  assert.equal(kindOf(t, 4), 'rate');
  assert.equal(kindOf(t, 5), 'share');
});

test('a change column of NM only, headed as a percent change beside it, is a percent change', () => {
  const t = md('Interest income', [
    '| | 1997 | Change | 1996 | Change | 1995 |',
    '|---|---|---|---|---|---|',
    '| Interest and other income, net | $25 | (72%) | $88 | NM | $(10) |',
  ]);
  assert.equal(kindOf(t, 2), 'percent-change');
  assert.equal(kindOf(t, 4), 'percent-change');
  assert.deepEqual(t.columns[4].meaning?.compares, [3, 5]);
});

test('"Percentage of Total Common Shares" beside "Number of Common Shares" divides that count', () => {
  const t = md('Shareholders by location', [
    '| Location | Number of Common Shares | Percentage of Total Common Shares | Number of Holders |',
    '|---|---|---|---|',
    '| United States | 3,417,980 | 8.0% | 43 |',
    '| Canada | 37,062,784 | 86.7% | 16 |',
    '| Other | 2,281,500 | 5.3% | 9 |',
    '| Total | 42,762,264 | 100.0% | 68 |',
  ]);
  assert.deepEqual(t.columns[2].meaning?.shareOf, { column: 1, row: 3 });
});

test('"FAS 109 Method 1994" names its year though the method name holds digits', () => {
  const t = md('Income taxes', [
    '| | FAS 109 Method 1994 | 1993 | 1992 |',
    '|---|---|---|---|',
    '| Computed expected tax | $175,100 | $48,532 | $290,850 |',
    '| Effective tax rate | 38% | 38% | 38% |',
  ]);
  assert.equal(t.columns[1].meaning?.period?.label, 'FAS 109 Method 1994');
});
