import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readHtml } from '../../../../../src/core/formats/html/readHtml';
import { renderFiling } from '../../../../../src/core/render/renderFiling';

const fragment = fc.constantFrom(
  '<table>',
  '</table>',
  '<tr>',
  '<td>',
  '<th colspan="3">',
  '<td rowspan=2>',
  '</td>',
  '<p>',
  '</p>',
  '<b>',
  '</b>',
  '<br>',
  '&nbsp;',
  '&amp;',
  '&#x1F600;',
  '&bogus',
  '\r\n',
  ' ',
  '1,000',
  '12.5',
  '%',
  '$',
  '(',
  ')',
  '(1)',
  '* ',
  'Item 12.',
  'PART II',
  '<pre>',
  '</pre>',
  '<div style="display:none">',
  '</div>',
  '<ix:nonNumeric name="dei:DocumentType">',
  '</ix:nonNumeric>',
  '<script>',
  '</script>',
  'text',
  '<sup>',
  '</sup>',
  '<caption>',
  '<h2>',
);
const inside = (s: { start: number; end: number }, n: number) => s.start >= 0 && s.start <= s.end && s.end <= n;

test('on any mix of tags, entities and figures, every span and every mapped offset stays inside the HTML', () => {
  fc.assert(
    fc.property(fc.array(fragment, { maxLength: 60 }), (parts) => {
      const html = parts.join('');
      const r = readHtml(html);
      for (const t of r.tables) {
        for (const row of t.rows) {
          for (const c of row.cells) {
            assert.ok(inside(c.span, html.length));
            for (const p of c.pieces ?? []) assert.ok(inside(p.span, html.length) && p.at <= c.text.length);
          }
        }
      }
      for (const f of r.footnotes) assert.ok(inside(f.markerSpan, html.length) && inside(f.span, html.length));
      for (const h of r.headings) assert.ok(inside(h.span, html.length));
      const x = renderFiling(html, 'fuzz.htm');
      let prev = -1;
      for (const [out, len, src, srcLen] of x.map.segments()) {
        assert.ok(out > prev && out + len <= x.text.length && src + srcLen <= html.length);
        prev = out;
      }
    }),
    { numRuns: 300, seed: 42 },
  );
});
