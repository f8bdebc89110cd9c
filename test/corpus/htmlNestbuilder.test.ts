import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/core/analyze';
import { check } from '../../src/check';
import { renderFiling } from '../../src/core/render/renderFiling';
import type { Analysis, Table } from '../../src/core/model';
import { corpusUrl } from '../corpusPaths';
import { basedOnCount } from '../../src/core/tables/notes';

const file = 'Nestbuilder_10-K_2021.htm';
const html = readFileSync(corpusUrl(`html/${file}`), 'utf8');
const tagless = (s: string) => s.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();

function ownership(a: Analysis): Table {
  const t = a.tables.find((x) => x.rows.some((r) => r.label.startsWith('Thomas M. Grbelja') && r.cells.some((c) => c.text === '7,010')));
  assert.ok(t, 'the Item 12 ownership table is found');
  return t;
}

test('the Nestbuilder ownership table reads from HTML with typed percent cells whose spans cover the HTML text', () => {
  const a = analyze(html, { uri: file });
  assert.equal(a.format, 'html');
  const t = ownership(a);
  const percentCol = t.columns.findIndex((c) => c.role === 'percent' && c.path.join(' ').includes('Percentage of Common Stock Ownership'));
  const rows = t.rows.filter((r) => r.label);
  assert.deepEqual(rows.map((r) => r.label), ['Alex Aliksanyan', 'Thomas M. Grbelja', 'William McLeod', 'All Officers and Directors as a Group (2 Persons)']);
  const pct = rows.slice(1).map((r) => r.cells.find((c) => c.value.kind === 'percent')!);
  assert.deepEqual(pct.map((c) => [c.text, c.value.value, c.value.decimals]), [['0.42%', 0.42, 2], ['0.050%', 0.05, 3], ['0.047%', 0.047, 3]]);
  // '0.42' and '%' sat in cells of their own: the merged cell spans both, tags between them aside
  assert.deepEqual(pct.map((c) => tagless(html.slice(c.span.start, c.span.end))), ['0.42%', '0.050%', '0.047%']);
  assert.ok(html.slice(pct[0].span.start).startsWith('0.42</td>'));
  const shares = rows.slice(1).map((r) => r.cells.find((c) => c.value.kind === 'number')!);
  assert.deepEqual(shares.map((c) => html.slice(c.span.start, c.span.end)), ['7,010', '843', '7,853']);
  assert.ok(percentCol >= 0 || t.columns.some((c) => c.role === 'percent'));
  assert.equal(basedOnCount(t)?.value, 1_673_237);
  assert.equal(html.slice(basedOnCount(t)!.span.start, basedOnCount(t)!.span.end), '1,673,237');
});

test('the Nestbuilder ownership footnotes (1)-(4) are read from their legend table and resolved', () => {
  const a = analyze(html, { uri: file });
  const t = ownership(a);
  const notes = a.footnotes.filter((f) => f.tableId === t.id);
  assert.deepEqual(notes.map((f) => f.key), ['1', '2', '3', '4']);
  for (const f of notes) assert.equal(html.slice(f.markerSpan.start, f.markerSpan.end), f.marker);
  // the (3)(4) after each holder's name resolve to this table's notes
  const refs = a.references.filter((r) => r.tableId === t.id && (r.key === '3' || r.key === '4'));
  assert.equal(refs.length, 6);
  const byId = new Map(notes.map((f) => [f.id, f.key]));
  assert.ok(refs.every((r) => r.footnoteId && byId.get(r.footnoteId) === r.key));
});

test('the Nestbuilder ownership table renders to rows whose percent cells match the HTML', () => {
  const r = renderFiling(html, file);
  const lines = r.text.split('\n');
  const header = lines.findIndex((l) => l.startsWith('Name and Address\t'));
  assert.deepEqual(lines.slice(header, header + 5), [
    'Name and Address\tCommon Stock Ownership(1)\tPercentage of Common Stock Ownership(2)',
    'Alex Aliksanyan (3)(4)\t-\t-',
    'Thomas M. Grbelja (3)(4)\t7,010\t0.42%',
    'William McLeod (3)(4)\t843\t0.050%',
    'All Officers and Directors as a Group (2 Persons)\t7,853\t0.047%',
  ]);
  for (const pct of ['0.42%', '0.050%', '0.047%']) {
    const o = r.text.indexOf(`\t${pct}`, r.text.indexOf('Name and Address\t')) + 1;
    const s = r.map.toSource(o);
    const e = r.map.toSource(o + pct.length - 1) + 1;
    assert.equal(tagless(html.slice(s, e)), pct);
  }
  assert.equal(lines[header + 6], '- (1) The number and percentage of shares beneficially owned is determined under rules of the SEC and the information is not necessarily indicative of beneficial ownership for any other purpose. Under such rules, beneficial ownership includes any shares as to which the individual has sole or shared voting power or investment power and also any shares which the individual has the right to acquire within 60 days through the exercise of any stock option or other right. The persons named in the table have sole voting and investment power with respect to all shares of common stock shown as beneficially owned by them, subject to community property laws where applicable and the information contained in the footnotes to this table.');
  assert.equal(lines[header + 7], '- (2) Based on 1,673,237 shares of common stock issued and outstanding as of December 30, 2021.');
});

test('check finds the same percent-of-class problem in the HTML and in its rendering, at the same HTML place', () => {
  const direct = check(html, { uri: file });
  const r = renderFiling(html, file);
  const rendered = check(r.text, { uri: `${file}.sec.txt` });
  assert.equal(rendered.analysis.format, 'converted');
  const place = (f: { span: { start: number; end: number } }, mapped: boolean) =>
    mapped ? tagless(html.slice(r.map.toSource(f.span.start), r.map.toSource(f.span.end - 1) + 1)) : tagless(html.slice(f.span.start, f.span.end));
  // the figure checks; footnote rules differ while the builder drops markers of colspan header cells (see report)
  const figures = (f: { ruleId: string }) => !f.ruleId.startsWith('footnote-');
  const a = direct.findings.filter(figures).map((f) => [f.ruleId, place(f, false)]);
  const b = rendered.findings.filter(figures).map((f) => [f.ruleId, place(f, true)]);
  assert.deepEqual(a, [['percent-of-class', '0.047%']], '7,853 of 1,673,237 is 0.47%, printed 0.047%');
  assert.deepEqual(b, a);
});
