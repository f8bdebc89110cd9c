import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/core/analyze';
import type { Table } from '../../src/core/model';
import { corpusUrl } from '../corpusPaths';
import { basedOnCount } from '../../src/core/tables/notes';

const corpus = (p: string) => readFileSync(corpusUrl(p), 'utf8');
const kinds = (t: Table) => t.rows.map((r) => r.cells.map((c) => (c.value.value !== undefined ? `${c.value.kind}:${c.value.value}` : c.value.kind)));

const SEED = corpus('seed/000_e04a9582158dea8b.txt');
const OWNED = 'Shares of Common Stock Beneficially Owned';

test('the seed reads as a SPECTRUM PHARMACEUTICALS 424B3 filed 2003-12-22', () => {
  const a = analyze(SEED);
  assert.equal(a.format, 'converted');
  assert.deepEqual(a.metadata, { company: 'SPECTRUM PHARMACEUTICALS INC', formType: '424B3', filingDate: '2003-12-22' });
});

test('the seed holds one table of a label and five data columns whose bands resolve into paths', () => {
  const [t, ...rest] = analyze(SEED).tables;
  assert.equal(rest.length, 0);
  assert.deepEqual(t.columns.map((c) => [c.role, c.path.join(' > ')]), [
    ['label', 'Name'],
    ['shares', `${OWNED} > Before Offering > Number`],
    ['percent', `${OWNED} > Before Offering > % of Class`],
    ['shares', 'Number of Shares of Common Stock Offered Hereby'],
    ['shares', `${OWNED} > Following the Offering > Number`],
    ['percent', `${OWNED} > Following the Offering > % of Class`],
  ]);
  assert.equal(t.headerRows.length, 3);
  assert.deepEqual(t.columns[2].markers.map((m) => SEED.slice(m.span.start, m.span.end)), ['(1)']);
  assert.deepEqual(t.columns[4].markers.map((m) => m.key), ['2']);
});

test('the seed rows type shares, 1.42%, 1.14% and the * cells that stand for less than 1%', () => {
  const [t] = analyze(SEED).tables;
  assert.equal(t.rows.length, 2);
  assert.deepEqual(kinds(t), [
    ['text', 'number:101700', 'percent:1.42', 'number:20000', 'number:81700', 'percent:1.14'],
    ['text', 'number:26500', 'less-than-one', 'number:14000', 'number:12500', 'less-than-one'],
  ]);
  assert.equal(t.rows[0].cells[2].value.decimals, 2);
  assert.deepEqual(t.rows.map((r) => r.label), ['Shipman & Goodwin LLP Profit Sharing Plan Trust fbo James T. Betts', 'Trust u/a Helen M. Betts fbo James T. Betts et al.']);
  assert.deepEqual(t.rows.map((r) => r.cells[0].markers.map((m) => SEED.slice(m.span.start, m.span.end))), [['(3)'], ['(4)']]);
  assert.equal(t.lessThanOneLegend, true);
  assert.equal(t.scale, 1);
});

test('every seed cell span, header and data, slices back to its text in the original', () => {
  const [t] = analyze(SEED).tables;
  for (const row of [...t.headerRows, ...t.rows.map((r) => r.cells)]) {
    for (const c of row) assert.equal(SEED.slice(c.span.start, c.span.end), c.text);
  }
  for (const col of t.columns) for (const m of col.markers) assert.equal(SEED.slice(m.span.start, m.span.end), m.marker);
});

test('an Apple 10-K Markdown table: $ and % cells merged, spacer columns gone, Change columns percent-change', () => {
  const md = corpus('txt/Apple_10-K_edgartools.md');
  const a = analyze(md, { uri: 'Apple_10-K_edgartools.md' });
  assert.equal(a.format, 'markdown');
  const t = a.tables.find((x) => x.rows.some((r) => r.label === 'Greater China'));
  assert.ok(t);
  assert.deepEqual(t.columns.map((c) => [c.role, c.path.join(' > '), c.year]), [
    ['label', '', undefined], ['amount', '2024', 2024], ['percent-change', 'Change', undefined],
    ['amount', '2023', 2023], ['percent-change', 'Change', undefined], ['amount', '2022', 2022],
  ]);
  assert.equal(t.scale, 1e6);
  const americas = t.rows[0];
  assert.equal(americas.label, 'Americas');
  assert.deepEqual(americas.cells.slice(1).map((c) => c.value.value), [167045, 3, 162560, -4, 169658]);
  assert.equal(americas.cells[1].value.money, true);
  assert.equal(md.slice(americas.cells[1].span.start, americas.cells[1].span.end).replace(/\s+/g, ' '), '$ | 167,045');
  assert.equal(t.rows[t.rows.length - 1].kind, 'total');
  const byCategory = a.tables.find((x) => x.rows.some((r) => r.label === 'iPhone'));
  assert.equal(byCategory?.rows[0].cells[2].value.kind, 'not-meaningful');
});

test('the Nestbuilder ownership table in rendered text realigns its drifted rows and keeps its notes', () => {
  const text = corpus('sectext/Nestbuilder_10-K_2021.txt');
  const a = analyze(text);
  const t = a.tables.find((x) => x.columns[0]?.path[0] === 'Name and Address');
  assert.ok(t);
  assert.deepEqual(t.columns.map((c) => [c.role, c.path.join(' > '), c.markers.map((m) => m.key).join()]), [
    ['label', 'Name and Address', ''], ['shares', 'Common Stock Ownership', '1'], ['percent', 'Percentage of Common Stock Ownership', '2'],
  ]);
  assert.deepEqual(kinds(t), [
    ['text', 'not-meaningful', 'not-meaningful'], ['text', 'number:7010', 'percent:0.42'],
    ['text', 'number:843', 'percent:0.05'], ['text', 'number:7853', 'percent:0.047'],
  ]);
  assert.deepEqual(t.rows[1].cells[0].markers.map((m) => m.key), ['3', '4']);
  assert.equal(t.rows[3].kind, 'subtotal');
  assert.equal(basedOnCount(t)?.value, 1673237);
});

test('the Nestbuilder tax-rate table merges its ")%" cells into negative percents', () => {
  const text = corpus('sectext/Nestbuilder_10-K_2021.txt');
  const t = analyze(text).tables.find((x) => x.rows.some((r) => r.label === 'Statutory federal rate'));
  assert.ok(t);
  assert.deepEqual(t.columns.map((c) => c.path.join(' > ')), ['', '2021', '2020']);
  const statutory = t.rows.find((r) => r.label === 'Statutory federal rate');
  assert.deepEqual(statutory?.cells.slice(1).map((c) => [c.value.kind, c.value.value, c.value.decimals, c.value.negative]), [
    ['percent', -21, 1, true], ['percent', -21, 1, true],
  ]);
  const c = statutory!.cells[1];
  assert.equal(text.slice(c.span.start, c.span.end), '(21.0\t)%');
});

test('the Cabot ownership table in rendered text takes its marker column into the share counts', () => {
  const t = analyze(corpus('sectext/Cabot_DEF14A_2024.txt')).tables.find((x) => x.rows.some((r) => r.label === 'BlackRock, Inc.'));
  assert.ok(t);
  assert.deepEqual(t.columns.map((c) => c.role), ['label', 'shares', 'percent']);
  const blackrock = t.rows.find((r) => r.label === 'BlackRock, Inc.')!;
  assert.deepEqual(blackrock.cells.slice(1).map((c) => c.value.value), [6888619, 12.43]);
  assert.deepEqual(blackrock.cells[1].markers.map((m) => m.key), ['3']);
  assert.equal(t.lessThanOneLegend, true, 'the legend after the continued part counts for the first part');
  assert.equal(basedOnCount(t)?.value, 55429217);
});
