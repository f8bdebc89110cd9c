import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analyze';
import { renderFiling } from '../../../../src/core/render/renderFiling';
import type { Table } from '../../../../src/core/model';
import { corpusTable } from './corpusTable';
import { readCorpus } from '../../../corpusPaths';

// Statements of equity (session 8, test/corpus/meaning-audit.md): two-slot figures that only their overlap places,
// and a column's own head printed rows above its neighbours' heads. Small fixtures, both readings (the HTML and
// its SEC-text rendering), then the real tables.
const doc = (body: string) => `<html><body>${body}</body></html>`;
const readings = (body: string): Table[] => {
  const html = doc(body);
  const [h] = analyze(html, { uri: 'fixture.htm' }).tables;
  const [t] = analyze(renderFiling(html, 'fixture.htm').text, { uri: 'fixture.txt' }).tables;
  return [h, t];
};
/** A corpus filing's table matching `pred`, in the HTML reading and in its SEC-text rendering's. */
const bothReadings = (file: string, pred: (t: Table) => boolean): Table[] => {
  const text = renderFiling(readCorpus(file), file).text;
  const t = analyze(text, { uri: `${file}.txt` }).tables.find(pred);
  assert.ok(t, `a matching table in the rendering of ${file}`);
  return [corpusTable(file, pred), t];
};
const paths = (t: Table) => t.columns.map((c) => c.path.join(' / '));
const row = (t: Table, label: string) =>
  t.rows
    .find((r) => r.label === label)
    ?.cells.slice(1)
    .map((c) => c.text);

// `$ | figure | )` groups: the balance rows print `$` and the figure over the figure and `)` slots, the other rows
// the figure over the `$` and figure slots; no row prints a figure in one slot.
const group = (a: string, b: string, c: string) => `<td>${a}</td><td colspan="2">${b}</td><td></td>${c}`;
const moves = (a: string, b: string) => `<td colspan="2">${a}</td><td></td><td></td><td colspan="2">${b}</td><td></td>`;
const EQUITY =
  '<table><tr><td>(Millions)</td><td colspan="3">Common Stock</td><td></td><td colspan="3">Retained Earnings</td></tr>' +
  `<tr><td>Balance at March 31</td>${group('$', '6,568', '')}${group('$', '46,056', '')}</tr>` +
  `<tr><td>Net income</td>${moves('', '78')}</tr>` +
  `<tr><td>Stock-based compensation</td>${moves('48', '')}</tr>` +
  `<tr><td>Balance at June 30</td>${group('$', '6,616', '')}${group('$', '46,134', '')}</tr></table>`;

test('two-slot figures overlapping by one slot share it: one column per header, in both readings', () => {
  for (const t of readings(EQUITY)) {
    assert.deepEqual(paths(t).slice(1), ['Common Stock', 'Retained Earnings'], t.layout);
    assert.deepEqual(row(t, 'Balance at March 31'), ['$6,568', '$46,056'], t.layout);
    assert.deepEqual(row(t, 'Net income'), ['', '78'], t.layout);
    assert.deepEqual(row(t, 'Stock-based compensation'), ['48', ''], t.layout);
  }
});

test('3M statement of equity: each of the seven headers heads one column, in the HTML and its rendering', () => {
  const file = 'incoming/html/3M_10-Q_2023.htm';
  for (const t of bothReadings(file, (x) => x.rows.some((r) => r.label === 'Balance at March 31, 2022'))) {
    assert.equal(t.columns.length, 7, t.layout);
    assert.deepEqual(row(t, 'Net income'), ['82', '', '78', '', '', '4']);
    assert.deepEqual(row(t, 'Balance at March 31, 2022'), [
      '$15,004',
      '$6,568',
      '$46,056',
      '$(30,860)',
      '$(6,834)',
      '$74',
    ]);
  }
});

// A header bottom-aligned row by row: each column has one head, the longer ones starting rows higher.
const STAGGERED =
  '<table><tr><td></td><td></td><td></td><td></td><td></td><td></td><td>Accumulated other comprehensive losses</td><td></td></tr>' +
  '<tr><td></td><td colspan="2">Share capital</td><td>Shares to be issued</td><td></td><td></td><td></td><td></td></tr>' +
  '<tr><td></td><td>Number</td><td>Amount</td><td></td><td>Surplus</td><td>Deficit</td><td></td><td>Total</td></tr>' +
  '<tr><td>Balance</td><td>19,349</td><td>1,218</td><td>-</td><td>106</td><td>(615)</td><td>-</td><td>709</td></tr>' +
  '<tr><td>Net loss</td><td>-</td><td>-</td><td>-</td><td>-</td><td>(986)</td><td>-</td><td>(986)</td></tr></table>';

test('a head with nothing under it spreads over no column that has a head of its own lower down', () => {
  for (const t of readings(STAGGERED)) {
    assert.deepEqual(
      paths(t).slice(1),
      [
        'Share capital / Number',
        'Share capital / Amount',
        'Shares to be issued',
        'Surplus',
        'Deficit',
        'Accumulated other comprehensive losses',
        'Total',
      ],
      t.layout,
    );
  }
});

test('a band still spreads over the heads under it, its first column headed too', () => {
  const [h, t] = readings(
    '<table><tr><td></td><td>Before Offering</td><td></td><td>After</td></tr>' +
      '<tr><td>Name</td><td>Number</td><td>Percent</td><td>Number</td></tr>' +
      '<tr><td>Alice</td><td>100</td><td>10%</td><td>90</td></tr></table>',
  );
  for (const x of [h, t]) {
    assert.deepEqual(paths(x).slice(1, 3), ['Before Offering / Number', 'Before Offering / Percent']);
  }
});

test("the 20-F's statement of equity: Contributed Surplus, Deficit and Total under no neighbour's head, both readings", () => {
  const file = 'html/20-F_0001062993-21-003193_2021.html';
  for (const t of bothReadings(file, (x) => x.columns.some((c) => c.path.at(-1) === 'Contributed Surplus'))) {
    assert.deepEqual(paths(t).slice(3), [
      'Shares to be issued',
      'Contributed Surplus',
      'Deficit',
      'Accumulated other comprehensive losses',
      'Total',
    ]);
  }
});

test('3M statement of equity: "3M Company Shareholders" stands over neither Total nor Non-controlling Interest', () => {
  const file = 'incoming/html/3M_10-Q_2023.htm';
  for (const t of bothReadings(file, (x) => x.rows.some((r) => r.label === 'Balance at March 31, 2022'))) {
    assert.deepEqual(paths(t).slice(1, 3), [
      'Total',
      '3M Company Shareholders / Common Stock and Additional Paid-in Capital',
    ]);
    assert.equal(paths(t)[6], 'Non-controlling Interest', t.layout);
  }
});
