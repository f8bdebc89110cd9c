import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analyze';
import type { Table } from '../../../../src/core/model';
import { corpusTable } from './corpusTable';

// A `display:none` cell makes no box in a browser, so it takes no slot of the table (issue 14, cause 26 of
// test/corpus/meaning-audit.md). Workiva filings put hidden `colspan="3"` cells in some rows and not in others;
// counting them put a band a column group off the figures it heads. A small fixture, then the corpus tables.
const html = (body: string): Table[] => analyze(`<html><body>${body}</body></html>`, { uri: 'fixture.htm' }).tables;
const paths = (t: Table) => t.columns.map((c) => c.path.join(' / '));
const hasRow = (re: RegExp) => (t: Table) => t.rows.some((r) => re.test(r.label));
const byPath = (t: Table, path: string) => t.columns.filter((c) => c.path.join(' / ') === path);

test('a display:none cell takes no slot: the band after it heads the figures under it', () => {
  // Comcast's layout, three slots per group (`$ | figure | %`): the rows hide cells in different places
  const H = '<td colspan="3" style="display:none"></td>';
  const E = '<td colspan="3"></td>';
  const td = (t: string) => `<td colspan="3">${t}</td>`;
  const fig = (v: string) => `<td>$</td><td>${v}</td><td></td>`;
  const pct = (v: string) => `<td colspan="2">${v}</td><td>%</td>`;
  const row = (l: string, a: string, b: string, p: string, c: string, d: string, q: string) =>
    `<tr>${td(l)}${fig(a)}${H}${fig(b)}${H}${H}${pct(p)}${E}${fig(c)}${H}${fig(d)}${H}${pct(q)}</tr>`;
  const [t] = html(
    `<table><tr>${E}<td colspan="6">Three Months Ended</td>${H}${H}${td('Change')}${E}` +
      `<td colspan="6">Six Months Ended</td>${H}${td('Change')}</tr>` +
      `<tr>${td('(in millions)')}${td('2023')}${H}${td('2022')}${H}${H}${td('%')}${E}${td('2023')}${H}${td('2022')}${H}${td('%')}</tr>` +
      row('Revenue', '110', '100', '10.0', '220', '200', '10.0') +
      row('Costs', '90', '80', '12.5', '180', '160', '12.5') +
      '</table>',
  );
  assert.deepEqual(paths(t).slice(1), [
    'Three Months Ended / 2023',
    'Three Months Ended / 2022',
    'Change / %',
    'Six Months Ended / 2023',
    'Six Months Ended / 2022',
    'Change / %',
  ]);
  assert.deepEqual(t.columns[3].meaning?.compares, [1, 2]);
  assert.deepEqual(t.columns[6].meaning?.compares, [4, 5]);
});

test('a display:none row is no row of the table', () => {
  const [t] = html(
    '<table><tr><td></td><td>2023</td><td>2022</td></tr>' +
      '<tr style="display:none"><td>Hidden</td><td>1</td><td>2</td></tr>' +
      '<tr><td>Revenue</td><td>110</td><td>100</td></tr></table>',
  );
  assert.deepEqual(
    t.rows.map((r) => r.label),
    ['Revenue'],
  );
});

test('Comcast Studios: "Change" and "Six Months Ended" head the figures under them, not the column group left', () => {
  const t = corpusTable(
    'incoming/html/Comcast_10-Q_2023.htm',
    (x) => x.title === 'Studios Segment Results of Operations',
  );
  // the 2022 quarter was "2022" alone (its band fell on the 2023 column and a hidden spacer), its change unbanded
  for (const c of byPath(t, 'Three Months Ended June 30, / 2022')) {
    if (c.meaning?.kind === 'amount') assert.equal(c.meaning.period?.months, 3);
  }
  const changes = t.columns.filter((c) => c.path.join(' / ') === 'Change / %' && c.meaning?.compares);
  assert.ok(changes.length >= 2);
  for (const c of changes) {
    const [a, b] = c.meaning!.compares!;
    assert.equal(t.columns[a].meaning?.period?.months, t.columns[b].meaning?.period?.months);
    assert.deepEqual(
      [t.columns[a].meaning?.period?.end, t.columns[b].meaning?.period?.end],
      ['2023-06-30', '2022-06-30'],
    );
  }
});

test('Comcast: the constant-currency band heads the constant-currency change, not the reported one', () => {
  const t = corpusTable('incoming/html/Comcast_10-Q_2023.htm', (x) =>
    x.rows.some((r) => /^Average monthly total Connectivity & Platforms revenue per customer/.test(r.label)),
  );
  const reported = byPath(t, 'Change / %');
  const constant = byPath(t, 'Constant Currency Change(a) / %');
  assert.equal(reported.length, 2);
  assert.equal(constant.length, 2);
  for (const c of reported) assert.equal(c.meaning?.basis, 'reported');
  for (const c of constant) assert.equal(c.meaning?.basis, 'constant-currency');
  assert.deepEqual(
    reported.map((c) => c.meaning?.compares),
    [
      [1, 2],
      [5, 6],
    ],
  );
});

test('3M segments: "% change" heads the segments\' percent changes, and the six-month band its own columns', () => {
  const t = corpusTable(
    'incoming/html/3M_10-Q_2023.htm',
    (x) =>
      x.title === 'Sales and operating income (loss) by business segment:' && paths(x).some((p) => /^Three/.test(p)),
  );
  // the quarter's band spans the change too since the lone-period-band rule (periodBands.ts)
  const sales = t.columns.filter((c) => c.path.join(' / ').endsWith('% change / Net Sales'));
  assert.equal(sales.length, 1);
  assert.equal(sales[0].meaning?.kind, 'percent-change');
  const s = corpusTable('incoming/html/3M_10-Q_2023.htm', hasRow(/^Safety and Industrial$/));
  for (const c of s.columns) {
    const p = c.path.join(' / ');
    if (/^Six months/.test(p)) assert.equal(c.meaning?.period?.months, 6, p);
    if (/^Three months/.test(p) && c.meaning?.period) assert.equal(c.meaning.period.months, 3, p);
  }
});

test('Honeywell leases: the colspan years head the figures their inline XBRL facts date (no header period warning)', () => {
  const file = 'incoming/html/Honeywell_10-Q_2023.htm';
  const t = corpusTable(file, hasRow(/^Right-of-use assets obtained in exchange for lease obligations$/));
  assert.deepEqual(
    t.columns.slice(1).map((c) => c.meaning?.period?.end),
    ['2023-06-30', '2022-06-30'],
  );
  assert.equal(t.columns[1].meaning?.headerPeriod, undefined);
});

test('GM dealer financing: Total and Percent sit under "December 31, 2022", one column each', () => {
  const t = corpusTable(
    'incoming/html/GeneralMotors_10-Q_2023.htm',
    (x) =>
      x.columns.some((c) => c.path.join(' / ') === 'December 31, 2022 / Percent') &&
      x.columns.some((c) => c.path.join(' / ') === 'Year of Origination(a) / Revolving'),
  );
  assert.deepEqual(paths(t).slice(-2), ['December 31, 2022 / Total', 'December 31, 2022 / Percent']);
  const pct = t.columns.at(-1)!.meaning!;
  assert.equal(pct.kind, 'share');
  assert.equal(pct.shareOf?.column, t.columns.length - 2);
});
