import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readMarkdown } from '../../../../../src/core/formats/markdown/readMarkdown';
import { buildTables } from '../../../../../src/core/tables/build';

const MD = [
  '# Item 7. Results',
  '',
  'Net sales by segment (dollars in millions):',
  '',
  '|          |     |    |    2024 |     | Change |   |',
  '|:---------|:----|:---|--------:|:----|-------:|:--|',
  '| Americas |     | $  | 167,045 |     |      3 | % |',
  '| **Europe** (1) | | | 101,328 |     |     -1 | % |',
  '',
  '(1) Includes India.',
  '',
].join('\n');

test('reads GFM pipe tables with cell spans inside the pipes and the header row flagged', () => {
  const r = readMarkdown(MD);
  assert.equal(r.tables.length, 1);
  const t = r.tables[0];
  assert.equal(t.layout, 'pipe');
  assert.equal(t.rows.length, 3);
  assert.ok(t.rows[0].cells.every((c) => c.header));
  const americas = t.rows[1].cells;
  assert.deepEqual(
    americas.map((c) => c.text),
    ['Americas', '', '$', '167,045', '', '3', '%'],
  );
  for (const c of americas) assert.equal(MD.slice(c.span.start, c.span.end), c.text);
  assert.match(t.before ?? '', /dollars in millions/);
});

test('maps text under inline markup back to the source through pieces', () => {
  const cell = readMarkdown(MD).tables[0].rows[2].cells[0];
  assert.equal(cell.text, 'Europe (1)');
  assert.ok(cell.pieces && cell.pieces.length === 2);
  const last = cell.pieces[1];
  assert.equal(MD.slice(last.span.start, last.span.end), '(1)');
});

test('reads # headings with their depth and (1) paragraphs as footnotes', () => {
  const r = readMarkdown(MD);
  assert.deepEqual(
    r.headings.map((h) => [h.title, h.depth]),
    [['Item 7. Results', 1]],
  );
  assert.deepEqual(
    r.footnotes.map((f) => [f.marker, f.key, f.text]),
    [['(1)', '1', 'Includes India.']],
  );
});

test('the builder merges the split $ and % cells and drops the spacer columns of a Markdown table', () => {
  const r = readMarkdown(MD);
  const [t] = buildTables(MD, r, []);
  assert.deepEqual(
    t.columns.map((c) => [c.role, c.path.join(' > ')]),
    [
      ['label', ''],
      ['amount', '2024'],
      ['percent-change', 'Change'],
    ],
  );
  assert.equal(t.scale, 1e6);
  assert.deepEqual(
    t.rows.map((row) => row.cells.map((c) => c.value.value ?? c.text)),
    [
      ['Americas', 167045, 3],
      ['Europe (1)', 101328, -1],
    ],
  );
  assert.deepEqual(
    t.rows[1].cells[0].markers.map((m) => MD.slice(m.span.start, m.span.end)),
    ['(1)'],
  );
  assert.equal(t.rows[1].label, 'Europe');
});

test('does not throw on broken Markdown', () => {
  assert.doesNotThrow(() => readMarkdown('| a |\n|---|\n| b | c | d |\n\n|||\n' + '\u0000'.repeat(10)));
});

test('reads pipe rows GFM refuses (header cells broken over lines) as a table, one piece per line', () => {
  const md = [
    'Repurchases (in millions):',
    '',
    '|   Periods |   | Total Number',
    '  of Shares | Price (1) |',
    '|:--|:--|--:|--:|',
    '| Open market |   | 35,697 | $ | 224.11 |',
    '',
  ].join('\n');
  const r = readMarkdown(md);
  assert.equal(r.tables.length, 1);
  const t = r.tables[0];
  assert.equal(t.headerRows, 1);
  const header = t.rows[0].cells;
  assert.deepEqual(
    header.map((c) => c.text),
    ['Periods', '', 'Total Number of Shares', 'Price (1)'],
  );
  assert.deepEqual(
    header[2].pieces?.map((p) => md.slice(p.span.start, p.span.end)),
    ['Total Number', 'of Shares'],
  );
  const [built] = buildTables(md, r, []);
  assert.deepEqual(
    built.rows[0].cells.map((c) => c.value.value ?? c.text),
    ['Open market', 35697, 224.11],
  );
  assert.deepEqual(
    built.columns.map((c) => c.path.join(' > ')),
    ['Periods', 'Total Number of Shares', 'Price'],
  );
});

test('offers one-line Item and PART paragraphs as headings, as edgartools prints them', () => {
  const md = 'PART II\n\nItem 7.    Management’s Discussion\n\nThe Company sells phones.\n';
  const r = readMarkdown(md);
  assert.deepEqual(
    r.headings.map((h) => [h.title, md.slice(h.span.start, h.span.end)]),
    [
      ['PART II', 'PART II'],
      ['Item 7. Management’s Discussion', 'Item 7.    Management’s Discussion'],
    ],
  );
});

test('reads a GFM table written without leading pipes', () => {
  const md = 'Intro\n\nName | Percent\n--- | ---:\nSmith (1) | 5.1%\n\nAfter.\n';
  const r = readMarkdown(md);
  assert.equal(r.tables.length, 1);
  assert.deepEqual(
    r.tables[0].rows.map((row) => row.cells.map((c) => c.text)),
    [
      ['Name', 'Percent'],
      ['Smith (1)', '5.1%'],
    ],
  );
  assert.equal(r.tables[0].headerRows, 1);
  assert.equal(r.tables[0].before, 'Intro');
  assert.equal(r.tables[0].after, 'After.');
});
