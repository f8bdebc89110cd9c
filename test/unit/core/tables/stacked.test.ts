import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analyze';
import type { FormatId, Table } from '../../../../src/core/model';
import { runRules } from '../../../../src/rules';
import { readCorpus } from '../../../corpusPaths';

// A quarter block and a six-month block stacked in one table, each under its own header; one misprint
// in the second block (110 vs 100 is 10%, printed 12%).
const HTML = `<html><body><p>Results of operations</p><table>
<tr><td></td><td colspan="3">Three Months Ended June 30,</td></tr>
<tr><td></td><td>2023</td><td>2022</td><td>% Change</td></tr>
<tr><td>Net sales</td><td>$120</td><td>$100</td><td>20%</td></tr>
<tr><td>Gross margin</td><td>60</td><td>50</td><td>20%</td></tr>
<tr><td></td><td colspan="3">Six Months Ended June 30,</td></tr>
<tr><td></td><td>2023</td><td>2022</td><td>% Change</td></tr>
<tr><td>Net sales</td><td>$250</td><td>$200</td><td>25%</td></tr>
<tr><td>Gross margin</td><td>110</td><td>100</td><td>12%</td></tr>
</table></body></html>
`;

const SGML = `<DOCUMENT>
<TYPE>10-Q
<TEXT>
RESULTS OF OPERATIONS

<TABLE>
<CAPTION>
                               THREE MONTHS ENDED JUNE 30,
                                2023       2022     CHANGE
                               ------     ------    ------
<S>                            <C>        <C>       <C>
Net sales                       $120       $100       20%
Gross margin                      60         50       20%

                                SIX MONTHS ENDED JUNE 30,
                                2023       2022     CHANGE
                               ------     ------    ------
Net sales                       $250       $200       25%
Gross margin                     110        100       12%
</TABLE>
</TEXT>
</DOCUMENT>
`;

const TAB = [
  'Example Corp',
  'Form 10-Q',
  'August 1, 2023',
  '',
  'Results of operations',
  '\tThree Months Ended June 30,\t\t',
  '\t2023\t2022\t% Change',
  'Net sales\t$120\t$100\t20%',
  'Gross margin\t60\t50\t20%',
  '\tSix Months Ended June 30,\t\t',
  '\t2023\t2022\t% Change',
  'Net sales\t$250\t$200\t25%',
  'Gross margin\t110\t100\t12%',
  '',
].join('\n');

/** The months and end date of every amount column, and what each change column compares. */
function periods(t: Table): string[] {
  return t.columns
    .filter((c) => c.meaning?.kind === 'amount' || c.meaning?.kind === 'percent-change')
    .map(
      (c) =>
        `${c.meaning!.kind} ${c.meaning!.period?.months ?? '?'}m ${c.meaning!.period?.end ?? ''}` +
        (c.meaning!.compares ? ` ${c.meaning!.compares.join('v')}` : ''),
    );
}

for (const [form, text, hint] of [
  ['HTML', HTML, 'html'],
  ['SGML fixed-width', SGML, 'sgml'],
  ['converted TAB', TAB, 'converted'],
] as [string, string, FormatId][]) {
  test(`${form}: a header row printed again mid-table starts a table of its own with its own periods`, () => {
    const a = analyze(text, { languageHint: hint });
    assert.equal(a.tables.length, 2, a.tables.map((t) => t.rows.map((r) => r.label).join(',')).join(' | '));
    const [quarter, half] = a.tables;
    assert.deepEqual(
      quarter.rows.map((r) => r.label),
      ['Net sales', 'Gross margin'],
    );
    assert.deepEqual(
      half.rows.map((r) => r.label),
      ['Net sales', 'Gross margin'],
    );
    assert.deepEqual(periods(quarter), ['amount 3m 2023-06-30', 'amount 3m 2022-06-30', 'percent-change 3m  1v2']);
    assert.deepEqual(periods(half), ['amount 6m 2023-06-30', 'amount 6m 2022-06-30', 'percent-change 6m  1v2']);
    // The misprint is found in the second block, against the second block's columns; nothing else is.
    const findings = runRules(a).findings.filter((f) => f.ruleId === 'percent-change');
    assert.equal(findings.length, 1);
    assert.equal(text.slice(findings[0].span.start, findings[0].span.end), '12%');
    assert.ok(findings[0].span.start >= half.span.start);
  });
}

test('a row of words after the figures is no header: nothing splits without a period the first header shares', () => {
  const text = HTML.replace(
    /<tr><td><\/td><td colspan="3">Six Months Ended June 30,<\/td><\/tr>\n<tr><td><\/td><td>2023<\/td><td>2022<\/td><td>% Change<\/td><\/tr>/,
    '<tr><td></td><td>Americas</td><td>Europe</td><td>Total</td></tr>',
  );
  assert.equal(analyze(text, { languageHint: 'html' }).tables.length, 1);
});

test("Procter & Gamble's 10-Q: the percent-of-sales block under its own header is read apart from the amounts", () => {
  const a = analyze(readCorpus('incoming/html/ProcterGamble_10-Q_2023.htm'), { uri: 'pg.htm' });
  const i = a.tables.findIndex((t) => t.rows.some((r) => r.label === 'Diluted net earnings per common share'));
  const [amounts, shares] = [a.tables[i], a.tables[i + 1]];
  assert.deepEqual(
    amounts.rows.map((r) => r.label),
    [
      'Net sales',
      'Operating income',
      'Earnings before income taxes',
      'Net earnings',
      'Net earnings attributable to Procter & Gamble',
      'Diluted net earnings per common share',
    ],
  );
  assert.equal(shares.rows[0].label, 'Gross margin');
  assert.equal(shares.rows.length, 6);
  // The second block's own header: the two years' percents and a basis-point change beside them.
  const kinds = shares.columns.map((c) => c.meaning?.kind);
  assert.deepEqual(kinds.slice(1), ['unknown', 'unknown', 'points-change']);
  assert.deepEqual(
    shares.columns.slice(1, 3).map((c) => c.meaning?.period?.end),
    ['2023-09-30', '2022-09-30'],
  );
  // The first block keeps its % Chg column; no percent column of the first block survives in the second.
  assert.ok(amounts.columns.some((c) => c.meaning?.kind === 'percent-change'));
  assert.ok(!shares.columns.some((c) => c.meaning?.kind === 'percent-change'));
});

test("3M's 10-Q: the six-month block of the segment table is read under its own six-month header", () => {
  const a = analyze(readCorpus('incoming/html/3M_10-Q_2023.htm'), { uri: '3m.htm' });
  const parts = a.tables.filter((t) => t.title === 'Sales and operating income (loss) by business segment:');
  assert.equal(parts.length, 2);
  const months = (t: Table) => [...new Set(t.columns.map((c) => c.meaning?.period?.months).filter((m) => m))];
  assert.deepEqual(months(parts[0]), [3]);
  assert.deepEqual(months(parts[1]), [6]);
  assert.deepEqual(
    parts.map((t) => t.rows.at(-1)?.label),
    ['Total Company', 'Total Company'],
  );
});

test("Golden Grain's 10-K: the title row above a repeated header heads the block below it, not the block above", () => {
  const a = analyze(readCorpus('incoming/html/GoldenGrainEnergy_10-K_2021.htm'), { uri: 'gg.htm' });
  const title = 'Guardian Energy Condensed Financial Information';
  const i = a.tables.findIndex((t) => t.headerRows?.some((r) => r.some((c) => c.text === title)));
  assert.ok(i > 0, 'the part titled by the row starts with it');
  // The block above ends with its own last figures, not with the next block's title.
  assert.deepEqual(
    a.tables[i - 1].rows.map((r) => r.label),
    ['Revenue', 'Gross Profit', 'Net Income'],
  );
  assert.ok(!a.tables.some((t) => t.rows.some((r) => r.label === title)));
});
