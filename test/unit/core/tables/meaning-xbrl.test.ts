import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analyze';
import type { Analysis, Column, Table } from '../../../../src/core/model';
import { monthsBetween } from '../../../../src/core/tables/meaning/facts';
import { xbrlFixture } from '../formats/html/xbrl-fixture';
import { readCorpus } from '../../../corpusPaths';

// Column periods from inline XBRL facts: a small fixture, then real tables of the corpus.
const fixture = analyze(xbrlFixture(), { uri: 'fixture.htm' });
const meaning = (t: Table, i: number) => t.columns[i].meaning!;

test('a column of tagged amounts takes its period from their contexts: 3 months ended the end date', () => {
  const m = meaning(fixture.tables[0], 1);
  assert.equal(m.source, 'xbrl');
  assert.deepEqual(m.period, { months: 3, end: '2023-07-01', label: 'Three Months Ended July 1, 2023' });
  assert.equal(m.headerPeriod, undefined, 'the header agrees');
  assert.equal(m.why, undefined, 'every tagged cell is for that period (a dimensional fact of it too)');
});

test('an instant context makes an instant column', () => {
  const m = meaning(fixture.tables[1], 1);
  assert.equal(m.source, 'xbrl');
  assert.deepEqual(m.period, { instant: true, end: '2023-07-01', label: 'As of July 1, 2023' });
});

test('facts beat a header that names another year; the header period is kept and inspect warns', () => {
  const m = meaning(fixture.tables[0], 2);
  assert.equal(m.source, 'xbrl');
  assert.equal(m.period?.end, '2022-07-02');
  assert.equal(m.headerPeriod?.end, '2021-07-02');
  const warnings = fixture.warnings.filter((w) => /XBRL/.test(w));
  assert.equal(warnings.length, 1);
  assert.match(
    warnings[0],
    /t0 .*column 2 “Three Months Ended > July 2, 2021”: the header says the period ended 2021-07-02/,
  );
});

test('an untagged change column compares the two tagged columns, current = the later fact period', () => {
  const m = meaning(fixture.tables[0], 3);
  assert.equal(m.source, 'header');
  assert.deepEqual(m.compares, [1, 2]);
});

test('a column whose tagged cells carry several periods takes the majority and says so in why', () => {
  const ctx = (id: string, s: string, e: string) =>
    `<xbrli:context id="${id}"><xbrli:period><xbrli:startDate>${s}</xbrli:startDate><xbrli:endDate>${e}</xbrli:endDate></xbrli:period></xbrli:context>`;
  const inst = `<xbrli:context id="open"><xbrli:period><xbrli:instant>2022-12-31</xbrli:instant></xbrli:period></xbrli:context>`;
  const nf = (c: string, v: string) =>
    `<ix:nonFraction name="a:X" contextRef="${c}" decimals="-6" scale="6">${v}</ix:nonFraction>`;
  const html =
    `<html><body><div style="display:none"><ix:header><ix:resources>${ctx('h1', '2023-01-01', '2023-06-30')}${inst}` +
    `</ix:resources></ix:header></div><table><tr><td></td><td>Six Months Ended June 30, 2023</td></tr>` +
    `<tr><td>Cash at beginning of period</td><td>${nf('open', '90')}</td></tr>` +
    `<tr><td>Operating</td><td>${nf('h1', '30')}</td></tr><tr><td>Investing</td><td>${nf('h1', '(10)')}</td></tr>` +
    `<tr><td>Financing</td><td>${nf('h1', '(5)')}</td></tr></table></body></html>`;
  const m = analyze(html, { uri: 'mixed.htm' }).tables[0].columns[1].meaning!;
  assert.equal(m.source, 'xbrl');
  assert.deepEqual([m.period?.months, m.period?.end], [6, '2023-06-30']);
  assert.match(m.why ?? '', /3 of its 4 tagged cells/);
});

test('no majority among the tagged cells: the header period stands', () => {
  const html =
    `<html><body><div style="display:none"><ix:header><ix:resources>` +
    `<xbrli:context id="a"><xbrli:period><xbrli:instant>2023-06-30</xbrli:instant></xbrli:period></xbrli:context>` +
    `<xbrli:context id="b"><xbrli:period><xbrli:instant>2022-12-31</xbrli:instant></xbrli:period></xbrli:context>` +
    `</ix:resources></ix:header></div><table><tr><td></td><td>Common Stock</td></tr>` +
    `<tr><td>Balance, December 31, 2022</td><td><ix:nonFraction name="a:S" contextRef="b" decimals="-6" scale="6">10</ix:nonFraction></td></tr>` +
    `<tr><td>Balance, June 30, 2023</td><td><ix:nonFraction name="a:S" contextRef="a" decimals="-6" scale="6">12</ix:nonFraction></td></tr>` +
    `</table></body></html>`;
  const m = analyze(html, { uri: 'equity.htm' }).tables[0].columns[1].meaning!;
  assert.equal(m.source, 'header');
});

test('months from a context: 13-week quarters, 26 and 39 weeks, 52- and 53-week years', () => {
  assert.equal(monthsBetween('2023-04-02', '2023-07-01'), 3);
  assert.equal(monthsBetween('2023-01-01', '2023-07-01'), 6);
  assert.equal(monthsBetween('2022-10-02', '2023-07-01'), 9);
  assert.equal(monthsBetween('2022-01-30', '2023-01-28'), 12);
  assert.equal(monthsBetween('2022-01-29', '2023-02-03'), 12);
  assert.equal(monthsBetween('2023-01-01', '2023-01-05'), undefined);
});

// Real tables.
const cache = new Map<string, Analysis>();
const load = (file: string): Analysis => {
  let a = cache.get(file);
  if (!a) cache.set(file, (a = analyze(readCorpus(file), { uri: file })));
  return a;
};
const table = (file: string, title: string): Table => {
  const t = load(file).tables.find((x) => x.title === title);
  assert.ok(t, `the table “${title}” in ${file}`);
  return t;
};
const col = (t: Table, path: string): Column => {
  const c = t.columns.find((x) => x.path.join(' > ') === path);
  assert.ok(c, `a column “${path}” in ${t.id}`);
  return c;
};

test("Lowe's 10-Q 2023: each '% Sales' column is tagged, takes its quarter or half from the facts and divides its own period's amounts", () => {
  const t = table('incoming/html/Lowes_10-Q_2023.htm', 'Consolidated Statements of Earnings (Unaudited)');
  const cases: [string, string, number, string][] = [
    ['Three Months Ended > August 4, 2023 > % Sales', 'Three Months Ended > August 4, 2023 > Amount', 3, '2023-08-04'],
    ['Three Months Ended > July 29, 2022 > % Sales', 'Three Months Ended > July 29, 2022 > Amount', 3, '2022-07-29'],
    ['Six Months Ended > August 4, 2023 > % Sales', 'Six Months Ended > August 4, 2023 > Amount', 6, '2023-08-04'],
    ['Six Months Ended > July 29, 2022 > % Sales', 'Six Months Ended > July 29, 2022 > Amount', 6, '2022-07-29'],
  ];
  for (const [share, amount, months, end] of cases) {
    const s = col(t, share);
    const a = col(t, amount);
    assert.equal(s.meaning?.kind, 'share');
    assert.equal(s.meaning?.source, 'xbrl', share);
    assert.deepEqual([s.meaning?.period?.months, s.meaning?.period?.end], [months, end], share);
    assert.equal(a.meaning?.source, 'xbrl', amount);
    assert.deepEqual([a.meaning?.period?.months, a.meaning?.period?.end], [months, end], amount);
    assert.equal(s.meaning?.shareOf?.column, a.index, `${share} divides ${amount}`);
  }
  // the share cells are pure facts: 66.34 is tagged with decimals 4 at scale -2 (0.6634), in the quarter's context
  const cost = t.rows.find((r) => r.label === 'Cost of sales')!;
  const f = cost.cells[col(t, 'Three Months Ended > August 4, 2023 > % Sales').index].fact;
  assert.deepEqual([f?.decimals, f?.scale, f?.period?.end], [4, -2, '2023-08-04']);
});

test("McDonald's 10-Q 2023: the income statement's amount columns take quarter and six-month periods from their facts", () => {
  const file = 'incoming/html/McDonalds_10-Q_2023.htm';
  const t = load(file).tables.find(
    (x) => x.rows.some((r) => /^Total revenues$/i.test(r.label)) && x.columns.length >= 5,
  );
  assert.ok(t, 'the income statement');
  const periods = t.columns
    .filter((c) => c.meaning?.kind === 'amount')
    .map((c) => `${c.meaning!.source} ${c.meaning!.period?.months} ${c.meaning!.period?.end}`);
  assert.deepEqual(periods, ['xbrl 3 2023-06-30', 'xbrl 3 2022-06-30', 'xbrl 6 2023-06-30', 'xbrl 6 2022-06-30']);
});

test('3M 10-Q 2023: a header saying "Twelve months ended December 31" over six-month facts is a warning, the facts win', () => {
  const a = load('incoming/html/3M_10-Q_2023.htm');
  const t = a.tables.find((x) => x.title === 'Amortization expense follows:')!;
  const c = col(t, 'Twelve months ended December 31, > 2023');
  assert.deepEqual([c.meaning?.source, c.meaning?.period?.months, c.meaning?.headerPeriod?.months], ['xbrl', 6, 12]);
  assert.ok(a.warnings.some((w) => w.includes(`Table ${t.id}`) && w.includes('the header says 12 months')));
});

test('a maturity schedule tagged at the balance date keeps its header years (the facts do not tell the columns apart)', () => {
  const t = table('incoming/html/3M_10-Q_2023.htm', 'Future Maturities of Long-term Debt');
  const c = col(t, '2025');
  assert.equal(c.meaning?.source, 'header');
  assert.equal(c.meaning?.headerPeriod, undefined);
});
