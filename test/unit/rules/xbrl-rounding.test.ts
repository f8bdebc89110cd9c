import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { runRules } from '../../../src/rules/index';
import { roundingDecimals } from '../../../src/rules/shared/cells';
import type { Cell } from '../../../src/core/model';

/** A 2023 | 2022 | % Change table in HTML, the amounts tagged with `attrs` (none: untagged). */
const html = (current: string, prior: string, change: string, attrs?: string): string => {
  const ctx = (id: string, y: number) =>
    `<xbrli:context id="${id}"><xbrli:period><xbrli:startDate>${y}-01-01</xbrli:startDate><xbrli:endDate>${y}-12-31</xbrli:endDate></xbrli:period></xbrli:context>`;
  const cell = (id: string, v: string) =>
    attrs ? `<ix:nonFraction name="a:Revenues" contextRef="${id}" ${attrs}>${v}</ix:nonFraction>` : v;
  return (
    `<html><body><div style="display:none"><ix:header><ix:resources>${ctx('y23', 2023)}${ctx('y22', 2022)}` +
    `</ix:resources></ix:header></div><p>Results of Operations</p><table>` +
    `<tr><td></td><td>Year Ended December 31, 2023</td><td>Year Ended December 31, 2022</td><td>% Change</td></tr>` +
    `<tr><td>Revenues</td><td>$ ${cell('y23', current)}</td><td>$ ${cell('y22', prior)}</td><td>${change}</td></tr>` +
    `</table></body></html>`
  );
};
const findings = (text: string) =>
  runRules(analyze(text, { uri: 'x.htm' }), {}).findings.filter((f) => f.ruleId === 'percent-change');

test('amounts tagged decimals="-3" though printed to the dollar are read as rounded to the thousand', () => {
  // 1,025,000 vs 1,000,000 is 2.5000% to the dollar; to the thousand anything from 2.40% to 2.60%
  assert.equal(findings(html('1,025,000', '1,000,000', '2.55%')).length, 1, 'untagged: printed digits, flagged');
  assert.equal(findings(html('1,025,000', '1,000,000', '2.55%', 'decimals="-3" scale="0"')).length, 0);
  assert.equal(findings(html('1,025,000', '1,000,000', '2.75%', 'decimals="-3" scale="0"')).length, 1);
});

test('a fact claiming more precision than printed (INF) does not narrow the printed rounding', () => {
  // 1,200 vs 1,000 printed whole: 19.89%..20.11%; exact they would be 20.00% and 20.04% a misprint
  assert.equal(findings(html('1,200', '1,000', '20.04%')).length, 0);
  assert.equal(findings(html('1,200', '1,000', '20.04%', 'decimals="INF" scale="0"')).length, 0);
});

test('rounding decimals in the printed unit: decimals + scale, never finer than printed', () => {
  const cell = (decimals: number, fact?: Cell['fact']): Cell => ({
    text: '',
    span: { start: 0, end: 0 },
    value: { kind: 'number', value: 1, decimals },
    markers: [],
    ...(fact ? { fact } : {}),
  });
  const fact = (decimals: number | 'INF', scale: number): Cell['fact'] => ({
    name: 'a:X',
    contextRef: 'c',
    decimals,
    scale,
  });
  assert.equal(roundingDecimals(cell(0)), 0);
  assert.equal(roundingDecimals(cell(0, fact(-6, 6))), 0, 'millions printed in millions');
  assert.equal(roundingDecimals(cell(1, fact(-5, 6))), 1, '24.9 million to the hundred thousand');
  assert.equal(roundingDecimals(cell(0, fact(-3, 0))), -3, 'dollars printed, thousands meant');
  assert.equal(roundingDecimals(cell(1, fact(0, 6))), 1, 'decimals 0 on 110.3 million: printed precision stays');
  assert.equal(roundingDecimals(cell(0, fact('INF', 0))), 0);
  assert.equal(roundingDecimals(cell(2, fact(4, -2))), 2, '66.34% tagged 0.6634');
});
