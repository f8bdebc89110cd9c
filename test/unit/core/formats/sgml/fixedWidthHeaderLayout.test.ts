import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSgml } from '../../../../../src/core/formats/sgml/readSgml';
import type { RawTable } from '../../../../../src/core/model';

// Header phrases of fixed-width tables that a reader takes as one band, or splits at the rule under them.
const doc = (body: string) => `<DOCUMENT>\n<TYPE>10-K\n<SEQUENCE>1\n<TEXT>\n${body}</TEXT>\n</DOCUMENT>\n`;
const header = (t: RawTable, row: number) =>
  t.rows[row].cells.map((c) => (c.colSpan && c.colSpan > 1 ? `${c.text}*${c.colSpan}` : c.text));

test('a phrase underlined by one dash run across five year columns is one band, not a word per column', () => {
  const t = readSgml(
    doc(`<TABLE>
<CAPTION>
                                            Years Ended December 31
                                   -------------------------------------
                                   1993   1992    1991    1990    1989
                                   ----   ----    ----    ----    ----
<S>                                <C>    <C>     <C>     <C>     <C>
Small...........................   28.8%  26.6%   31.2%   31.1%   34.7%
Middle..........................   51.4   53.4    47.3    44.8    45.6
</TABLE>
`),
  ).tables[0];
  assert.deepEqual(header(t, 0), ['', 'Years Ended December 31*5']);
  assert.deepEqual(header(t, 1), ['', '1993', '1992', '1991', '1990', '1989']);
});

test('a period phrase ("Fourth Quarter", "Full Year") over two columns stays whole without an underline', () => {
  const t = readSgml(
    doc(`<TABLE>
<CAPTION>
                                                    Fourth Quarter               Full Year
                                                   1993         1992         1993     1992
<S>                                                <C>          <C>          <C>      <C>
- - United States                                     942         873         3,826     3,361
- - Outside United States                             512         529         2,138     2,403
</TABLE>
`),
  ).tables[0];
  assert.deepEqual(header(t, 0), ['', 'Fourth Quarter*2', 'Full Year*2']);
});

test('words run together across columns split at the dash runs underlining each column', () => {
  const t = readSgml(
    doc(`<TABLE>
<CAPTION>
                                     WEIGHTED      AMOUNT    AVERAGE AMOUNT
                         BALANCE     AVERAGE    OUTSTANDING   OUTSTANDING
                           YEAR    INTEREST RATE DURING YEAR DURING YEAR (A)
                        ---------- ------------- ----------- ---------------
<S>                     <C>        <C>           <C>         <C>
1991--Commercial Paper  $  470,447     5.72%     $  729,630    $  598,055
1992--Commercial Paper  $  837,733     3.72%     $  855,277    $  625,833
</TABLE>
`),
  ).tables[0];
  const last = header(t, (t.headerRows ?? 1) - 1);
  assert.deepEqual(last.slice(2), [
    'WEIGHTED AVERAGE INTEREST RATE',
    'AMOUNT OUTSTANDING DURING YEAR',
    'AVERAGE AMOUNT OUTSTANDING DURING YEAR (A)',
  ]);
});

test('an open band ("Six Months Ended") pushed off centre by tabs spans the dates on the line below it', () => {
  const t = readSgml(
    doc(`<TABLE>
\t       Six Months Ended\t
\t                         March 28,   March 29,
\t                             1997        1996      Change\t
<S>                                  <C>         <C>        <C>
Net sales                        $  3,730     $  5,333     (30%)
Research and development\t $    290     $    303      (4%)
</TABLE>
`),
  ).tables[0];
  assert.deepEqual(header(t, 0).slice(0, 2), ['', 'Six Months Ended*2']);
});
