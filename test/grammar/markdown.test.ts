// Scopes the sec-filing grammar gives to real lines of a Markdown rendering (edgartools' Apple 10-K):
// GFM pipe tables with spacer columns, and Item headings.
import { test } from 'node:test';
import { assertScope, tokenizeCorpusLine } from './textmate';

const APPLE_MD = 'txt/Apple_10-K_edgartools.md';

test('scopes a GFM delimiter row as a table delimiter', async () => {
  const { line, tokens } = await tokenizeCorpusLine(APPLE_MD, (l) => l.startsWith('|:---------------------|:----|'));
  assertScope(tokens, line, 'punctuation.separator.table.delimiter');
});

test('scopes pipes, numbers and a negative change in a net-sales pipe row', async () => {
  const { tokens } = await tokenizeCorpusLine(APPLE_MD, (l) => l.startsWith('| Americas '));
  assertScope(tokens, '|', 'punctuation.separator.table.cell');
  assertScope(tokens, '167,045', 'constant.numeric');
  assertScope(tokens, '167,045', 'meta.table.row.pipe');
  assertScope(tokens, '-4', 'constant.numeric');
  // edgartools puts $ and % in cells of their own
  assertScope(tokens, '$', 'keyword.other.unit');
  assertScope(tokens, '%', 'keyword.other.unit');
});

test('scopes a footnote marker attached to a row label in a pipe row', async () => {
  const { tokens } = await tokenizeCorpusLine(APPLE_MD, (l) => l.startsWith('| Services(1) '));
  assertScope(tokens, '(1)', 'keyword.other.footnote-ref');
  assertScope(tokens, '96,169', 'constant.numeric');
});

test('scopes percentages inside a pipe cell', async () => {
  const { tokens } = await tokenizeCorpusLine(APPLE_MD, (l) => l.startsWith('| 0.875% Notes due 2025'));
  assertScope(tokens, '0.875%', 'constant.numeric.percentage');
});

test('scopes "Item 1A.    Risk Factors" and "PART II" headings of the Markdown 10-K', async () => {
  const item = await tokenizeCorpusLine(APPLE_MD, (l) => l.startsWith('Item 1A.    Risk Factors'));
  assertScope(item.tokens, 'Item 1A.', 'keyword.other.section');
  assertScope(item.tokens, '    Risk Factors', 'entity.name.section');
  const part = await tokenizeCorpusLine(APPLE_MD, (l) => l === 'PART II');
  assertScope(part.tokens, 'PART II', 'markup.heading.part');
});

test('scopes an em-dash cell (no change) in a pipe row as a nil cell', async () => {
  const { tokens } = await tokenizeCorpusLine(APPLE_MD, (l) => l.startsWith('| iPhone '));
  assertScope(tokens, '—', 'constant.language.nil');
  assertScope(tokens, '201,183', 'constant.numeric');
});
