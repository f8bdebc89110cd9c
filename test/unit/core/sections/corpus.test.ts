import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../../../src/core/analyze';
import { flattenSections } from '../../../../src/core/sections/buildSections';
import { corpusUrl } from '../../../corpusPaths';

const corpus = (p: string) => readFileSync(corpusUrl(p), 'utf8');
const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

test('outlines the Apple 1997 10-K: the 10-K document, Parts I-IV and Items 1-14 nested, then one entry per exhibit', () => {
  const text = corpus('sgml/Apple_10-K_1997.txt');
  const sections = analyze(text).sections;
  assert.equal(sections[0].kind, 'document');
  assert.equal(sections[0].title, '10-K');
  assert.ok(
    sections.slice(1).every((s) => s.kind === 'document'),
    'exhibits are documents at the root',
  );
  assert.ok(sections.some((s) => s.title === 'EX-27'));
  const parts = sections[0].children.filter((s) => s.kind === 'part');
  assert.deepEqual(
    parts.map((p) => p.number),
    ['I', 'II', 'III', 'IV'],
  );
  assert.deepEqual(
    parts.map((p) => p.children.filter((s) => s.kind === 'item').map((s) => s.number)),
    [['1', '2', '3', '4'], ['5', '6', '7', '8', '9'], ['10', '11', '12', '13'], ['14']],
  );
  const item8 = parts[1].children.find((s) => s.number === '8')!;
  assert.equal(lineOf(text, item8.span.start), 1933);
  assert.ok(item8.range.end <= parts[1].children.find((s) => s.number === '9')!.span.start);
  assert.ok(sections[0].range.end <= sections[1].range.start, 'the 10-K ends before its first exhibit');
});

test('outlines a rendered 10-K (sectext) with Items 1 to 15 at their real headings, not at the contents table', () => {
  const text = corpus('sectext/10-K_2010.txt');
  const items = flattenSections(analyze(text).sections).filter((s) => s.kind === 'item');
  assert.deepEqual(
    items.map((s) => s.number),
    ['1', '1A', '1B', '2', '3', '4', '5', '6', '7', '7A', '8', '9', '9A(T)', '9B', '10', '11', '12', '13', '14', '15'],
  );
  assert.equal(lineOf(text, items[0].span.start), 110);
  assert.equal(items[0].title, 'ITEM 1. BUSINESS');
  assert.ok(
    items.every((s) => lineOf(text, s.span.start) > 100),
    'no item points into the contents table',
  );
});

test("puts the Nestbuilder HTML 10-K's ownership table under Item 12", () => {
  const text = corpus('html/Nestbuilder_10-K_2021.htm');
  const a = analyze(text);
  const table = a.tables.find((t) =>
    t.columns.some((c) => /Percentage of Common Stock Ownership/.test(c.path.join(' '))),
  )!;
  assert.ok(table.sectionId, 'the table has a section');
  const chain = flattenSections(a.sections).filter(
    (s) => s.range.start <= table.span.start && table.span.start < s.range.end,
  );
  assert.ok(
    chain.some((s) => s.kind === 'item' && s.number === '12'),
    chain.map((s) => s.title).join(' > '),
  );
});
