import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readHtml } from '../../../../../src/core/formats/html/readHtml';
import { renderHtml } from '../../../../../src/core/render/renderHtml';

function timed<T>(f: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = f();
  return { value, ms: performance.now() - t0 };
}

test('reads 100k unclosed <td> without crashing or hanging', () => {
  const html = '<table><tr>' + '<td>1,000'.repeat(100_000);
  const { value, ms } = timed(() => readHtml(html));
  assert.equal(value.tables.length, 1);
  assert.equal(value.tables[0].rows[0].cells.length, 100_000);
  const r = timed(() => renderHtml(html));
  assert.ok(r.value.text.length > 100_000);
  console.log(`100k unclosed td: read ${ms.toFixed(0)} ms, render ${r.ms.toFixed(0)} ms`);
  assert.ok(ms < 30_000 && r.ms < 30_000, 'a generous guard: the figures are printed above');
});

test('survives deep nesting, scripts, unclosed tags and junk attributes', () => {
  const inputs = [
    '<div>'.repeat(20_000) + 'deep text',
    '<table><tr><td>'.repeat(3_000) + '1 2',
    '<script>while(1){}</script><p>ok 1</p><table><tr><td>a<td>1<tr><td>b<td>2',
    '<td colspan="99999999" rowspan="-3">1</td><td colspan=x>2</td>',
    '<p>&#xFFFFFFFF; &bogus; &#0; &',
    '',
    '\u0000\u0001<<<>>>',
  ];
  for (const html of inputs) {
    const { ms } = timed(() => {
      readHtml(html);
      renderHtml(html);
    });
    assert.ok(ms < 30_000, `took ${ms} ms`);
  }
});

test('treats a footnote legend laid out as a table as footnotes, not as data', () => {
  const html =
    '<table><tr><td>Name</td><td>Shares</td></tr><tr><td>A</td><td>1,000</td></tr></table>' +
    '<table><tr><td>(1)</td><td>Based on 10,000 shares outstanding.</td></tr><tr><td>(2)</td><td>Held by a trust.</td></tr></table>';
  const r = readHtml(html);
  assert.equal(r.tables.length, 1);
  assert.deepEqual(
    r.footnotes.map((f) => f.key),
    ['1', '2'],
  );
  assert.equal(html.slice(r.footnotes[0].markerSpan.start, r.footnotes[0].markerSpan.end), '(1)');
});
