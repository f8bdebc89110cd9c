import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analyze';
import type { Table } from '../../../../src/core/model';

// One results table in each text form a user holds: the column meanings come out the same.
const TAB = [
  'ACME CORP',
  'Form 10-Q',
  '',
  'Results of Operations',
  '(in millions, except percentages)',
  '\tThree Months Ended June 30,\t\t\t',
  '\t2023\t2022\t% Change\tConstant Currency Change',
  'Revenue\t$1,100\t$1,000\t10.0%\t12.0%',
  'Operating income\t220\t200\t10.0\t11.5',
  'Net income\t110\t100\t10.0\t11.0',
  '',
].join('\n');

const PIPE = [
  '# ACME CORP 10-Q',
  '',
  'Results of Operations (in millions, except percentages)',
  '',
  '| | Three Months Ended June 30, 2023 | Three Months Ended June 30, 2022 | % Change | Constant Currency Change |',
  '|---|---|---|---|---|',
  '| Revenue | $1,100 | $1,000 | 10.0% | 12.0% |',
  '| Operating income | 220 | 200 | 10.0 | 11.5 |',
  '| Net income | 110 | 100 | 10.0 | 11.0 |',
  '',
].join('\n');

const SGML = [
  '<DOCUMENT>',
  '<TYPE>10-Q',
  '<TEXT>',
  '<TABLE>',
  '<CAPTION>',
  '                          THREE MONTHS ENDED JUNE 30,',
  '                          ---------------------------      CONSTANT',
  '                              2023           2022    % CHANGE  CURRENCY CHANGE',
  '<S>                          <C>            <C>       <C>       <C>',
  'Revenue....................  $1,100         $1,000    10.0%     12.0%',
  'Operating income...........     220            200    10.0      11.5',
  'Net income.................     110            100    10.0      11.0',
  '</TABLE>',
  '</TEXT>',
  '</DOCUMENT>',
  '',
].join('\n');

const HTML = `<html><body><p>Results of Operations</p><table>
<tr><td>(in millions,<br>except percentages)</td><td colspan="2">Three Months Ended<br>June 30,</td><td></td><td></td></tr>
<tr><td></td><td>2023</td><td>2022</td><td>%<br>Change</td><td><div>Constant Currency</div><div>Change</div></td></tr>
<tr><td>Revenue</td><td>$1,100</td><td>$1,000</td><td>10.0%</td><td>12.0%</td></tr>
<tr><td>Operating income</td><td>220</td><td>200</td><td>10.0</td><td>11.5</td></tr>
<tr><td>Net income</td><td>110</td><td>100</td><td>10.0</td><td>11.0</td></tr>
</table></body></html>`;

const results = (text: string): Table => {
  const t = analyze(text).tables.find((x) => x.rows.some((r) => r.label.startsWith('Revenue')));
  assert.ok(t, 'the results table is read');
  return t;
};

for (const [form, text] of [
  ['converted TAB', TAB],
  ['Markdown pipe', PIPE],
  ['SGML fixed-width', SGML],
  ['HTML', HTML],
] as const) {
  test(`${form}: the % change compares 2023 with 2022; the constant-currency change compares nothing; bare numbers under % Change are percents`, () => {
    const t = results(text);
    const kinds = t.columns.map((c) => c.meaning!.kind);
    assert.deepEqual(
      kinds,
      ['text', 'amount', 'amount', 'percent-change', 'percent-change'],
      JSON.stringify(t.columns.map((c) => c.path)),
    );
    assert.equal(t.columns[1].meaning!.period!.end, '2023-06-30');
    assert.equal(t.columns[1].meaning!.period!.months, 3);
    assert.deepEqual(t.columns[3].meaning!.compares, [1, 2]);
    assert.equal(t.columns[4].meaning!.basis, 'constant-currency');
    assert.equal(t.columns[4].meaning!.compares, null);
    assert.ok(
      t.columns.every((c) => !c.path.some((p) => /in millions/i.test(p))),
      'the unit caption is no header',
    );
  });
}

test('HTML: a <br> or <div> inside a header cell separates words', () => {
  const t = results(HTML);
  assert.match(t.columns[3].path.join(' / '), /(^| \/ )% Change$/);
  assert.match(t.columns[4].path.join(' / '), /(^| \/ )Constant Currency Change$/);
  assert.match(t.columns[1].path.join(' / '), /^Three Months Ended June 30, \/ 2023$/);
});
