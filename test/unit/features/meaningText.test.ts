import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { hoverAt } from '../../../src/features/hoverContent';

const HTML = `<html><body><table>
<tr><td>(in millions)</td><td colspan="2">Six Months Ended</td><td></td><td></td></tr>
<tr><td></td><td>July 1, 2023</td><td>July 2, 2022</td><td>% Change</td><td>Constant Currency Change</td></tr>
<tr><td>Revenue</td><td>$1,100</td><td>$1,000</td><td>10.0%</td><td>12.0%</td></tr>
<tr><td>Net income</td><td>110</td><td>100</td><td>10.0</td><td>11.0</td></tr>
</table></body></html>`;

const hover = (needle: string): string => {
  const analysis = analyze(HTML, { uri: 'x.htm' });
  const h = hoverAt({ analysis, findings: [], offset: HTML.indexOf(needle) + 1, tolerance: 0, lineOf: () => 0 });
  assert.ok(h, `a hover on ${needle}`);
  return h.markdown;
};

test('a hover on a constant-currency change header says what it compares and that the amounts cannot derive it', () => {
  const md = hover('Constant Currency Change');
  assert.match(
    md,
    /% change, 6 months ended July 1, 2023 vs July 2, 2022, at constant currency: not derivable from the amounts shown/,
  );
});

test('a hover on a reported change header names its two periods without a not-derivable warning', () => {
  const md = hover('% Change');
  assert.match(md, /% change, 6 months ended July 1, 2023 vs July 2, 2022/);
  assert.doesNotMatch(md, /not derivable/);
});
