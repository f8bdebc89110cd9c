import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readConverted } from '../../../../src/core/formats/converted';
import { corpusUrl } from '../../../corpusPaths';

const corpus = (p: string) => readFileSync(corpusUrl(p), 'utf8');

const SMALL = [
  'ACME CORP',
  '',
  'Form 10-K',
  '',
  'March 3, 2024',
  '',
  'ITEM 12. SECURITY OWNERSHIP',
  '',
  'The following table (in thousands):',
  '',
  'Name\tShares\t% of Class(1)',
  'Smith (2)\t1,000\t1.5%',
  'Jones\t20\t*',
  '',
  '* Represents less than 1%',
  '- (1) Based on 66,000 shares outstanding.',
  '\t(2)\tDirector.',
  '',
].join('\r\n');

test('reads the company, form and date header of converted text', () => {
  assert.deepEqual(readConverted(SMALL).metadata, { company: 'ACME CORP', formType: '10-K', filingDate: '2024-03-03' });
});

test('keeps a header date that is only a year as printed', () => {
  const meta = readConverted(corpus('sectext/Nestbuilder_10-K_2021.txt')).metadata;
  assert.deepEqual(meta, { company: 'NESTBUILDER.COM CORP.', formType: '10-K', filingDate: '2021' });
});

test('groups TAB lines into a table whose cell spans slice back to their text, with the prose around it', () => {
  const r = readConverted(SMALL);
  assert.equal(r.tables.length, 1);
  const t = r.tables[0];
  assert.equal(t.layout, 'tab');
  assert.equal(t.rows.length, 3);
  for (const row of t.rows) for (const c of row.cells) assert.equal(SMALL.slice(c.span.start, c.span.end), c.text);
  assert.deepEqual(
    t.rows[1].cells.map((c) => c.text),
    ['Smith (2)', '1,000', '1.5%'],
  );
  assert.match(t.before ?? '', /in thousands/);
  assert.match(t.after ?? '', /^\* Represents less than 1%/);
});

test('reads dash, TAB and star footnote lines with their marker spans', () => {
  const r = readConverted(SMALL);
  assert.deepEqual(
    r.footnotes.map((f) => [f.marker, f.key, f.text]),
    [
      ['*', '*', 'Represents less than 1%'],
      ['(1)', '1', 'Based on 66,000 shares outstanding.'],
      ['(2)', '2', 'Director.'],
    ],
  );
  for (const f of r.footnotes) assert.equal(SMALL.slice(f.markerSpan.start, f.markerSpan.end), f.marker);
});

test('offers Item and ALL-CAPS lines as headings but not TAB rows', () => {
  const r = readConverted(SMALL);
  assert.deepEqual(
    r.headings.map((h) => h.title),
    ['ACME CORP', 'ITEM 12. SECURITY OWNERSHIP'],
  );
});

test('reads an edgar-corpus text: Item headings, no tables, and the star legend split over two lines', () => {
  const text = corpus('txt/Astrotech_10-K_2010_edgarcorpus.txt');
  const r = readConverted(text);
  assert.equal(r.metadata.formType, '10-K');
  assert.equal(r.tables.length, 0);
  assert.ok(r.headings.some((h) => /^Item 12\./.test(h.title)));
  const star = r.footnotes.find((f) => f.key === '*' && /less than 1%/.test(f.text));
  assert.ok(star, 'the * legend is a footnote');
  assert.equal(text.slice(star.markerSpan.start, star.markerSpan.end), '*');
});

test('keeps one-cell rows between TAB rows of a statement and ends tables at footnote lines', () => {
  const text = corpus('sectext/Nestbuilder_10-K_2021.txt');
  const r = readConverted(text);
  const balance = r.tables.find((t) => t.rows.some((row) => row.cells[0].text === 'Total current assets'));
  assert.ok(balance);
  assert.ok(balance.rows.some((row) => row.cells.length === 1 && row.cells[0].text === 'Current Assets'));
  const owners = r.tables.find((t) => t.rows[0].cells[0].text === 'Name and Address');
  assert.ok(owners);
  assert.equal(owners.rows.length, 5);
  assert.ok(r.footnotes.some((f) => f.key === '2' && /^Based on 1,673,237 shares/.test(f.text)));
});
