import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Table } from '../../../../src/core/model';
import { corpusTable, meaning } from './corpusTable';
import { analyze } from '../../../../src/core/analyze';
import { renderFiling } from '../../../../src/core/render/renderFiling';
import { readCorpus } from '../../../corpusPaths';

// Golden meanings for the columns the by-eye audit of the column-meaning list found wrong
// (test/corpus/meaning-audit.md), one test per cause, each on the real table that showed it.
const table = corpusTable;
const titled = (re: RegExp) => (t: Table) => re.test(t.title ?? '');

test("GM Cruise: a '$' slot under the change header does not hide the two quarters it compares", () => {
  const t = table('incoming/html/GeneralMotors_10-Q_2023.htm', titled(/^Cruise$/));
  // The `$` joins its figure now even where the figure spans the slot after it (tables/merge.ts, session 6), so no
  // `$` slot is left at all; the changes still compare their two periods.
  assert.ok(t.columns.every((c) => c.index === 0 || c.meaning!.kind !== 'text'));
  assert.deepEqual(meaning(t, 3).compares, [1, 2]);
  assert.deepEqual(meaning(t, 4).compares, [1, 2]);
  assert.deepEqual(meaning(t, 7).compares, [5, 6]);
  assert.deepEqual(meaning(t, 8).compares, [5, 6]);
});

test("GM International: a '$' slot between the two quarters' amounts does not end the run of amounts", () => {
  const t = table('incoming/html/GeneralMotors_10-Q_2023.htm', titled(/^GM International$/));
  // no `$` slot is left (session 6): the quarters are columns 1 and 2
  assert.deepEqual(meaning(t, 3).compares, [1, 2]);
  assert.deepEqual(meaning(t, 4).compares, [1, 2]);
});

// Its dashes now sit in the number slots (grid.ts), so no stray slot stands between the margins and the change.
test('Colgate: a basis point change compares the two margins', () => {
  const t = table('incoming/html/Colgate_10-K_2024.htm', (x) =>
    x.rows.some((r) =>
      /^Selling, general and administrative expenses as a percentage of Net sales, GAAP/.test(r.label),
    ),
  );
  // found by header: the dash-only slots beside the margins no longer make columns of their own (cause 25)
  const bps = t.columns.findIndex((c) => c.path.join(' / ') === 'Basis Point Change');
  const m = meaning(t, bps);
  assert.equal(m.kind, 'points-change');
  assert.deepEqual(
    m.compares!.map((i) => t.columns[i].path.join(' / ')),
    ['2023', '2022'],
  );
});

test('Comcast Media: the "%" column under "Change" is the change of the two quarters', () => {
  const t = table('incoming/html/Comcast_10-Q_2023.htm', titled(/^Media Segment Results of Operations$/));
  // a bare "%" until the reader dropped the display:none cells that pushed "Change" a column group off (cause 26)
  assert.deepEqual(t.columns[3].path, ['Change', '%']);
  const m = meaning(t, 3);
  assert.equal(m.kind, 'percent-change');
  assert.deepEqual(m.compares, [1, 2]);
  assert.deepEqual(meaning(t, 6).compares, [4, 5]);
});

test("Apple 10-Q 2025: 'Gross margin percentage:' over the label column makes its unheaded columns rates", () => {
  const t = table('html/Apple_10-Q_2025.html', (x) => x.columns[0]?.path.join(' ') === 'Gross margin percentage:');
  for (const i of [1, 2, 3, 4]) assert.equal(meaning(t, i).kind, 'rate');
});

test("3M: 'Organic sales' under the label column's 'Sales Change' is an organic change, not unknown", () => {
  const t = table('incoming/html/3M_10-Q_2023.htm', (x) => x.columns[0]?.path.join(' ') === 'Sales Change');
  const m = meaning(t, 1);
  assert.equal(m.kind, 'percent-change');
  assert.equal(m.basis, 'organic');
  assert.equal(m.compares, null);
});

test("Microsoft: 'Year Ended June 30,' in the label column's header gives the year columns their period", () => {
  const t = table(
    'incoming/html/Microsoft_10-K_2016.htm',
    (x) => x.columns[0]?.path.join(' ') === 'Year Ended June 30,',
  );
  assert.deepEqual(meaning(t, 1).period, { months: 12, end: '2016-06-30', label: 'Year Ended June 30 2016' });
});

test("NEORT: 'Fiscal Quarter' over the label column names the rows' periods, not the columns'", () => {
  const t = table('sectext/NorthEuropeanOilRoyaltyTrust_10-K_2021.txt', (x) =>
    x.columns.some((c) => c.path.join(' ') === '2021 Gas Sales'),
  );
  assert.equal(meaning(t, 1).period?.months, undefined);
});

test("Cabot (SEC text): 'Threshold Level (50% payout)' columns hold amounts; the 50% is a level, not their unit", () => {
  const t = table('sectext/Cabot_DEF14A_2024.txt', titled(/^Performance Year 3 of the PSUs/));
  for (const i of [1, 2, 3]) assert.equal(meaning(t, i).kind, 'amount');
});

test("UnitedHealthcare 1998: potential realizable values under '5%($)' and '10%($)' are dollar amounts", () => {
  const t = table('incoming/sgml/UnitedHealthcare_DEF14A_1998.txt', titled(/^OPTIONS\/SAR GRANTS IN 1997$/));
  assert.equal(meaning(t, 5).kind, 'amount');
  assert.equal(meaning(t, 6).kind, 'amount');
  assert.equal(meaning(t, 2).kind, 'share');
});

test("Cabot: '% Achieved' and 'Adjusted RONA* Actual' are rates (achievement, a return on net assets)", () => {
  const t = table('html/Cabot_DEF14A_ixbrl.html', titled(/^Results for PSUs granted in Fiscal 2021/));
  for (const i of [3, 5, 6, 7]) assert.equal(meaning(t, i).kind, 'rate');
});

test("BofA notes: the 'Underlying Return' column is a rate", () => {
  const t = table('sgml/BofAFinance_424B2_2023.txt', titled(/^If the Notes Are Not Called/));
  assert.equal(meaning(t, 1).kind, 'rate');
});

test("Cabot (SEC text): words the rendering ran together ('Base SalaryIncrease') are read apart", () => {
  const t = table('sectext/Cabot_DEF14A_2024.txt', (x) =>
    x.columns.some((c) => c.path.join(' ') === 'Base SalaryIncrease'),
  );
  assert.equal(meaning(t, 1).kind, 'percent-change');
  const psu = table('sectext/Cabot_DEF14A_2024.txt', titled(/^Results for PSUs granted in Fiscal 2021/));
  assert.equal(meaning(psu, 7).kind, 'rate');
  assert.equal(meaning(psu, 2).kind, 'per-share');
});

test("10-K 2010 (SEC text): 'Years endedDecember 31,' still gives a year's duration and end", () => {
  const t = table('sectext/10-K_2010.txt', (x) => x.columns.some((c) => c.path[0] === 'Years endedDecember 31,'));
  assert.deepEqual(meaning(t, 1).period, { months: 12, end: '2009-12-31', label: 'Years ended December 31 2009' });
});

test("GM: 'Four Quarters Ended June 30, 2023' is a trailing year, not a quarter", () => {
  const t = table('incoming/html/GeneralMotors_10-Q_2023.htm', (x) => x.rows.some((r) => r.label === 'ROE'));
  assert.deepEqual(meaning(t, 1).period, { months: 12, end: '2023-06-30', label: 'Four Quarters Ended June 30, 2023' });
});

test("NEORT (SEC text): '2021 Average Gas Prices' names its year, so the percentage change compares 2021 with 2020", () => {
  const t = table('sectext/NorthEuropeanOilRoyaltyTrust_10-K_2021.txt', (x) =>
    x.columns.some((c) => c.path.join(' ') === '2021 Average Gas Prices'),
  );
  assert.deepEqual(meaning(t, 3).compares, [1, 2]);
});

test("10-K 2010: 'For the years ending December 31,' is twelve months", () => {
  const t = table('html/10-K_0001193125-10-073212_2010.html', titled(/^Revenue$/));
  assert.equal(meaning(t, 1).period?.months, 12);
});

test("10-K 2010: '(Dollar amounts in thousands)' is a unit caption, no part of a column's header", () => {
  const t = table('html/10-K_0001193125-10-073212_2010.html', titled(/^Revenue$/));
  assert.equal(t.scale, 1000);
  assert.deepEqual(t.columns[2].path, ['For the years ending December 31,', '2009']);
  assert.deepEqual(meaning(t, 2).shareOf, { column: 1, row: 4 });
});

test("P&G: a margin slot (20.8% under '2023', the amounts in the next grid column) does not hide the amounts '% Chg' compares", () => {
  const t = table('incoming/html/ProcterGamble_10-Q_2023.htm', (x) =>
    x.columns.some((c) => c.path.join(' / ') === 'Three Months Ended September 30 / % Chg'),
  );
  // The stacked split (a header reappearing mid-table) made the block its own table: find the column by header.
  const chg = t.columns.findIndex((c) => c.path.join(' / ') === 'Three Months Ended September 30 / % Chg');
  const pair = meaning(t, chg).compares;
  assert.ok(pair, '% Chg compares two columns');
  assert.deepEqual(
    pair.map((i) => [t.columns[i].meaning?.kind, t.columns[i].path.at(-1)]),
    [
      ['amount', '2023'],
      ['amount', '2022'],
    ],
  );
});

test("P&G: '+25 bps Discount Rate' names a scenario; the percent change in fair value below it is no points change", () => {
  const t = table('incoming/html/ProcterGamble_10-Q_2023.htm', (x) =>
    x.columns.some((c) => /\+25 bps Discount Rate/.test(c.path.join(' '))),
  );
  for (const i of [1, 2, 3]) assert.equal(meaning(t, i).kind, 'percent-change');
});

test('Anterix and Vigil: a share count after the offering printed as dashes is still a count, and its percent divides it', () => {
  const t = table('incoming/html/Anterix_S-3_2022.htm', titled(/^SELLING STOCKHOLDER$/));
  assert.equal(meaning(t, 4).kind, 'count');
  assert.deepEqual(meaning(t, 5).shareOf, { column: 4, row: null });
  const v = table('sgml/VigilNeuroscience_S-3_2025.txt', titled(/^SELLING STOCKHOLDERS$/));
  assert.equal(meaning(v, 4).kind, 'count');
});

test("20-F: '# of Shares' under a band naming the number and the percent is a count; '% of Class' divides it", () => {
  const t = table('html/20-F_0001062993-21-003193_2021.html', (x) =>
    x.columns.some((c) => c.path[c.path.length - 1] === '# of Shares'),
  );
  assert.equal(meaning(t, 1).kind, 'count');
  assert.deepEqual(meaning(t, 2).shareOf, { column: 1, row: null });
});

test("Apple 10-K 1994: the 1992 column of dashes after a 'Change' column is that year's amounts, not the change's slot", () => {
  const t = table('sgml/Apple_10-K_1994.txt', (x) => x.rows.some((r) => r.label === 'Restructuring costs'));
  const y = meaning(t, 5);
  assert.equal(y.kind, 'amount');
  assert.equal(y.sign, undefined);
  assert.deepEqual(meaning(t, 4).compares, [3, 5]);
});

test("Ford 1994: 'For the Years Ended December 31, 1993, 1992 and 1991' names three years; no column ends 1993-12-31", () => {
  const t = table('incoming/sgml/FordMotor_10-K_1994.txt', (x) =>
    x.columns.some((c) => c.path.some((p) => /1993, 1992 and 1991/.test(p))),
  );
  const p = meaning(t, 1).period;
  assert.equal(p?.months, 12);
  assert.equal(p?.end, undefined);
});

test("3M: a bare 'Change' between two '% of net sales' columns is a points change of the two", () => {
  const t = table('incoming/html/3M_10-Q_2023.htm', titled(/^Operating Expenses:$/));
  const m = meaning(t, 3);
  assert.equal(m.kind, 'points-change');
  assert.deepEqual(m.compares, [1, 2]);
});

test("Comcast: a bps slot of the change compares the margins printed in the two quarters' amount columns", () => {
  const t = table(
    'incoming/html/Comcast_10-Q_2023.htm',
    (x) => x.title === 'Connectivity & Platforms Results of Operations',
  );
  assert.equal(meaning(t, 3).kind, 'points-change');
  assert.deepEqual(meaning(t, 3).compares, [1, 2]);
});

test("Lowe's: 'Percentage Increase/(Decrease) in Dollar Amounts' stays a percent change of amounts the table does not print", () => {
  const t = table('incoming/html/Lowes_10-Q_2023.htm', titled(/^OPERATIONS$/));
  // found by header: whether the N/A spanning three slots makes a column of its own depends on the grid's dash rule
  const i = t.columns.findIndex((c) => /^Percentage Increase\/\(Decrease\) in Dollar Amounts/.test(c.path.join(' / ')));
  assert.equal(meaning(t, i).kind, 'percent-change');
  assert.equal(meaning(t, i).compares, null);
});

test("Colgate: a footnote explaining 'the income tax effect on non-GAAP items' does not make the provision column adjusted", () => {
  const t = table('incoming/html/Colgate_10-K_2024.htm', (x) =>
    x.columns.some((c) => c.path.join(' / ') === '2022 / Provision For Income Taxes'),
  );
  const under2022 = t.columns.filter((c) => c.path[0] === '2022');
  assert.equal(under2022.length, 3);
  for (const c of under2022) assert.equal(meaning(t, c.index).basis, 'reported');
});

test('Comcast Eliminations: its changes are of the amounts it subtracts (a sign the header does not state), so they compare nothing', () => {
  const t = table(
    'incoming/html/Comcast_10-Q_2023.htm',
    (x) => x.title === 'Eliminations' && x.rows.some((r) => r.cells.some((c) => c.text === '(141.8)%')),
  );
  const changes = t.columns.filter((c) => c.path.join(' / ') === 'Change / %');
  assert.equal(changes.length, 2);
  for (const c of changes) {
    assert.equal(c.meaning?.kind, 'percent-change');
    assert.equal(c.meaning?.compares, null);
    assert.match(c.meaning!.why!, /eliminations/);
  }
});

test("J&J: dated columns under a title stating the duration ('Fiscal Six Months Ended') take that duration", () => {
  const file = 'incoming/html/JohnsonJohnson_10-Q_2023.htm';
  const half = table(file, titled(/^Major Consumer Health Franchise Sales — Fiscal Six Months Ended$/));
  const quarter = table(file, titled(/^Major Consumer Health Franchise Sales — Fiscal Second Quarter Ended$/));
  assert.deepEqual(
    [half, quarter].map((t) => [1, 2].map((i) => `${meaning(t, i).period?.months}m ${meaning(t, i).period?.end}`)),
    [
      ['6m 2023-07-02', '6m 2022-07-03'],
      ['3m 2023-07-02', '3m 2022-07-03'],
    ],
  );
  // The change still compares the two dates, now of one stated duration.
  assert.deepEqual(meaning(half, 3).compares, [1, 2]);
});

test("20-F subsidiaries: 'Effective Economic Interest' is an ownership interest, not a share of an amount", () => {
  const t = table('html/20-F_0001062993-21-003193_2021.html', (x) =>
    x.columns.some((c) => c.path.join(' ') === 'Effective Economic Interest'),
  );
  const i = t.columns.findIndex((c) => c.path.join(' ') === 'Effective Economic Interest');
  assert.equal(meaning(t, i).kind, 'ownership');
  assert.equal(meaning(t, i).shareOf, null);
});

test("Colgate: a dash spanning the '$ | 3,984' slots sits in the number slot, so the other year's amounts stay one column", () => {
  const t = table('incoming/html/Colgate_10-K_2024.htm', (x) => x.rows[0]?.label === 'Operating profit, GAAP');
  assert.deepEqual(
    t.columns.map((c) => c.path.join(' / ')),
    ['', '2023', '2022', '% Change'],
  );
  assert.deepEqual(meaning(t, 3).compares, [1, 2]);
  assert.equal(t.rows.find((r) => r.label === 'Product recall costs')?.cells[2].text, '—');
});

test("Comcast rendered to text: a header's '%' stays apart from the year before it, so its change compares the quarters", () => {
  const file = 'incoming/html/Comcast_10-Q_2023.htm';
  const text = renderFiling(readCorpus(file), file).text;
  const t = analyze(text, { uri: `${file}.txt` }).tables.find(
    (x) => x.rows[0]?.label === 'Revenue' && x.columns.some((c) => c.path.join(' / ') === 'Change / %'),
  );
  assert.ok(t);
  const periods = (i: number) => meaning(t, i).compares?.map((c) => t.columns[c].meaning?.period?.end);
  assert.equal(meaning(t, 3).kind, 'percent-change');
  assert.deepEqual(periods(3), ['2023-06-30', '2022-06-30']);
  assert.equal(meaning(t, 6).kind, 'percent-change');
  assert.deepEqual(periods(6), ['2023-06-30', '2022-06-30']);
  assert.deepEqual(meaning(t, 6).compares, [4, 5]);
});

test("McDonald's equity statement, read from its SEC text: the statement's title is not part of the period's label", () => {
  // The label column's bands are read one by one: "CONDENSED CONSOLIDATED STATEMENT ..." over "For the six months
  // ended June 30, 2022" gives the HTML's label, where the title rows head the columns too.
  const file = 'incoming/html/McDonalds_10-Q_2023.htm';
  const sec = analyze(renderFiling(readCorpus(file), file).text, { uri: `${file}.txt` });
  const t = sec.tables.find((x) => x.rows[0]?.label === 'Balance at December 31, 2021');
  assert.ok(t);
  assert.deepEqual(meaning(t, 1).period, {
    months: 6,
    end: '2022-06-30',
    label: 'For the six months ended June 30, 2022',
  });
});

test("3M segments: '% change > Net Sales' compares the two Net Sales columns among the four amounts", () => {
  const t = table(
    'incoming/html/3M_10-Q_2023.htm',
    (x) =>
      x.title === 'Sales and operating income (loss) by business segment:' &&
      x.columns.some((c) => /^Three months/.test(c.path.join(' / '))),
  );
  for (const measure of ['Net Sales', 'Operating Income (Loss)']) {
    const change = t.columns.find((c) => c.path.join(' / ').endsWith(`% change / ${measure}`))!;
    const pair = change.meaning!.compares!.map((i) => t.columns[i].path.join(' / '));
    assert.deepEqual(pair, [
      `Three months ended June 30, / 2023 / ${measure}`,
      `Three months ended June 30, / 2022 / ${measure}`,
    ]);
  }
});

test('a change headed by a measure compares the two amount columns of that measure (fixture)', () => {
  const [t] = analyze(
    '<html><body><table><tr><td></td><td colspan="2">2023</td><td colspan="2">2022</td><td colspan="2">% change</td></tr>' +
      '<tr><td></td><td>Sales</td><td>Income</td><td>Sales</td><td>Income</td><td>Sales</td><td>Income</td></tr>' +
      '<tr><td>East</td><td>110</td><td>20</td><td>100</td><td>16</td><td>10.0%</td><td>25.0%</td></tr>' +
      '<tr><td>West</td><td>90</td><td>9</td><td>100</td><td>10</td><td>(10.0)%</td><td>(10.0)%</td></tr></table></body></html>',
    { uri: 'fixture.htm' },
  ).tables;
  assert.deepEqual(meaning(t, 5).compares, [1, 3]);
  assert.deepEqual(meaning(t, 6).compares, [2, 4]);
});
