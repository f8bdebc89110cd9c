import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Analysis, RawHeading, Table } from '../../../src/core/model';
import { buildSections } from '../../../src/core/sections/buildSections';
import { foldSpans, outline, type OutlineNode } from '../../../src/features/outline';
import { raw } from '../core/footnotes/fixture';

const TEXT = [
  'PART I',
  'ITEM 1. BUSINESS',
  'Some prose.',
  'Name\tShares',
  'Smith\t100',
  '(1) a note',
  '(2) another note',
  'PART III',
  'ITEM 12. SECURITY OWNERSHIP',
  'Holder\tPercent',
  'Jones\t5.0%',
  '',
].join('\n');

function analysis(): Analysis {
  const r = raw(TEXT, []);
  r.headings = ['PART I', 'ITEM 1. BUSINESS', 'PART III', 'ITEM 12. SECURITY OWNERSHIP'].map((title): RawHeading => {
    const start = TEXT.indexOf(title);
    return { title, span: { start, end: start + title.length } };
  });
  const sections = buildSections(TEXT, r);
  const tbl = (id: string, from: string, to: string, extra: Partial<Table>): Table => ({
    id,
    layout: 'tab',
    span: { start: TEXT.indexOf(from), end: TEXT.indexOf(to) + to.length },
    scale: 1,
    columns: [],
    headerRows: [],
    rows: [],
    lessThanOneLegend: false,
    footnoteIds: [],
    ...extra,
  });
  const tables = [
    tbl('t0', 'Name', 'Smith\t100', {}),
    tbl('t1', 'Holder', 'Jones\t5.0%', { caption: 'Principal Holders' }),
  ];
  const note = (m: string) => {
    const start = TEXT.indexOf(m);
    const end = TEXT.indexOf('\n', start);
    return {
      id: `f${m[1]}`,
      marker: m,
      key: m[1],
      text: 'x',
      span: { start, end },
      markerSpan: { start, end: start + 3 },
      tableId: 't0',
      refIds: [],
    };
  };
  return {
    format: 'converted',
    length: TEXT.length,
    metadata: {},
    documents: r.documents,
    sections,
    tables,
    footnotes: [note('(1)'), note('(2)')],
    references: [],
    warnings: [],
  };
}

const names = (nodes: OutlineNode[], depth = 0): string[] =>
  nodes.flatMap((n) => [`${'  '.repeat(depth)}${n.kind}:${n.name}`, ...names(n.children, depth + 1)]);

test('nests tables under the Item that holds them, named by caption or by position', () => {
  assert.deepEqual(names(outline(analysis())), [
    'part:PART I',
    '  item:ITEM 1. BUSINESS',
    '    table:Table 1',
    'part:PART III',
    '  item:ITEM 12. SECURITY OWNERSHIP',
    '    table:Principal Holders',
  ]);
});

test('every outline selection lies inside its range', () => {
  const check = (nodes: OutlineNode[]) =>
    nodes.forEach((n) => {
      assert.ok(n.range.start <= n.selection.start && n.selection.end <= n.range.end, n.name);
      check(n.children);
    });
  check(outline(analysis()));
});

test("folds sections, tables and a table's footnotes as one block", () => {
  const spans = foldSpans(analysis());
  assert.deepEqual(
    spans.map((s) => s.kind),
    ['section', 'section', 'section', 'section', 'table', 'table', 'footnotes'],
  );
  const notes = spans.at(-1)!.span;
  assert.equal(TEXT.slice(notes.start, notes.end), '(1) a note\n(2) another note');
});

test('calls a table by its number when its title only repeats the heading it sits under', () => {
  const a = analysis();
  a.tables[0].title = 'ITEM 1. BUSINESS';
  assert.deepEqual(names(outline(a)).slice(0, 3), ['part:PART I', '  item:ITEM 1. BUSINESS', '    table:Table 1']);
});
