import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analyze';

// A table a page break cut off its header takes the header of the part before it (tables/continuedHeader.ts).
const first = `<table>
<tr><td></td><td colspan="3">Fiscal Second Quarter Ended</td></tr>
<tr><td>(Dollars in Millions)</td><td>July 2, 2023</td><td>July 3, 2022</td><td>Percent Change</td></tr>
<tr><td>Widgets</td><td>$1,100</td><td>$1,000</td><td>10.0%</td></tr>
<tr><td>Gadgets</td><td>440</td><td>400</td><td>10.0</td></tr>
</table>`;
const rest = `<table>
<tr><td>Sprockets</td><td>220</td><td>200</td><td>10.0</td></tr>
<tr><td>Worldwide</td><td>$1,760</td><td>$1,600</td><td>10.0%</td></tr>
</table>`;
const doc = (between: string) => `<html><body><p>Sales by product</p>${first}${between}${rest}</body></html>`;

test('a headerless table after a page break (page number, "Table of Contents") takes the header before it', () => {
  const a = analyze(doc('<p>22</p><hr/><p><a href="#toc">Table of Contents</a></p>'), { uri: 'fixture.htm' });
  const t = a.tables[1];
  assert.equal(t.continues, a.tables[0].id);
  assert.deepEqual(t.columns[3].path, ['Fiscal Second Quarter Ended', 'Percent Change']);
  assert.equal(t.columns[3].meaning?.kind, 'percent-change');
  assert.deepEqual(t.columns[3].meaning?.compares, [1, 2]);
});

test('a sentence between the two ("... were as follows:") starts another table, which keeps no header', () => {
  const a = analyze(doc('<p>Sales of the other products were as follows:</p>'), { uri: 'fixture.htm' });
  const t = a.tables[1];
  assert.equal(t.continues, undefined);
  assert.deepEqual(t.columns[3].path, []);
});

test('a headerless table whose percents stand under an amount column of the table before keeps no header', () => {
  const swapped = rest.replace('<td>220</td><td>200</td><td>10.0</td>', '<td>10.0%</td><td>200</td><td>$220</td>');
  const a = analyze(`<html><body>${first}<p>22</p>${swapped}</body></html>`, { uri: 'fixture.htm' });
  assert.equal(a.tables[1].continues, undefined);
});
