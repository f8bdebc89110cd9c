import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analyze';
import type { Table } from '../../../../src/core/model';
import { corpusTable } from './corpusTable';

// HTML header layout (issue 14, test/corpus/meaning-audit.md "Left wrong"): which rows head the columns, and
// where a dash spanning two slots sits. Small fixtures per rule, then the real corpus tables that showed each.
const html = (body: string): Table[] => analyze(`<html><body>${body}</body></html>`, { uri: 'fixture.htm' }).tables;
const paths = (t: Table) => t.columns.map((c) => c.path.join(' / '));
const hasRow = (re: RegExp) => (t: Table) => t.rows.some((r) => re.test(r.label));

test('a <th> title row is the least of the header: the <td> row of column heads under it heads the columns too', () => {
  const [t] = html(
    '<table><tr><th colspan="4">Gas Sales in Billion cubic feet</th></tr>' +
      '<tr><td>Fiscal Quarter</td><td>2021 Gas Sales</td><td>2020 Gas Sales</td><td>Percentage change</td></tr>' +
      '<tr><td>First</td><td>3.222</td><td>4.884</td><td>-34.03%</td></tr>' +
      '<tr><td>Second</td><td>4.354</td><td>4.624</td><td>-5.84%</td></tr></table>',
  );
  assert.equal(t.headerRows.length, 2);
  assert.deepEqual(t.columns[3].path, ['Gas Sales in Billion cubic feet', 'Percentage change']);
  assert.deepEqual(t.columns[3].meaning?.compares, [1, 2]);
  assert.deepEqual(
    t.rows.map((r) => r.label),
    ['First', 'Second'],
  );
});

test('a signature block under <th> heads stays as long as its <th> rows: text rows are not a header', () => {
  const rows = ['Alice Smith', 'Bob Jones', 'Carol White', 'Dan Brown', 'Eve Black', 'Fay Green']
    .map((n, i) => `<tr><td>/s/ ${n}</td><td>Director</td><td>March ${i + 1}, 2024</td></tr>`)
    .join('');
  const [t] = html(
    `<table><tr><th>Signature</th><th>Title</th><th>Date</th></tr>${rows}<tr><td>x</td><td>12</td><td>3</td></tr></table>`,
  );
  assert.equal(t.headerRows.length, 1);
});

test('title rows alone in the label slot over a row of column heads belong to the header', () => {
  const [t] = html(
    '<table><tr><td>REVENUES</td><td></td><td></td><td></td></tr>' +
      '<tr><td>Dollars in millions</td><td></td><td></td><td></td></tr>' +
      '<tr><td>Quarters Ended June 30,</td><td>2023</td><td>2022</td><td>Inc/ (Dec)</td></tr>' +
      '<tr><td>U.S.</td><td>$823.1</td><td>$704.6</td><td>17%</td></tr>' +
      '<tr><td>Other</td><td>1,461.5</td><td>1,223.1</td><td>19</td></tr></table>',
  );
  assert.deepEqual(paths(t).slice(1), ['2023', '2022', 'Inc/ (Dec)']);
  assert.equal(t.columns[3].meaning?.kind, 'percent-change');
  assert.deepEqual(t.columns[3].meaning?.compares, [1, 2]);
});

test('a section label above the figures is still a row, not a header', () => {
  const [t] = html(
    '<table><tr><td></td><td>2023</td><td>2022</td></tr>' +
      '<tr><td>Assets</td><td></td><td></td></tr>' +
      '<tr><td>Cash</td><td>10</td><td>9</td></tr></table>',
  );
  assert.equal(t.headerRows.length, 1);
  assert.equal(t.rows[0].label, 'Assets');
});

test('a first row of words among percentiles ("25%", "Mean", "75%") over a row of figures is its header', () => {
  const [t] = html(
    '<table><tr><td>Premiums Paid</td><td>25%</td><td>Mean</td><td>Median</td><td>75%</td></tr>' +
      '<tr><td></td><td>0.4%</td><td>50.0%</td><td>11.4%</td><td>103.4%</td></tr></table>',
  );
  assert.equal(t.headerRows.length, 1);
  assert.deepEqual(paths(t), ['Premiums Paid', '25%', 'Mean', 'Median', '75%']);
  assert.equal(t.rows.length, 1);
});

test('a first data row with a word among its figures stays data when the row under it lacks a figure there', () => {
  const [t] = html(
    '<table><tr><td>Volatility</td><td>100%</td><td>None</td></tr>' +
      '<tr><td>Term</td><td>5.0</td><td></td></tr></table>',
  );
  assert.equal(t.headerRows.length, 0);
});

test('a dash spanning the $ slot and the figure slot sits where the figure would', () => {
  const [t] = html(
    '<table><tr><td></td><td colspan="2">2023</td><td colspan="2">2022</td><td>Inc/ (Dec)</td></tr>' +
      '<tr><td>GAAP</td><td>$</td><td>2,310.4</td><td>$</td><td>1,188.0</td><td>94%</td></tr>' +
      '<tr><td>Tax Settlement</td><td colspan="2">—</td><td colspan="2">37.2</td><td></td></tr>' +
      '<tr><td>Non-GAAP</td><td>$</td><td>2,324.1</td><td>$</td><td>1,893.8</td><td>23%</td></tr></table>',
  );
  assert.deepEqual(
    t.rows[1].cells.map((c) => c.text),
    ['Tax Settlement', '—', '37.2', ''],
  );
  assert.deepEqual(t.columns[3].meaning?.compares, [1, 2]);
});

test('NEORT HTML: the gas sales tables take their column heads from the row under the <th> title', () => {
  for (const re of [/Gas Sales/, /Average Gas Prices/, /Average Euro Exchange Rate/]) {
    const t = corpusTable('html/NorthEuropeanOilRoyaltyTrust_10-K_2021.htm', (x) =>
      x.columns.some((c) => c.path.some((p) => re.test(p)) && c.path.includes('Percentage change')),
    );
    assert.equal(t.rows[0].label, 'First');
    const m = t.columns[3].meaning!;
    assert.equal(m.kind, 'percent-change');
    assert.deepEqual(m.compares, [1, 2]);
  }
});

test('Lisata: the premiums table heads its columns with the percentiles and averages', () => {
  const t = corpusTable('html/LisataTherapeutics_SC14D9.htm', (x) => x.columns.some((c) => c.path.includes('Median')));
  assert.deepEqual(paths(t).slice(1), ['25%', 'Mean', 'Median', '75%']);
  assert.equal(t.rows.length, 1);
  // premiums over the market price: which kind of percent the header does not say
  assert.equal(t.columns[2].meaning?.kind, 'unknown');
});

test("McDonald's REVENUES: the title and unit rows over the years row leave the years heading the amounts", () => {
  // the quarter's table comes first; the six months' one (a table of its own) never lost its header
  const t = corpusTable('incoming/html/McDonalds_10-Q_2023.htm', hasRow(/^Company-operated sales$/));
  assert.equal(t.rows[0].label, 'Company-operated sales');
  assert.equal(t.columns[1].meaning?.period?.months, 3);
  assert.equal(t.columns[1].meaning?.period?.end, '2023-06-30');
  assert.equal(t.columns[2].meaning?.period?.end, '2022-06-30');
  assert.equal(t.columns[3].meaning?.kind, 'percent-change');
  assert.deepEqual(t.columns[3].meaning?.compares, [1, 2]);
});

test("McDonald's net income reconciliation: the Tax Settlement dash sits under 2023, so the change compares 2023 with 2022", () => {
  const t = corpusTable('incoming/html/McDonalds_10-Q_2023.htm', hasRow(/^Tax Settlement$/));
  const change = t.columns.findIndex((c) => c.path.at(-1) === 'Inc/ (Dec)');
  assert.ok(change > 0);
  const [a, b] = t.columns[change].meaning!.compares!;
  assert.equal(t.columns[a].meaning?.period?.end, '2023-06-30');
  assert.equal(t.columns[b].meaning?.period?.end, '2022-06-30');
  const row = (label: string) => t.rows.find((r) => r.label === label)!;
  assert.equal(row('GAAP').cells[a].text, '$2,310.4');
  assert.equal(row('Tax Settlement').cells[a].text, '—');
});

test('Comcast: an NM over the two figure slots and the % slot of a change stays out of the % slot', () => {
  const t = corpusTable('incoming/html/Comcast_10-Q_2023.htm', hasRow(/^Olympics$/));
  const change = t.columns.find((c) => c.path.join(' / ') === 'Change / %');
  assert.equal(change?.meaning?.kind, 'percent-change');
});

test('a figure over three slots sits where the narrower figures of its column sit, not in a column of its own', () => {
  // J&J's Other (Income) Expense: "0.0" spans `$ | figure | )` where the other rows print `$ | 0.2 | ` or `0.2 | `
  const [t] = html(
    '<table><tr><td></td><td colspan="3">2023</td><td colspan="3">2022</td></tr>' +
      '<tr><td>Separation costs</td><td>$</td><td>0.2</td><td></td><td>$</td><td>0.3</td><td></td></tr>' +
      '<tr><td>Exit costs</td><td colspan="2">0.2</td><td></td><td colspan="2">0.0</td><td></td></tr>' +
      '<tr><td>Securities</td><td colspan="3">0.0</td><td colspan="2">0.1</td><td></td></tr></table>',
  );
  assert.deepEqual(paths(t).slice(1), ['2023', '2022']);
  assert.deepEqual(
    t.rows.map((r) => r.cells[1].text),
    ['$0.2', '0.2', '0.0'],
  );
});

test('J&J other (income) expense, second quarter: the 0.0 rows stay under 2023 and the change compares 2023 with 2022', () => {
  const t = corpusTable('incoming/html/JohnsonJohnson_10-Q_2023.htm', (x) =>
    x.rows.some((r) => r.label === 'Consumer Health separation costs' && r.cells[1]?.text === '$0.2'),
  );
  assert.equal(t.columns.length, 4);
  const row = (label: string) => t.rows.find((r) => r.label === label)!;
  assert.equal(row('Changes in the fair value of securities').cells[1].text, '0.0');
  assert.deepEqual(t.columns[3].meaning?.compares, [1, 2]);
});

test('a figure or NM spanning a `$ | figure | %` group sits in the slot the other rows print their figures in', () => {
  const [t] = html(
    '<table><tr><td></td><td colspan="3">2023</td><td colspan="3">2022</td><td colspan="3">Change</td></tr>' +
      '<tr><td>Licensing</td><td>$</td><td>1,821</td><td></td><td>$</td><td>2,269</td><td></td>' +
      '<td colspan="2">(19.8)</td><td>%</td></tr>' +
      '<tr><td>Theatrical</td><td colspan="2">913</td><td></td><td colspan="2">550</td><td></td><td colspan="3">65.9</td></tr>' +
      '<tr><td>Other</td><td colspan="2">354</td><td></td><td colspan="2">298</td><td></td><td colspan="3">NM</td></tr></table>',
  );
  assert.deepEqual(paths(t).slice(1), ['2023', '2022', 'Change']);
  assert.deepEqual(
    t.rows.map((r) => r.cells[3].text),
    ['(19.8)%', '65.9', 'NM'],
  );
  assert.deepEqual(t.columns[3].meaning?.compares, [1, 2]);
});

test('a `$` joins its figure when the figure spans the slot after it; `$ | (3)` is minus three, not a marker', () => {
  const [t] = html(
    '<table><tr><td></td><td colspan="3">2023</td><td colspan="3">2022</td></tr>' +
      '<tr><td>Safety</td><td>$</td><td colspan="2">44</td><td>$</td><td>255</td><td></td></tr>' +
      '<tr><td>EBITDA</td><td>$</td><td>(3)</td><td></td><td colspan="3">120</td></tr></table>',
  );
  assert.equal(t.columns.length, 3);
  assert.deepEqual(
    t.rows.map((r) => r.cells.slice(1).map((c) => c.text)),
    [
      ['$44', '$255'],
      ['$(3)', '120'],
    ],
  );
});

test('Comcast Studios: the change, its three-slot figures and NM one column; no `$` column beside $(3)', () => {
  const t = corpusTable(
    'incoming/html/Comcast_10-Q_2023.htm',
    (x) => x.title === 'Studios Segment Results of Operations',
  );
  assert.deepEqual(paths(t).slice(1), [
    'Three Months Ended June 30, / 2023',
    'Three Months Ended June 30, / 2022',
    'Change / %',
    'Six Months Ended June 30, / 2023',
    'Six Months Ended June 30, / 2022',
    'Change / %',
  ]);
  const row = (label: string) => t.rows.find((r) => r.label === label)!;
  assert.equal(row('Theatrical').cells[3].text, '65.9');
  assert.deepEqual(
    row('Adjusted EBITDA')
      .cells.slice(1, 4)
      .map((c) => c.text),
    ['$255', '$(3)', 'NM'],
  );
  assert.deepEqual(t.columns[3].meaning?.compares, [1, 2]);
});

test('3M restructuring: "$ | 44" over two slots is one figure, so each heading has one column', () => {
  const t = corpusTable('incoming/html/3M_10-Q_2023.htm', (x) =>
    x.columns.some((c) => c.path.join(' / ') === 'Three months ended June 30, 2023 / Employee Related'),
  );
  assert.equal(t.columns.length, 7);
  assert.ok(t.columns.slice(1).every((c) => c.meaning?.kind === 'amount'));
  assert.equal(t.rows.find((r) => r.label === 'Safety and Industrial')?.cells[1].text, '$44');
});

test('a `*` ("not meaningful") spanning a change group sits in the figure slot too, as an NM does', () => {
  // J&J's product-sales pages: OTHER ONCOLOGY U.S. prints `*` over `figure | %` slots where other rows print 0.4
  const [t] = html(
    '<table><tr><td></td><td colspan="2">2023</td><td colspan="2">2022</td><td colspan="3">Change</td></tr>' +
      '<tr><td>Immunology</td><td colspan="2">2,865</td><td colspan="2">2,853</td><td colspan="2">0.4</td><td></td></tr>' +
      '<tr><td>Oncology</td><td colspan="2">122</td><td colspan="2">33</td><td colspan="3">*</td></tr></table>',
  );
  assert.equal(t.columns.length, 4);
  assert.deepEqual(
    t.rows.map((r) => r.cells[3].text),
    ['0.4', '*'],
  );
});

test('a figure over a whole `$ | figure | %` group follows the two-slot figures to the slot they were placed in', () => {
  // 3M's segments: "(8,958)" spans `figure | %` after its `$`, "(10,548)" spans all three slots of the group
  const [t] = html(
    '<table><tr><td></td><td colspan="3">2023</td><td colspan="3">2022</td></tr>' +
      '<tr><td>Safety</td><td>$</td><td>534</td><td></td><td>$</td><td>(707)</td><td></td></tr>' +
      '<tr><td>Health</td><td colspan="2">411</td><td></td><td colspan="2">492</td><td></td></tr>' +
      '<tr><td>Corporate</td><td colspan="3">(10,548)</td><td colspan="3">(398)</td></tr>' +
      '<tr><td>Total</td><td>$</td><td colspan="2">(8,958)</td><td>$</td><td>110</td><td></td></tr></table>',
  );
  assert.deepEqual(paths(t).slice(1), ['2023', '2022']);
  assert.deepEqual(
    t.rows.map((r) => r.cells[1].text),
    ['$534', '411', '(10,548)', '$(8,958)'],
  );
});

test("3M's segments: the Corporate row's operating loss shares the column of the other operating incomes", () => {
  for (const months of [3, 6]) {
    const t = corpusTable(
      'incoming/html/3M_10-Q_2023.htm',
      (x) =>
        hasRow(/^Corporate and Unallocated$/)(x) &&
        x.columns.some((c) => c.path.includes('% change')) &&
        x.columns[1].meaning?.period?.months === months,
    );
    assert.equal(t.columns.length, 7);
    const corp = t.rows.find((r) => r.label === 'Corporate and Unallocated')!;
    assert.equal(corp.cells[2].text, months === 3 ? '(10,548)' : '(10,741)');
    assert.deepEqual(t.columns[6].meaning?.compares, [2, 4]);
  }
});
