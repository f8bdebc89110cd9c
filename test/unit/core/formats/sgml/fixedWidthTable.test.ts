import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSgml } from '../../../../../src/core/formats/sgml/readSgml';
import type { RawCell, RawTable } from '../../../../../src/core/model';

const doc = (body: string) => `<DOCUMENT>\n<TYPE>10-K\n<SEQUENCE>1\n<TEXT>\n${body}</TEXT>\n</DOCUMENT>\n`;
const texts = (t: RawTable, row: number) => t.rows[row].cells.map((c) => c.text);
const slice = (text: string, c: RawCell) => text.slice(c.span.start, c.span.end).replace(/\s+/g, ' ');

const RESULTS = doc(`RESULTS OF OPERATIONS

<TABLE>
<CAPTION>
                                      1997       CHANGE       1996
                                    ---------  -----------  ---------
                                      (DOLLARS IN MILLIONS)
<S>                                 <C>        <C>          <C>
Net sales...........................  $   7,081         (28%) $   9,833
  Percentage of net sales...........        19%                      10%
Special Charges
  In-process research and
    development.....................  $     375          NM   $      --
                                    ---------               ---------
Total                                 $   7,456               $   9,833
                                    =========               =========
</TABLE>

NM: Not Meaningful
`);

test('reads a <TABLE> block into header and data rows at the <S>/<C> column starts', () => {
  const r = readSgml(RESULTS);
  assert.equal(r.tables.length, 1);
  const t = r.tables[0];
  assert.equal(t.layout, 'fixed-width');
  assert.equal(t.headerRows, 1);
  assert.deepEqual(texts(t, 0), ['', '1997', 'CHANGE', '1996']);
  assert.deepEqual(texts(t, 1), ['Net sales', '$ 7,081', '(28%)', '$ 9,833']);
  assert.deepEqual(texts(t, 2), ['Percentage of net sales', '19%', '', '10%']);
  assert.deepEqual(texts(t, 3), ['Special Charges', '', '', '']);
  assert.deepEqual(texts(t, 4), ['In-process research and development', '$ 375', 'NM', '$ --']);
  assert.deepEqual(texts(t, 5), ['Total', '$ 7,456', '', '$ 9,833']);
  assert.equal(t.rows.length, 6, 'rule lines are not rows');
});

test('puts a scale note from the caption area into the caption, and prose around the table into before and after', () => {
  const t = readSgml(RESULTS).tables[0];
  assert.equal(t.caption?.text, '(DOLLARS IN MILLIONS)');
  assert.match(t.before ?? '', /RESULTS OF OPERATIONS$/);
  assert.match(t.after ?? '', /NM: Not Meaningful/);
});

test('joins a label wrapped over two lines with pieces that point at each line', () => {
  const t = readSgml(RESULTS).tables[0];
  const label = t.rows[4].cells[0];
  assert.equal(label.pieces?.length, 2);
  for (const p of label.pieces ?? []) {
    const piece = label.text.slice(p.at).split(' ')[0];
    assert.ok(RESULTS.slice(p.span.start, p.span.end).startsWith(piece));
  }
  assert.equal(RESULTS.slice(label.pieces![1].span.start, label.pieces![1].span.end), 'development');
});

test('gives every non-empty cell a span that slices back to its text', () => {
  const t = readSgml(RESULTS).tables[0];
  for (const row of t.rows) {
    for (const c of row.cells) {
      if (c.pieces) continue;
      assert.equal(slice(RESULTS, c), c.text);
    }
  }
});

const OWNERS = doc(`<TABLE>
<CAPTION>
                                           Shares Owned After
                                              Offering <F1>
                                          ------------------
  Name of Selling          Shares Being    Number    Percent
  Shareholder                Offered
<S>                        <C>             <C>       <C>
AmSouth Bank, FBO
Margaret Spencer South       5,530          1,000       1.2%
William M. Spencer, III      3,615          3,750         *
Foley, Revy
 Investment Co., Inc.       30,300              0         0
________________

*    Less than 1%.
<FN>
<F1> Does not include shares issuable upon conversion of Series One Preferred Stock or
     exercise of warrants.
</TABLE>
`);

test('stacks a header printed over several lines into one band, and a header underlined across two columns gets colSpan 2', () => {
  const t = readSgml(OWNERS).tables[0];
  assert.equal(t.headerRows, 2);
  const top = t.rows[0].cells;
  assert.equal(top.length, 3);
  assert.equal(top[2].text, 'Shares Owned After Offering <F1>', 'footnote markers stay in the text');
  assert.equal(top[2].colSpan, 2);
  assert.deepEqual(texts(t, 1), ['Name of Selling Shareholder', 'Shares Being Offered', 'Number', 'Percent']);
  assert.ok(t.rows.slice(0, 2).every((r) => r.cells.every((c) => c.header)));
  // each line of a stacked header is a piece that slices back to the original
  for (const c of [top[2], ...t.rows[1].cells]) {
    for (const p of c.pieces ?? []) {
      const piece = OWNERS.slice(p.span.start, p.span.end);
      assert.equal(c.text.slice(p.at, p.at + piece.length), piece);
    }
  }
});

test('joins holder names wrapped over lines and keeps the * cell', () => {
  const t = readSgml(OWNERS).tables[0];
  const data = t.rows.slice(t.headerRows);
  assert.deepEqual(
    data.map((r) => r.cells.map((c) => c.text)),
    [
      ['AmSouth Bank, FBO Margaret Spencer South', '5,530', '1,000', '1.2%'],
      ['William M. Spencer, III', '3,615', '3,750', '*'],
      ['Foley, Revy Investment Co., Inc.', '30,300', '0', '0'],
    ],
  );
});

test('reads the * legend and the <FN> block as footnotes, not rows', () => {
  const r = readSgml(OWNERS);
  assert.deepEqual(
    r.footnotes.map((f) => [f.marker, f.key, f.text]),
    [
      ['*', '*', 'Less than 1%.'],
      [
        '<F1>',
        '1',
        'Does not include shares issuable upon conversion of Series One Preferred Stock or exercise of warrants.',
      ],
    ],
  );
  const f1 = r.footnotes[1];
  assert.equal(OWNERS.slice(f1.markerSpan.start, f1.markerSpan.end), '<F1>');
  assert.match(r.tables[0].after ?? '', /Less than 1%/);
});

test('expands TABs to 8-column stops when placing cells', () => {
  const text = doc(
    '<TABLE>\n<CAPTION>\n\t\t\t  1997\t     1996\n<S>\t\t\t  <C>\t     <C>\nNet sales\t\t $ 1,601     $ 2,185\n</TABLE>\n',
  );
  const t = readSgml(text).tables[0];
  assert.deepEqual(texts(t, 0), ['', '1997', '1996']);
  assert.deepEqual(texts(t, 1), ['Net sales', '$ 1,601', '$ 2,185']);
});

test('gives each <S> line of one <TABLE> block its own table with its own headers', () => {
  const text = doc(`<TABLE>
<CAPTION>
                       Second Quarter
                      1997        1996
<S>                    <C>         <C>
Net sales           $ 1,601     $ 2,185

                        Six Months
                      1997        1996
<S>                    <C>         <C>
Net sales           $ 3,730     $ 5,333
</TABLE>
`);
  const r = readSgml(text);
  assert.equal(r.tables.length, 2);
  assert.deepEqual(
    r.tables[1].rows.map((row) => row.cells.map((c) => c.text)),
    [
      ['', 'Six Months'],
      ['', '1997', '1996'],
      ['Net sales', '$ 3,730', '$ 5,333'],
    ],
  );
});

test('an unterminated <TABLE> gives a warning and still reads its rows', () => {
  const text = '<DOCUMENT>\n<TYPE>10-K\n<TEXT>\n<TABLE>\n<S>        <C>\nCash       $ 12\n';
  const r = readSgml(text);
  assert.equal(r.tables.length, 1);
  assert.deepEqual(texts(r.tables[0], 0), ['Cash', '$ 12']);
  assert.ok(r.warnings.some((w) => /no <\/TABLE>/.test(w)));
});

test('reads a table laid out without <TABLE> tags, but not justified prose with numbers', () => {
  const text = doc(`In  general, the Company's backlog was  $663 million  at both
December  2, 1994,  and  November  19,  1993,  and  1992,  respectively.

Interest and other income (expense), net, consists of the following:

                                              1994        1993        1992
Interest income                           $ 43,284    $ 70,225    $ 71,686
Interest expense                           (39,653)    (11,800)     (8,708)
Other income (expense), net                  8,685       2,699      13,718
                                          $ (21,988)   $ 29,321    $ 49,634

The  weighted  average interest rates for commercial paper borrowings  at
September 30, 1994, and September 24, 1993, were approximately  5.0%  and
3.3%,  respectively,  or  $24.9  million,  $8.9  million,  and  $6.5  million.
`);
  const r = readSgml(text);
  assert.equal(r.tables.length, 1);
  const t = r.tables[0];
  assert.equal(t.headerRows, 1);
  assert.deepEqual(texts(t, 0), ['', '1994', '1993', '1992']);
  assert.deepEqual(texts(t, 2), ['Interest expense', '(39,653)', '(11,800)', '(8,708)']);
  assert.deepEqual(texts(t, 4), ['', '$ (21,988)', '$ 29,321', '$ 49,634']);
  assert.match(t.before ?? '', /consists of the following:$/);
});

test('strips spaced leader dots, keeps $ and ( with numbers that start left of their <C>, reads glued <C><C>', () => {
  const text = doc(`<TABLE>
<CAPTION>
                                   Amount   Code
<S>                             <C><C>    <C>
Interest expense . . . . . . . $(1,045)     A
Other. . . . . . . . . . . . .    (28%)     B
</TABLE>
`);
  const t = readSgml(text).tables[0];
  assert.deepEqual(
    t.rows.map((r) => r.cells.map((c) => c.text)),
    [
      ['', '', 'Amount', 'Code'],
      ['Interest expense', '', '$(1,045)', 'A'],
      ['Other', '', '(28%)', 'B'],
    ],
  );
});

test('reads a <TABLE> block that has no <S>/<C> line from the positions of its figures', () => {
  const text = doc(`<TABLE>
<CAPTION>
                                       1997        1996
Net sales                          $  7,081    $  9,833
Gross margin                          1,368         968
</TABLE>
`);
  const t = readSgml(text).tables[0];
  assert.ok(t);
  assert.deepEqual(
    t.rows.slice(t.headerRows).map((r) => r.cells.map((c) => c.text)),
    [
      ['Net sales', '$ 7,081', '$ 9,833'],
      ['Gross margin', '1,368', '968'],
    ],
  );
});
