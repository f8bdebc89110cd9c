import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { hoverAt } from '../../../src/features/hoverContent';
import { xbrlFixture } from '../core/formats/html/xbrl-fixture';

test('a hover on a column whose period comes from inline XBRL facts says so, and what a disagreeing header says', () => {
  const html = xbrlFixture();
  const analysis = analyze(html, { uri: 'x.htm' });
  const at = (needle: string) =>
    hoverAt({ analysis, findings: [], offset: html.indexOf(needle) + 1, tolerance: 0, lineOf: () => 0 })?.markdown ??
    '';
  assert.match(at('July 1, 2023'), /amount, 3 months ended July 1, 2023 \\\(period from inline XBRL facts\\\)/);
  assert.match(
    at('July 2, 2021'),
    /amount, 3 months ended July 2, 2022 \\\(period from inline XBRL facts; the header says 3 months ended July 2, 2021\\\)/,
  );
});

test('a hover on a header-only column says nothing of XBRL', () => {
  const html =
    '<html><body><table><tr><td></td><td>July 1, 2023</td></tr><tr><td>Sales</td><td>1,200</td></tr></table></body></html>';
  const analysis = analyze(html, { uri: 'x.htm' });
  const md = hoverAt({
    analysis,
    findings: [],
    offset: html.indexOf('July 1') + 1,
    tolerance: 0,
    lineOf: () => 0,
  })?.markdown;
  assert.ok(md);
  assert.doesNotMatch(md, /XBRL/);
});
