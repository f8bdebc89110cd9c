import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analyze';

const HTML = `<html><body><p>Results</p><table>
<tr><td>Item</td><td>2023</td><td>2022</td></tr>
<tr><td>Revenue<sup>1</sup></td><td>100</td><td>90</td></tr>
<tr><td>Cost<sup>(a)</sup></td><td>50</td><td>45</td></tr>
<tr><td>Other<span style="vertical-align: super; font-size: 6pt">2</span></td><td>5</td><td>4</td></tr>
<tr><td>Fees</td><td>7<sup>(</sup><sup>3</sup><sup>)</sup></td><td>6</td></tr>
</table>
<p><sup>1</sup> Revenue note.</p>
<p><sup>(a)</sup> Cost note.</p>
<p><sup>2</sup> Other note.</p>
<p><sup><i>(</i></sup><sup><i>3</i></sup><sup><i>)</i></sup> Fees note.</p>
</body></html>`;

test('<sup>1</sup>, <sup>(a)</sup> and a vertical-align: super span are markers, not text glued to the label', () => {
  const a = analyze(HTML, { languageHint: 'html' });
  const rows = a.tables[0].rows;
  assert.deepEqual(
    rows.map((r) => r.label),
    ['Revenue', 'Cost', 'Other', 'Fees'],
  );
  assert.deepEqual(
    rows.slice(0, 3).map((r) => r.cells[0].markers.map((m) => m.key)),
    [['1'], ['a'], ['2']],
  );
  // The marker's span is the digit inside <sup>, in the original source.
  const m = rows[0].cells[0].markers[0];
  assert.equal(HTML.slice(m.span.start, m.span.end), '1');
});

test('superscript markers resolve to notes that start with the same superscript, and split <sup>(</sup><sup>3</sup><sup>)</sup> still reads (3)', () => {
  const a = analyze(HTML, { languageHint: 'html' });
  const byKey = new Map(a.footnotes.map((f) => [f.key, f]));
  assert.equal(byKey.get('1')?.text, 'Revenue note.');
  assert.equal(byKey.get('2')?.text, 'Other note.');
  assert.equal(byKey.get('3')?.text, 'Fees note.');
  for (const key of ['1', 'a', '2', '3']) {
    const ref = a.references.find((r) => r.key === key);
    assert.ok(ref?.footnoteId, `marker ${key} resolves`);
    assert.equal(a.footnotes.find((f) => f.id === ref.footnoteId)?.key, key);
  }
  assert.equal(a.tables[0].rows[3].cells[1].value.value, 7, '7(3) keeps its value');
});
