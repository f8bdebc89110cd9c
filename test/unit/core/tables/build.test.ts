import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RawCell, RawTable, ReaderResult, Table } from '../../../../src/core/model';
import { buildTables } from '../../../../src/core/tables/build';
import { basedOnCount } from '../../../../src/core/tables/notes';

/** Lays rows of cells out as text (cells joined by `sep`) and returns the text and a RawTable over it. */
function layout(rows: (string | [string, number])[][], layoutKind: RawTable['layout'] = 'html', sep = ' | ') {
  let text = '';
  const raw: RawTable = { span: { start: 0, end: 0 }, layout: layoutKind, rows: [] };
  for (const row of rows) {
    const start = text.length;
    const cells: RawCell[] = row.map((c, i) => {
      if (i > 0) text += sep;
      const [t, colSpan] = typeof c === 'string' ? [c, 1] : c;
      const cell: RawCell = { text: t, span: { start: text.length, end: text.length + t.length } };
      if (colSpan > 1) cell.colSpan = colSpan;
      text += t;
      return cell;
    });
    raw.rows.push({ cells, span: { start, end: text.length } });
    text += '\n';
  }
  raw.span.end = text.length;
  return { text, raw };
}

function build(text: string, tables: RawTable[], extra: Partial<ReaderResult> = {}): Table[] {
  const result: ReaderResult = {
    format: 'html',
    metadata: {},
    documents: [],
    headings: [],
    tables,
    footnotes: [],
    warnings: [],
    ...extra,
  };
  return buildTables(text, result, []);
}

const values = (t: Table) =>
  t.rows.map((r) => r.cells.map((c) => (c.value.kind === 'empty' ? '' : `${c.value.kind}:${c.value.value ?? ''}`)));

test('merges $, %, ) and )% cells of their own into their figures and drops the spacer columns', () => {
  const { text, raw } = layout([
    ['', '', ['2021', 3], '', ['Change', 2]],
    ['Fees', '', '$', '56,463', '', '', '12', '%'],
    ['Insurance', '', '', '(2,227', ')', '', '(21.0', ')%'],
  ]);
  const [t] = build(text, [raw]);
  assert.equal(t.columns.length, 3);
  assert.deepEqual(values(t), [
    ['text:', 'number:56463', 'percent:12'],
    ['text:', 'number:-2227', 'percent:-21'],
  ]);
  const fees = t.rows[0].cells[1];
  assert.equal(text.slice(fees.span.start, fees.span.end), '$ | 56,463');
  assert.equal(fees.value.money, true);
  assert.deepEqual(
    t.columns.map((c) => c.role),
    ['label', 'amount', 'percent-change'],
  );
  assert.equal(t.columns[1].year, 2021);
});

test('spreads an empty header cell from its left neighbour only while the bands above agree', () => {
  const { text, raw } = layout(
    [
      ['Name', 'Owned', '', 'Offered', 'Owned', ''],
      ['', 'Before', '', '', 'After(2)', ''],
      ['', 'Number', '% of Class(1)', '', 'Number', '% of Class'],
      ['Smith (3)', '1,000', '1.5%', '100', '900', '*'],
    ],
    'tab',
    '\t',
  );
  const [t] = build(text, [raw]);
  assert.deepEqual(
    t.columns.map((c) => c.path),
    [
      ['Name'],
      ['Owned', 'Before', 'Number'],
      ['Owned', 'Before', '% of Class'],
      ['Offered'],
      ['Owned', 'After', 'Number'],
      ['Owned', 'After', '% of Class'],
    ],
  );
  assert.deepEqual(
    t.columns[2].markers.map((m) => m.key),
    ['1'],
  );
  assert.deepEqual(
    t.columns[4].markers.map((m) => m.key),
    ['2'],
  );
  assert.equal(t.rows[0].label, 'Smith');
  assert.deepEqual(
    t.rows[0].cells[0].markers.map((m) => text.slice(m.span.start, m.span.end)),
    ['(3)'],
  );
  assert.equal(t.rows[0].cells[5].value.kind, 'less-than-one');
});

test('a colSpan header covers its columns and a spanning figure sits under the rightmost one', () => {
  const { text, raw } = layout([
    ['', ['Shares Owned', 3]],
    ['', '$', 'Amount', '%'],
    ['Jones', ['5,000', 2], '2.0%'],
    ['Brown', '', '700', '0.3%'],
  ]);
  const [t] = build(text, [raw]);
  assert.deepEqual(
    t.columns.map((c) => c.path),
    [[], ['Shares Owned', 'Amount'], ['Shares Owned', '%']],
  );
  assert.deepEqual(values(t), [
    ['text:', 'number:5000', 'percent:2'],
    ['text:', 'number:700', 'percent:0.3'],
  ]);
});

test("a dash, NM or '*' spanning the '$ | figure' slots sits in the figure's slot; '$ | —' is one cell", () => {
  const { text, raw } = layout([
    ['', ['2023', 2], ['2022', 2]],
    ['Sales', '$', '3,984', '$', '2,893'],
    ['Recall', ['25', 2], ['—', 2]],
    ['Other', ['NM', 2], '$', '—'],
  ]);
  const [t] = build(text, [raw]);
  assert.deepEqual(
    t.columns.map((c) => c.path),
    [[], ['2023'], ['2022']],
  );
  assert.deepEqual(values(t), [
    ['text:', 'number:3984', 'number:2893'],
    ['text:', 'number:25', 'not-meaningful:'],
    ['text:', 'not-meaningful:', 'not-meaningful:'],
  ]);
});

test('realigns TAB rows that lost their $ cells in rendering, and gives a column of markers to its figures', () => {
  const { text, raw } = layout(
    [
      ['Name', '', 'Shares(1)', '', '', '', 'Percent(2)'],
      ['BlackRock', '', '', '6,888,619', '(3)', '', '', '12.43%'],
      ['Sue Rataj', '', '', '27,460', '', '', '', '*'],
      ['Fund', '', '5,000', '(4)', '', '', '1.0%'],
    ],
    'tab',
    '\t',
  );
  const [t] = build(text, [raw]);
  assert.deepEqual(
    t.columns.map((c) => c.path),
    [['Name'], ['Shares'], ['Percent']],
  );
  assert.deepEqual(values(t), [
    ['text:', 'number:6888619', 'percent:12.43'],
    ['text:', 'number:27460', 'less-than-one:'],
    ['text:', 'number:5000', 'percent:1'],
  ]);
  assert.deepEqual(
    t.rows[0].cells[1].markers.map((m) => m.key),
    ['3'],
  );
  assert.deepEqual(
    t.columns.map((c) => c.role),
    ['label', 'shares', 'percent'],
  );
});

test('reads the scale, the less-than-one legend and the stated outstanding shares from the notes', () => {
  const { text: body, raw } = layout(
    [
      ['Name', 'Shares', 'Percent'],
      ['Smith', '1,000', '*'],
    ],
    'tab',
    '\t',
  );
  const text =
    body + '* Represents less than 1%\n(1) Based on 7,150,000 shares of common stock outstanding as of May 1.\n';
  raw.before = 'Ownership (in thousands)';
  raw.after = '* Represents less than 1%\n(1) Based on 7,150,000 shares of common stock outstanding as of May 1.';
  const [t] = build(text, [raw]);
  assert.equal(t.scale, 1000);
  assert.equal(t.lessThanOneLegend, true);
  assert.equal(basedOnCount(t)?.value, 7150000);
  const s = basedOnCount(t)!.span;
  assert.equal(text.slice(s.start, s.end), '7,150,000');
  assert.equal(t.title, 'Ownership (in thousands)');
  assert.equal(t.rows[0].kind, 'data');
});

test('marks total, subtotal, group and section rows by their labels', () => {
  const { text, raw } = layout([
    ['', '2021'],
    ['Assets', ''],
    ['Cash', '10'],
    ['Subtotal', '10'],
    ['Officers as a group', '10'],
    ['Total', '10'],
  ]);
  const [t] = build(text, [raw]);
  assert.deepEqual(
    t.rows.map((r) => r.kind),
    ['section', 'data', 'subtotal', 'subtotal', 'total'],
  );
});

test('never throws on empty or ragged tables', () => {
  const { text, raw } = layout([[''], ['a', 'b', 'c'], []]);
  assert.doesNotThrow(() => build(text, [raw, { span: { start: 0, end: 0 }, layout: 'pipe', rows: [] }]));
});

test('a drifted row lands its percent under the percents and its amount under the amounts', () => {
  const { text, raw } = layout(
    [
      ['', '', 'Cost', '', '', 'Percent', '', '', 'Cost', '', 'Percent'],
      ['Within 1 year', '', '24,865', '', '17.2%', '', '20,855', '', '18.2%'],
      ['Beyond 1 year', '', '', '58,700', '', '40.7', '', '', '36,071', '', '31.5'],
    ],
    'tab',
    '\t',
  );
  const [t] = build(text, [raw]);
  assert.deepEqual(values(t), [
    ['text:', 'number:24865', 'percent:17.2', 'number:20855', 'percent:18.2'],
    // The Percent columns' bare numbers are typed as percents once their meaning (shares) is read.
    ['text:', 'number:58700', 'percent:40.7', 'number:36071', 'percent:31.5'],
  ]);
  assert.deepEqual(
    t.columns.map((c) => c.path.join()),
    ['', 'Cost', 'Percent', 'Cost', 'Percent'],
  );
});

test('HTML spacer rows are dropped and a colSpan header keeps its marker when its first slot goes', () => {
  const { text, raw } = layout([
    ['', '', '', '', '', ''],
    ['Name', '', ['Shares(1)', 2], '', ['Percent(2)', 2]],
    ['Holder', '', '', '6,888,619', '', '', '12.43', '%'],
  ]);
  const [t] = build(text, [raw]);
  assert.equal(t.headerRows.length, 1);
  assert.deepEqual(
    t.columns.map((c) => [c.path.join(), c.markers.map((m) => m.key).join()]),
    [
      ['Name', ''],
      ['Shares', '1'],
      ['Percent', '2'],
    ],
  );
  assert.deepEqual(values(t), [['text:', 'number:6888619', 'percent:12.43']]);
});
