import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { renderHtml } from '../../../../src/core/render/renderHtml';
import { renderFiling } from '../../../../src/core/render/renderFiling';
import { OffsetMap } from '../../../../src/core/render/offsetMap';

const read = (p: string) => readFileSync(new URL(p, import.meta.url), 'utf8');
const html = read('../../../fixtures/html/ownership.html');

test('renders the HTML fixture to the expected seed-style text, line by line', () => {
  const expected = read('../../../fixtures/html/ownership.expected.txt').split('\n');
  const actual = renderHtml(html).text.split('\n');
  for (let i = 0; i < Math.max(expected.length, actual.length); i++) {
    assert.equal(actual[i], expected[i], `line ${i + 1}`);
  }
});

test('maps every rendered table cell back to its text in the HTML', () => {
  const r = renderHtml(html);
  const line = r.text.split('\n').find((l) => l.startsWith('Jane Doe'))!;
  const lineStart = r.text.indexOf(line);
  const cells = line.split('\t');
  let col = lineStart;
  const sources: string[] = [];
  for (const c of cells) {
    if (c) {
      const s = r.map.toSource(col);
      const e = r.map.toSource(col + c.length - 1) + 1;
      sources.push(html.slice(s, e));
    }
    col += c.length + 1;
  }
  assert.deepEqual(sources, ['Jane Doe<sup>(2)', '$</td><td>1,000', '12.5%', '$</td><td>(500</td><td>)']);
});

test('maps prose through entities and collapsed whitespace', () => {
  const r = renderHtml(html);
  const o = r.text.indexOf('AT&T');
  assert.equal(html.slice(r.map.toSource(o), r.map.toSource(o) + 2), 'AT');
  const amp = r.map.toSource(o + 2);
  assert.equal(html.slice(amp, amp + 5), '&amp;');
  const others = r.text.indexOf('others as of');
  assert.equal(html.slice(r.map.toSource(others), r.map.toSource(others) + 6), 'others');
  // and back
  const src = html.indexOf('others as of');
  assert.equal(r.map.toRendered(src), others);
});

test('keeps the offset map monotone and inside both texts', () => {
  const r = renderHtml(html);
  let prev = -1;
  for (const [out, len, src, srcLen] of r.map.segments()) {
    assert.ok(out > prev);
    assert.ok(out + len <= r.text.length && src + srcLen <= html.length);
    prev = out;
  }
});

test('an offset map extends exact segments and clamps between them', () => {
  const m = new OffsetMap();
  m.add(0, 3, 10, 3);
  m.add(3, 2, 13, 2);
  m.add(7, 1, 30, 6);
  assert.equal(m.size, 2);
  assert.equal(m.toSource(4), 14);
  assert.equal(m.toSource(5), 15);
  assert.equal(m.toSource(7), 30);
  assert.equal(m.toRendered(33), 7);
});

test('renders a full submission as its header lines and the HTML documents inside', () => {
  const sub = [
    '<SEC-DOCUMENT>0000000000-24-000001.txt : 20240105',
    '<SEC-HEADER>',
    'CONFORMED SUBMISSION TYPE:\t10-K',
    'FILED AS OF DATE:\t\t20240105',
    'COMPANY CONFORMED NAME:\t\t\tACME WIDGETS, INC.',
    '</SEC-HEADER>',
    '<DOCUMENT>',
    '<TYPE>10-K',
    '<TEXT>',
    html,
    '</TEXT>',
    '</DOCUMENT>',
    '<DOCUMENT>',
    '<TYPE>GRAPHIC',
    '<TEXT>',
    'begin 644 logo.jpg',
    "M_]C_X``02D9)1@`!`0$`8`!@``#_VP!#``H'!P<'@H<'!P<",
    'end',
    '</TEXT>',
    '</DOCUMENT>',
  ].join('\n');
  const r = renderFiling(sub);
  const lines = r.text.split('\n');
  assert.deepEqual(lines.slice(0, 5), ['ACME WIDGETS, INC.', '', 'Form 10-K', '', 'January 5, 2024']);
  assert.ok(lines.includes('Jane Doe(2)\t$1,000\t12.5%\t$(500)\t'));
  assert.ok(!r.text.includes('begin 644'));
  const o = r.text.indexOf('12.5%');
  assert.equal(sub.slice(r.map.toSource(o), r.map.toSource(o) + 5), '12.5%');
});

test('writes a footnote glued to its marker as "- (2) text", still mapped to the HTML', () => {
  const src =
    '<table><tr><td>PSUs (2)</td><td>5,047</td></tr><tr><td>RSUs</td><td>20,308</td></tr></table><p>(2)The numbers are maximums.</p>';
  const r = renderHtml(src);
  const lines = r.text.split('\n');
  assert.equal(lines[lines.length - 1], '- (2) The numbers are maximums.');
  const o = r.text.indexOf('The numbers');
  assert.equal(src.slice(r.map.toSource(o), r.map.toSource(o) + 11), 'The numbers');
});

test("a '%' heading a change column stays apart from the year before it", () => {
  const table =
    '<table><tr><td></td><td colspan="2">2023</td><td colspan="2">2022</td><td colspan="2">%</td></tr>' +
    '<tr><td>Revenue</td><td>$</td><td>30,513</td><td>$</td><td>30,016</td><td>1.7</td><td>%</td></tr></table>';
  const lines = renderHtml(`<html><body>${table}</body></html>`).text.split('\n');
  assert.ok(lines.includes('\t2023\t2022\t%'), lines.join('\n'));
  assert.ok(lines.includes('Revenue\t$30,513\t$30,016\t1.7%'), lines.join('\n'));
});

test("a '$' before a dash for nil is one cell, '$—', as '$' before a figure is", () => {
  // GM's cash flow table: `$ | (1.5)` in one row, `$ | —` in the next; apart, the dash took a column of its own
  const table =
    '<table><tr><td></td><td colspan="2">2023</td><td colspan="2">2022</td></tr>' +
    '<tr><td>Short-term debt</td><td>$</td><td>(1.5)</td><td>$</td><td>&#8212;&#160;</td></tr>' +
    '<tr><td>Total</td><td>$</td><td>(2.9)</td><td>$</td><td>(0.4)</td></tr></table>';
  const lines = renderHtml(`<html><body>${table}</body></html>`).text.split('\n');
  assert.ok(lines.includes('Short-term debt\t$(1.5)\t$—'), lines.join('\n'));
  assert.ok(lines.includes('Total\t$(2.9)\t$(0.4)'), lines.join('\n'));
});
