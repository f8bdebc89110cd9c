import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readHtml } from '../../../../../src/core/formats/html/readHtml';
import { startTagAttributes } from '../../../../../src/core/formats/html/xbrlFacts';
import { xbrlFixture } from './xbrl-fixture';

const cellFacts = (html: string) => {
  const r = readHtml(html);
  return r.tables[0].rows.flatMap((row) => row.cells.filter((c) => c.fact).map((c) => ({ text: c.text, ...c.fact! })));
};

test('a cell inside ix:nonFraction carries its fact: name, context, decimals, scale, sign and the context period', () => {
  const facts = cellFacts(xbrlFixture());
  const sales = facts.find((f) => f.text === '$ 1,200');
  assert.deepEqual(sales, {
    text: '$ 1,200',
    name: 'us-gaap:Revenues',
    contextRef: 'q23',
    decimals: -6,
    scale: 6,
    format: 'ixt:num-dot-decimal',
    period: { start: '2023-04-02', end: '2023-07-01' },
  });
  const restructuring = facts.find((f) => f.text === '(50)');
  assert.equal(restructuring?.negative, true, 'sign="-" is recorded');
  assert.equal(facts.find((f) => f.text === '5,000,000')?.decimals, 'INF');
  const widgets = facts.find((f) => f.text === '700');
  assert.equal(widgets?.dimensional, true, 'a context with an explicit member is dimensional');
  assert.equal(facts.find((f) => f.text === '1,000')?.dimensional, undefined);
  assert.equal(facts.length, 8);
});

test('an instant context gives an instant period', () => {
  const r = readHtml(xbrlFixture());
  const cash = r.tables[1].rows[1].cells[1];
  assert.deepEqual(cash.fact?.period, { end: '2023-07-01', instant: true });
});

test('contexts defined after the tables (ix:header at the end) still give the facts their periods', () => {
  const before = cellFacts(xbrlFixture(false));
  const after = cellFacts(xbrlFixture(true));
  assert.deepEqual(after, before);
});

test('untagged cells and plain HTML carry no fact', () => {
  const r = readHtml('<table><tr><td>Sales</td><td>1,200</td><td>1,000</td></tr></table>');
  assert.ok(r.tables[0].rows[0].cells.every((c) => c.fact === undefined));
});

test('start tag attributes are read from the source: quoted either way, bare, names lower-cased', () => {
  const src = `x<ix:nonFraction contextRef="c-1" decimals='-3' scale=6 sign="-" name="a:B">5</ix:nonFraction>`;
  const a = startTagAttributes(src, 1);
  assert.deepEqual(Object.fromEntries(a), { contextref: 'c-1', decimals: '-3', scale: '6', sign: '-', name: 'a:B' });
  assert.equal(startTagAttributes(src, 0).size, 0, 'not a tag');
});
