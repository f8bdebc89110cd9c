import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RawHeading, ReaderResult, Section } from '../../../../src/core/model';
import { buildSections, flattenSections, sectionAt } from '../../../../src/core/sections/buildSections';

/** A ReaderResult whose headings are the given lines of `text` (each found in order). */
function rawWithHeadings(
  text: string,
  lines: (string | [string, number])[],
  format: ReaderResult['format'] = 'converted',
): ReaderResult {
  const headings: RawHeading[] = [];
  let from = 0;
  for (const l of lines) {
    const [title, depth] = typeof l === 'string' ? [l, undefined] : l;
    const start = text.indexOf(title, from);
    assert.ok(start >= 0, `fixture line not found: ${title}`);
    headings.push({ title, span: { start, end: start + title.length }, ...(depth ? { depth } : {}) });
    from = start + title.length;
  }
  return {
    format,
    metadata: {},
    documents: [{ type: 'FILING', span: { start: 0, end: text.length }, body: 'text' }],
    headings,
    tables: [],
    footnotes: [],
    warnings: [],
  };
}

const outline = (sections: Section[]): string[] =>
  flattenSections(sections).map((s) => `${'  '.repeat(s.level - 1)}${s.kind}:${s.number ?? ''}:${s.title}`);

const TENK = [
  'TABLE OF CONTENTS',
  'PART I',
  'Item 1. Business 1',
  'Item 1A. Risk Factors 5',
  'PART II',
  "Item 7. Management's Discussion 9",
  '',
  'PART I',
  '',
  'ITEM 1. BUSINESS',
  'We make things.',
  'Our Products',
  'Widgets and more widgets, described at length in this paragraph of prose.',
  'ITEM 1A. RISK FACTORS',
  'Things may go wrong in many ways, described at length in this paragraph.',
  'PART II',
  "ITEM 7. MANAGEMENT'S DISCUSSION",
  'Results were fine.',
].join('\n');

test('nests Parts, Items and headings of a 10-K and drops the table of contents', () => {
  const raw = rawWithHeadings(TENK, [
    'TABLE OF CONTENTS',
    'PART I',
    'Item 1. Business 1',
    'Item 1A. Risk Factors 5',
    'PART II',
    "Item 7. Management's Discussion 9",
    'PART I',
    'ITEM 1. BUSINESS',
    'Our Products',
    'ITEM 1A. RISK FACTORS',
    'PART II',
    "ITEM 7. MANAGEMENT'S DISCUSSION",
  ]);
  const sections = buildSections(TENK, raw);
  assert.deepEqual(outline(sections), [
    'heading::TABLE OF CONTENTS',
    'part:I:PART I',
    '  item:1:ITEM 1. BUSINESS',
    '    heading::Our Products',
    '  item:1A:ITEM 1A. RISK FACTORS',
    'part:II:PART II',
    "  item:7:ITEM 7. MANAGEMENT'S DISCUSSION",
  ]);
  const item1 = sections[1].children[0];
  assert.equal(
    TENK.slice(item1.range.start, item1.range.end).split('\n').at(-1),
    'Widgets and more widgets, described at length in this paragraph of prose.',
  );
  assert.equal(sections[2].range.end, TENK.length);
  assert.deepEqual(
    flattenSections(sections).map((s) => s.id),
    ['s0', 's1', 's2', 's3', 's4', 's5', 's6'],
  );
});

test('finds the innermost section holding an offset', () => {
  const raw = rawWithHeadings(TENK, ['PART I', 'ITEM 1. BUSINESS', 'Our Products', 'ITEM 1A. RISK FACTORS', 'PART II']);
  const sections = buildSections(TENK, raw);
  assert.equal(sectionAt(sections, TENK.indexOf('Widgets'))?.title, 'Our Products');
  assert.equal(sectionAt(sections, TENK.indexOf('Things may'))?.title, 'ITEM 1A. RISK FACTORS');
  // ITEM 7 was not among the reader's headings: the Part/Item line scan finds it.
  assert.equal(sectionAt(sections, TENK.indexOf('Results'))?.title, "ITEM 7. MANAGEMENT'S DISCUSSION");
  assert.equal(sectionAt(sections, 0), undefined);
});

test('reads 8-K items with decimals, 9A(T) and dashes, and leaves cross-references as plain headings', () => {
  const text =
    "Item 5.02 Departure of Directors\nx\nITEM 9A(T). CONTROLS\ny\nITEM 12 \u2013 SECURITY OWNERSHIP\nz\nItem 7 of Form 10-K under the heading\nPart A. Management's Report\nPart IV\n";
  const raw = rawWithHeadings(text, [
    'Item 5.02 Departure of Directors',
    'ITEM 9A(T). CONTROLS',
    'ITEM 12 \u2013 SECURITY OWNERSHIP',
    'Item 7 of Form 10-K under the heading',
    "Part A. Management's Report",
    'Part IV',
  ]);
  const flat = flattenSections(buildSections(text, raw));
  assert.deepEqual(
    flat.map((s) => `${s.kind}:${s.number ?? ''}`),
    ['item:5.02', 'item:9A(T)', 'item:12', 'heading:', 'heading:', 'part:IV'],
  );
});

test('keeps an Item that appears only in a table of contents', () => {
  const text = 'Item 1. Business 1\nItem 2. Properties 4\n\nITEM 1. BUSINESS\nWe make things.\n';
  const raw = rawWithHeadings(text, ['Item 1. Business 1', 'Item 2. Properties 4', 'ITEM 1. BUSINESS']);
  assert.deepEqual(
    flattenSections(buildSections(text, raw)).map((s) => s.title),
    ['Item 2. Properties 4', 'ITEM 1. BUSINESS'],
  );
});

test('puts SGML documents at the root, titled by their TYPE, and keeps each section inside its document', () => {
  const text =
    '<DOCUMENT>\n<TYPE>10-K\nPART I\nITEM 1. BUSINESS\ntext\n</DOCUMENT>\n<DOCUMENT>\n<TYPE>EX-27\nFinancial data\n</DOCUMENT>\n';
  const raw = rawWithHeadings(text, ['PART I', 'ITEM 1. BUSINESS'], 'sgml');
  const second = text.indexOf('<DOCUMENT>', 5);
  raw.documents = [
    { type: '10-K', span: { start: 0, end: second - 1 }, body: 'text' },
    { type: 'EX-27', span: { start: second, end: text.length - 1 }, body: 'text' },
  ];
  const sections = buildSections(text, raw);
  assert.deepEqual(outline(sections), [
    'document::10-K',
    '  part:I:PART I',
    '    item:1:ITEM 1. BUSINESS',
    'document::EX-27',
  ]);
  assert.equal(text.slice(sections[0].span.start, sections[0].span.end), '<TYPE>10-K');
  assert.ok(sections[0].children[0].range.end <= second);
  assert.equal(sections[0].range.start, 0);
});

test('nests Markdown headings by depth under Items', () => {
  const text = '# Apple Inc.\n## Item 7. MD&A\n### Results\ntext\n### Liquidity\nmore\n## Item 8. Statements\n';
  const raw = rawWithHeadings(
    text,
    [
      ['Apple Inc.', 1],
      ['Item 7. MD&A', 2],
      ['Results', 3],
      ['Liquidity', 3],
      ['Item 8. Statements', 2],
    ],
    'markdown',
  );
  assert.deepEqual(outline(buildSections(text, raw)), [
    'heading::Apple Inc.',
    'item:7:Item 7. MD&A',
    '  heading::Results',
    '  heading::Liquidity',
    'item:8:Item 8. Statements',
  ]);
});

test('returns no sections and does not throw on empty or odd input', () => {
  assert.deepEqual(buildSections('', rawWithHeadings('', [])), []);
  const raw = rawWithHeadings('abc', []);
  raw.headings.push({ title: '   ', span: { start: 0, end: 3 } }, { title: 'x', span: { start: 5, end: 2 } });
  assert.deepEqual(buildSections('abc', raw), []);
});

test('treats a "(continued)" heading as the same section going on over a page break', () => {
  const text = 'Beneficial Ownership\nName\tShares\nCABOT 31\nBeneficial Ownership (continued)\nName\tShares\n';
  const raw = rawWithHeadings(text, ['Beneficial Ownership', 'Beneficial Ownership (continued)']);
  const sections = buildSections(text, raw);
  assert.deepEqual(outline(sections), ['heading::Beneficial Ownership']);
  assert.equal(sections[0].range.end, text.trimEnd().length);
});

test('finds ITEM lines the reader left out (a TAB after the number) but not rows of a pipe-table contents', () => {
  const text =
    '| Item 1. | Business | 1 |\n\nPART I\n\nITEM 1.\tBUSINESS\nWe make things.\n\n**Item 1A. Risk Factors**\nRisks.\n';
  const raw = rawWithHeadings(text, ['PART I']);
  assert.deepEqual(outline(buildSections(text, raw)), [
    'part:I:PART I',
    '  item:1:ITEM 1. BUSINESS',
    '  item:1A:Item 1A. Risk Factors',
  ]);
});

test('nests Title-case headings under the ALL-CAPS heading above them when the form gives no depth', () => {
  const text = 'RISK FACTORS\nRisks Associated with this Offering\ntext\nUSE OF PROCEEDS\nmore\n';
  const raw = rawWithHeadings(text, ['RISK FACTORS', 'Risks Associated with this Offering', 'USE OF PROCEEDS']);
  assert.deepEqual(outline(buildSections(text, raw)), [
    'heading::RISK FACTORS',
    '  heading::Risks Associated with this Offering',
    'heading::USE OF PROCEEDS',
  ]);
});
