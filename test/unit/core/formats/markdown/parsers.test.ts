import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { proseParsers } from '../../../../../src/core/formats/markdown/parsers';
import { corpusUrl } from '../../../../corpusPaths';

// The prose parser leaves GFM's email autolink out of text with no `@`; the tree must not change.

const gfm = unified().use(remarkParse).use(remarkGfm);
const parsers = proseParsers();
const corpus = (name: string) => readFileSync(corpusUrl(`txt/${name}`), 'utf8');

test('parses prose with no @ into the tree remark-gfm makes', () => {
  const samples = [
    'Visit www.apple.com or https://investor.apple.com/*x*_y_ for ~~more~~ details.',
    "Item 7.    Management's Discussion\n\nPART II",
    '* a list\n* [x] done\n\n(1) Includes India.\n\n[^1]: a note',
    'a | b\n--|--\n1 | 2',
    'word_with_underscores and *emphasis* and **strong** and `code` and <b>html</b> &amp; 5%',
    'Wwwx.example http:/not-a-link HTTP://EXAMPLE.COM/a_b_c www.x.com/(a)b).',
  ];
  for (const s of samples) assert.deepEqual(parsers.parse(s), gfm.parse(s), s);
});

test('parses edgartools 10-K prose into the tree remark-gfm makes', () => {
  const text = corpus('Apple_10-K_edgartools.md');
  const prose = text
    .split('\n')
    .filter((l) => !l.startsWith('|'))
    .join('\n');
  assert.ok(!prose.slice(0, 20000).includes('@'));
  assert.deepEqual(parsers.parse(prose.slice(0, 20000)), gfm.parse(prose.slice(0, 20000)));
});

test('still links e-mail addresses where the prose has an @', () => {
  const s = 'Write to investor@apple.com or see www.apple.com.';
  const tree = parsers.parse(s);
  assert.deepEqual(tree, gfm.parse(s));
  assert.ok(JSON.stringify(tree).includes('mailto:investor@apple.com'));
});

test('reads blank spacer cells of a pipe table as empty cells where they start, whatever blanks fill them', async () => {
  const { readMarkdown } = await import('../../../../../src/core/formats/markdown/readMarkdown');
  const md = '| Name |   |\u00a0\t| 2024 |\n|---|---|---|---:|\n| Sales |    |  | 1,234 |\n';
  const table = readMarkdown(md).tables[0];
  const row = table.rows[1].cells;
  assert.deepEqual(
    row.map((c) => c.text),
    ['Sales', '', '', '1,234'],
  );
  const blank = row[1];
  assert.equal(blank.span.start, blank.span.end);
  assert.equal(md[blank.span.start - 1], '|');
  assert.equal(blank.pieces, undefined);
  assert.equal(table.rows[0].cells[2].text, '');
});
