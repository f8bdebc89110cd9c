// Scopes the sec-filing grammar gives to real lines of EDGAR SGML submissions (1995 S-3/A, 1997 10-K).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertScope, tokenizeCorpusLine } from './textmate';

const PAGE_AMERICA = 'sgml/PageAmericaGroup_S-3A_1995.txt';
const APPLE_1997 = 'sgml/Apple_10-K_1997.txt';

test('scopes the <TYPE> tag and its form type at the top of a document-only SGML file', async () => {
  const { tokens } = await tokenizeCorpusLine(PAGE_AMERICA, (l) => l.startsWith('<TYPE>'));
  assertScope(tokens, 'TYPE', 'entity.name.tag');
  assertScope(tokens, '<', 'punctuation.definition.tag.begin');
  assertScope(tokens, 'S-3/A', 'entity.name.type.form');
});

test('scopes each tag of the <S> <C> column-marker line of a selling-shareholder table', async () => {
  const { tokens } = await tokenizeCorpusLine(PAGE_AMERICA, (l) => /^<S>\s+<C>/.test(l));
  assertScope(tokens, 'S', 'entity.name.tag.column');
  assertScope(tokens, 'C', 'entity.name.tag.column');
  assertScope(tokens, 'C', 'meta.table.column-markers');
});

test('marks the <F1> marker in a table caption as a footnote reference', async () => {
  const { tokens } = await tokenizeCorpusLine(PAGE_AMERICA, (l) => l.includes('Shares Offered Hereby <F1>'));
  assertScope(tokens, 'F1', 'keyword.other.footnote-ref');
});

test('marks the <F1> line after <FN> as a footnote definition', async () => {
  const { tokens } = await tokenizeCorpusLine(PAGE_AMERICA, (l) => l.startsWith('<F1> Does not include'));
  assertScope(tokens, 'F1', 'keyword.other.footnote-def');
  assertScope(
    tokens,
    ' Does not include shares of Common Stock issuable upon conversion of Series One Preferred Stock or',
    'comment.line.footnote',
  );
});

test('marks "*    Less than 1%." as a footnote definition with its percentage', async () => {
  const { tokens } = await tokenizeCorpusLine(PAGE_AMERICA, (l) => /^\*\s+Less than 1%/.test(l));
  assertScope(tokens, '*', 'keyword.other.footnote-def');
  assertScope(tokens, '1%', 'constant.numeric.percentage');
});

test('scopes numbers with thousands separators in a fixed-width holder row', async () => {
  const { tokens } = await tokenizeCorpusLine(PAGE_AMERICA, (l) => l.startsWith('Arnold Zousmer'));
  assertScope(tokens, '1,454', 'constant.numeric');
  assertScope(tokens, '0', 'constant.numeric');
});

test('scopes PART II. and Item 14. headings of a 1995 registration statement', async () => {
  const part = await tokenizeCorpusLine(PAGE_AMERICA, (l) => l.trim() === 'PART II.');
  assertScope(part.tokens, 'PART II.', 'markup.heading.part');
  const item = await tokenizeCorpusLine(PAGE_AMERICA, (l) => l.startsWith('Item 14.'));
  assertScope(item.tokens, 'Item 14.', 'keyword.other.section');
  assertScope(item.tokens, 'Item 14.', 'markup.heading.item');
});

test('scopes the PEM envelope as a comment', async () => {
  const { tokens } = await tokenizeCorpusLine(APPLE_1997, (l) => l.startsWith('-----BEGIN PRIVACY'));
  assertScope(tokens, '-----BEGIN PRIVACY-ENHANCED MESSAGE-----', 'comment.line.pem');
});

test('scopes EDGAR header fields inside <SEC-HEADER> as key, separator and value', async () => {
  const name = await tokenizeCorpusLine(APPLE_1997, (l) => l.includes('COMPANY CONFORMED NAME:'));
  assertScope(name.tokens, 'COMPANY CONFORMED NAME', 'support.type.property-name.header');
  assertScope(name.tokens, ':', 'punctuation.separator.key-value');
  assertScope(name.tokens, 'APPLE COMPUTER INC', 'entity.name.type.company');
  assertScope(name.tokens, 'APPLE COMPUTER INC', 'meta.header');
  const type = await tokenizeCorpusLine(APPLE_1997, (l) => l.startsWith('CONFORMED SUBMISSION TYPE:'));
  assertScope(type.tokens, '10-K', 'entity.name.type.form');
  const date = await tokenizeCorpusLine(APPLE_1997, (l) => l.startsWith('FILED AS OF DATE:'));
  assertScope(date.tokens, '19971205', 'string.unquoted.header-value');
});

test('scopes the accession number after <SEC-DOCUMENT>', async () => {
  const { tokens } = await tokenizeCorpusLine(APPLE_1997, (l) => l.startsWith('<SEC-DOCUMENT>'));
  assertScope(tokens, 'SEC-DOCUMENT', 'entity.name.tag');
  assertScope(tokens, '0001047469-97-006960', 'constant.numeric.accession-number');
});

test('scopes PART I and ITEM 7. headings of a 10-K', async () => {
  const part = await tokenizeCorpusLine(APPLE_1997, (l) => l.trim() === 'PART I');
  assertScope(part.tokens, 'PART I', 'keyword.other.section');
  const item = await tokenizeCorpusLine(APPLE_1997, (l) => l.startsWith('ITEM 7. MANAGEMENT'));
  assertScope(item.tokens, 'ITEM 7.', 'markup.heading.item');
  assertScope(
    item.tokens,
    " MANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND RESULTS",
    'entity.name.section',
  );
});

test('scopes leader dots, money and parenthesised negative money in a financial table row', async () => {
  const { line, tokens } = await tokenizeCorpusLine(APPLE_1997, (l) => l.startsWith('Net income (loss)....'));
  const dots = /\.{3,}/.exec(line)?.[0] ?? '';
  assertScope(tokens, dots, 'punctuation.separator.leader');
  assertScope(tokens, '$  (1,045)', 'constant.numeric.money.negative');
  assertScope(tokens, '$     424', 'constant.numeric.money');
});

test('scopes negative percentages and money in a 1997 CHANGE table row', async () => {
  const { tokens } = await tokenizeCorpusLine(APPLE_1997, (l) => l.startsWith('Research and development....'));
  assertScope(tokens, '(20%)', 'constant.numeric.percentage.negative');
  assertScope(tokens, '(2%)', 'constant.numeric.percentage.negative');
  assertScope(tokens, '$     485', 'constant.numeric.money');
});

test('scopes the dashed rule under a caption and the date in it', async () => {
  const rule = await tokenizeCorpusLine(APPLE_1997, (l) => l.startsWith('- ------------') && l.includes('  ---------'));
  assertScope(rule.tokens, rule.line, 'punctuation.separator.rule');
  const caption = await tokenizeCorpusLine(APPLE_1997, (l) => l.startsWith('FIVE FISCAL YEARS ENDED'));
  assertScope(caption.tokens, 'SEPTEMBER 26, 1997', 'constant.numeric.date');
  assertScope(caption.tokens, '1993', 'constant.numeric');
});

test('scopes the "$      --" of a fixed-width table as a nil figure, not as money', async () => {
  const { tokens } = await tokenizeCorpusLine(APPLE_1997, (l) =>
    l.startsWith('Cash dividends declared per common share....'),
  );
  assertScope(tokens, '$      --', 'constant.language.nil');
  assertScope(tokens, '$    0.12', 'constant.numeric.money');
});

test('scopes a uuencoded GRAPHIC document as one comment block, and tags resume after its "end"', async () => {
  const ABVC = 'sgml/ABVCBiopharma_8-K_2025.txt';
  const begin = await tokenizeCorpusLine(ABVC, (l) => l.startsWith('begin 644 '));
  assertScope(begin.tokens, 'begin', 'keyword.other.uuencode');
  const data = await tokenizeCorpusLine(ABVC, (l) => l.startsWith('M_]C_X'));
  assert.equal(data.tokens.length, 1, 'one token for a whole line of data');
  assertScope(data.tokens, data.line, 'comment.block.uuencoded');
  const next = await tokenizeCorpusLine(ABVC, (l) => l === '<TYPE>EX-101.SCH');
  assertScope(next.tokens, 'EX-101.SCH', 'entity.name.type.form');
});

test('scopes the structural tags <DOCUMENT>, <TEXT>, <PAGE>, <TABLE>, <CAPTION>, <FN> and </TABLE>', async () => {
  for (const tagLine of ['<DOCUMENT>', '<TEXT>', '<PAGE>', '<TABLE>', '<CAPTION>', '<FN>', '</TABLE>']) {
    const { tokens } = await tokenizeCorpusLine(PAGE_AMERICA, (l) => l === tagLine);
    const name = tagLine.replace(/[</>]/g, '');
    assertScope(tokens, name, 'entity.name.tag');
    assertScope(tokens, name, 'meta.tag.sgml');
  }
});

test('scopes spaced leader dots and the page number after them in an exhibit index', async () => {
  const { line, tokens } = await tokenizeCorpusLine(APPLE_1997, (l) =>
    l.startsWith('1.        Demand Registration. . . .'),
  );
  const dots = /\.(?: \.)+/.exec(line.slice(line.indexOf('Registration') + 'Registration'.length))?.[0] ?? '';
  assertScope(tokens, dots, 'punctuation.separator.leader');
  assert.equal(tokens[tokens.length - 1].text, '1');
  assertScope(tokens.slice(-1), '1', 'constant.numeric');
});

test('scopes parenthesised negatives without a dollar sign in an income statement row', async () => {
  const { tokens } = await tokenizeCorpusLine(
    APPLE_1997,
    (l) => l.startsWith('Operating income (loss)......') && l.includes('(1,070)'),
  );
  assertScope(tokens, '(1,070)', 'constant.numeric.negative');
  assertScope(tokens, '(1,383)', 'constant.numeric.negative');
  assertScope(tokens, '684', 'constant.numeric');
});
