import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analyze';
import { check } from '../../../../src/check';
import { hoverAt } from '../../../../src/features/hoverContent';
import { definitionAt } from '../../../../src/features/positionIndex';

// Markers printed as spans styled superscript read like <sup> markers, in prose and in tables, with the same
// guards: a footnote marker (1, (a), *, †), never an ordinal or a trademark sign.

const SUPER = 'vertical-align: super; font-size: 6pt';
const html = (body: string) => `<html><body>${body}</body></html>`;
const footnoteFindings = (text: string) =>
  check(text, { languageHint: 'html' })
    .findings.filter((f) => f.ruleId.startsWith('footnote-'))
    .map((f) => f.message);

test('a span styled vertical-align: super in a paragraph is a marker that resolves, hovers and goes to its note', () => {
  const text = html(
    `<p>Revenue grew 4%<span style="${SUPER}">1</span> in the year, on the 21<span style="${SUPER}">st</span> day.</p>` +
      `<p><span style="${SUPER}">1</span> Excluding the acquired business, revenue grew 3%.</p>`,
  );
  const a = analyze(text, { languageHint: 'html' });
  assert.deepEqual(
    a.references.map((r) => [r.marker, r.key, text.slice(r.span.start, r.span.end)]),
    [['¹', '1', '1']],
  );
  const note = a.footnotes.find((f) => f.id === a.references[0].footnoteId)!;
  assert.match(note.text, /^Excluding the acquired business/);
  const hover = hoverAt({
    analysis: a,
    findings: [],
    offset: a.references[0].span.start,
    tolerance: 0.05,
    lineOf: () => 0,
  })!;
  assert.match(hover.markdown, /Excluding the acquired business/);
  assert.deepEqual(definitionAt(a, a.references[0].span.start), note.markerSpan);
  assert.deepEqual(footnoteFindings(text), []);
});

test('baseline-shift: super, a span around a link, "(a)", "*" and "†" are markers; ordinals and ®, ™ are not', () => {
  const text = html(
    [
      '<p>Sales<span style="baseline-shift: super">2</span> rose.</p>',
      '<p>Costs<span style="vertical-align:super"><a href="#fn3">3</a></span> fell.</p>',
      '<p>Fees<span style="vertical-align: super">(a)</span>, taxes<span style="vertical-align: super">*</span> and duties<span style="vertical-align: super">†</span>.</p>',
      '<p>The 2<span style="vertical-align: super">nd</span> quarter; Brand<span style="vertical-align: super">®</span> and Mark<span style="vertical-align: super">™</span>.</p>',
      // Top alignment alone is a cell's, not a superscript; in a small font it is one.
      '<p>Top<span style="vertical-align: top">4</span> and small<span style="vertical-align: top; font-size: 60%">5</span>.</p>',
    ].join(''),
  );
  assert.deepEqual(
    analyze(text, { languageHint: 'html' }).references.map((r) => r.marker),
    ['²', '³', '(a)', '*', '†', '⁵'],
  );
});

test("a span styled superscript in a table cell is the cell's marker and resolves to the note below", () => {
  const text = html(
    '<table><tr><td>Item</td><td>2023</td><td>2022</td></tr>' +
      '<tr><td>Revenue<span style="baseline-shift: super">1</span></td><td>100</td><td>90</td></tr>' +
      '<tr><td>Cost<span style="vertical-align: super">(a)</span></td><td>50</td><td>45</td></tr></table>' +
      '<p>(1) Revenue note for the year.</p><p>(a) Cost note for the year.</p>',
  );
  const a = analyze(text, { languageHint: 'html' });
  assert.deepEqual(
    a.tables[0].rows.map((r) => [r.label, r.cells[0].markers.map((m) => m.key)]),
    [
      ['Revenue', ['1']],
      ['Cost', ['a']],
    ],
  );
  assert.deepEqual(
    a.references.map((r) => a.footnotes.find((f) => f.id === r.footnoteId)?.text),
    ['Revenue note for the year.', 'Cost note for the year.'],
  );
  assert.deepEqual(footnoteFindings(text), []);
});

test('small-font numbers (page numbers set in <font size=1>) are not markers', () => {
  const text = html('<p>Item 7. Management discussion <font size="1">99</font></p><p>1. A numbered paragraph.</p>');
  assert.deepEqual(analyze(text, { languageHint: 'html' }).references, []);
});

test('a styled superscript in the HTML of an SGML submission is a prose marker too', () => {
  const text = [
    '<SEC-DOCUMENT>',
    '<DOCUMENT>',
    '<TYPE>10-K',
    '<TEXT>',
    html(
      `<p>Revenue grew 4%<span style="${SUPER}">1</span> in the year.</p>` +
        `<p><span style="${SUPER}">1</span> Excluding the acquired business, revenue grew 3%.</p>`,
    ),
    '</TEXT>',
    '</DOCUMENT>',
    '</SEC-DOCUMENT>',
    '',
  ].join('\n');
  const a = analyze(text, { languageHint: 'sgml' });
  assert.deepEqual(
    a.references.map((r) => [r.marker, a.footnotes.find((f) => f.id === r.footnoteId)?.text.split(' ')[0]]),
    [['¹', 'Excluding']],
  );
});
