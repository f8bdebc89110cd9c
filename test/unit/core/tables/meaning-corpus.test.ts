import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Column, Table } from '../../../../src/core/model';
import { corpusTable } from './corpusTable';

// Golden column meanings on real tables of the corpus (tables found by their header words, not by index).
const table = corpusTable;
const col = (t: Table, header: RegExp, nth = 0): Column => {
  const c = t.columns.filter((x) => header.test(x.path.join(' / ')))[nth];
  assert.ok(c, `a column headed ${header} in ${t.id}`);
  return c;
};
const headed = (re: RegExp) => (t: Table) => t.columns.some((c) => re.test(c.path.join(' / ')));

test('Comcast: a constant-currency change compares nothing, the reported change beside it compares 2023 with 2022', () => {
  const t = table(
    'incoming/html/Comcast_10-Q_2023.htm',
    (x) => x.title === 'Connectivity & Platforms Results of Operations',
  );
  const reported = t.columns.find(
    (c) => c.meaning?.kind === 'percent-change' && c.meaning.basis === 'reported' && c.meaning.compares,
  )!;
  assert.deepEqual(reported.meaning!.compares, [1, 2]);
  assert.equal(t.columns[1].meaning!.period!.end, '2023-06-30');
  assert.equal(t.columns[1].meaning!.period!.months, 3);
  const cc = col(t, /Constant Currency/, 1);
  assert.equal(cc.meaning!.basis, 'constant-currency');
  assert.equal(cc.meaning!.compares, null);
  assert.match(cc.meaning!.why!, /constant-currency/);
});

test('Comcast: the unit caption "(in millions)" sets the scale and is no column header', () => {
  const t = table('incoming/html/Comcast_10-Q_2023.htm', (x) => x.title === 'Consolidated Operating Results');
  assert.equal(t.scale, 1e6);
  assert.ok(t.columns.every((c) => !c.path.some((p) => /in millions/i.test(p))));
});

test("McDonald's: 'Inc/ (Dec) Excluding Currency Translation' is an ex-currency change that compares nothing", () => {
  const t = table('incoming/html/McDonalds_10-Q_2023.htm', headed(/Excluding Currency Translation/));
  const ex = col(t, /Excluding Currency Translation/);
  assert.equal(ex.meaning!.kind, 'percent-change');
  assert.equal(ex.meaning!.basis, 'ex-currency');
  assert.equal(ex.meaning!.compares, null);
});

test('Johnson & Johnson: total change compares the two dates, operational and currency changes compare nothing', () => {
  const t = table('incoming/html/JohnsonJohnson_10-Q_2023.htm', headed(/^Operations Change$/));
  assert.deepEqual(col(t, /^Total Change$/).meaning!.compares, [1, 2]);
  assert.equal(t.columns[1].meaning!.period!.end, '2023-07-02');
  const ops = col(t, /^Operations Change$/).meaning!;
  assert.equal(ops.basis, 'ex-currency');
  assert.equal(ops.compares, null);
  const fx = col(t, /^Currency Change$/).meaning!;
  assert.equal(fx.compares, null);
  assert.match(fx.why!, /driver/);
});

test('J&J: "Percent to Sales" is a share of the amount column before it, based on the 100% sales row', () => {
  const t = table('incoming/html/JohnsonJohnson_10-Q_2023.htm', headed(/Percent to Sales/));
  const share = col(t, /Percent to Sales/).meaning!;
  assert.equal(share.kind, 'share');
  assert.equal(share.shareOf!.column, 1);
  assert.equal(t.rows[share.shareOf!.row!].label, 'Sales to customers (Note 9)');
});

test('General Motors: Favorable/(Unfavorable) columns read better-worse and compare 2023 with 2022; variance drivers compare nothing', () => {
  const t = table('incoming/html/GeneralMotors_10-Q_2023.htm', (x) => x.title === 'Automotive and Other Cost of Sales');
  assert.equal(t.scale, 1e9);
  const fav = col(t, /Favorable/).meaning!;
  assert.equal(fav.sign, 'better-worse');
  assert.deepEqual(fav.compares, [1, 2]);
  const pct = t.columns.find((c) => c.meaning?.kind === 'percent-change')!.meaning!;
  assert.equal(pct.sign, 'better-worse');
  assert.deepEqual(pct.compares, [1, 2]);
  assert.equal(col(t, /Variance Due To \/ Volume/).meaning!.compares, null);
});

test('Seagate: three dated quarter columns of percents of revenue are shares with their dates and no amount to divide', () => {
  const t = table(
    'incoming/html/Seagate_10-Q_2017.htm',
    (x) => x.rows[0]?.label === 'Revenue' && x.rows[0].cells[1]?.text.trim() === '100%',
  );
  const ends = t.columns.filter((c) => c.meaning!.kind === 'share').map((c) => c.meaning!.period!.end);
  assert.deepEqual(ends, ['2017-03-31', '2016-12-30', '2016-04-01', '2017-03-31', '2016-04-01']);
  assert.equal(t.columns[1].meaning!.shareOf, null);
});

test('Apple 1998: each Change column compares its own pair (first quarter 1998 with first quarter 1997, then with fourth quarter 1997)', () => {
  const t = table('incoming/sgml/AppleComputer_10-Q_1998.txt', headed(/Fourth Quarter 1997/));
  const changes = t.columns.filter((c) => c.meaning!.kind === 'percent-change').map((c) => c.meaning!.compares);
  assert.deepEqual(changes, [
    [1, 2],
    [4, 5],
  ]);
  assert.equal(t.columns[5].meaning!.period!.months, 3);
});

test('Colgate: a Basis Point Change compares the two margin columns', () => {
  const t = table(
    'incoming/html/Colgate_10-K_2024.htm',
    (x) => x.rows.some((r) => r.label === 'Gross profit margin') && headed(/Basis Point Change/)(x),
  );
  const bp = col(t, /Basis Point Change/).meaning!;
  assert.equal(bp.kind, 'points-change');
  assert.deepEqual(bp.compares, [1, 2]);
  assert.equal(t.columns[1].meaning!.kind, 'rate');
});

test("Lowe's: a basis-point change compares the '% of net sales' columns; '% Sales' beside 'Amount' is a share of it", () => {
  const t = table('incoming/html/Lowes_10-Q_2023.htm', headed(/Basis Point Increase/));
  assert.equal(t.columns[1].meaning!.kind, 'share');
  assert.deepEqual(col(t, /Basis Point Increase/).meaning!.compares, [1, 2]);
  const s = table('incoming/html/Lowes_10-Q_2023.htm', headed(/% Sales/));
  const share = col(s, /% Sales/).meaning!;
  assert.equal(share.kind, 'share');
  assert.ok(share.shareOf && s.columns[share.shareOf.column].meaning!.kind === 'amount');
});

test('Microsoft: "Percentage Change 2016 Versus 2015" compares the columns of the years it names among three', () => {
  const t = table('incoming/html/Microsoft_10-K_2016.htm', (x) => x.title === 'SEGMENT RESULTS OF OPERATIONS');
  assert.deepEqual(col(t, /2016 Versus 2015/).meaning!.compares, [1, 2]);
  assert.deepEqual(col(t, /2015 Versus 2014/).meaning!.compares, [2, 3]);
});

test('CAMP4: before- and after-offering percentages are ownership of the share count', () => {
  const t = table('incoming/html/CAMP4Therapeutics_424B4_2024.htm', headed(/Before offering/));
  assert.equal(col(t, /Before offering/).meaning!.kind, 'ownership');
  assert.deepEqual(col(t, /After offering/).meaning!.shareOf, { column: 1, row: null });
  assert.equal(t.columns[1].meaning!.kind, 'count');
});
