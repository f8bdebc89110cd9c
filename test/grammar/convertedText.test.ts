// Scopes the sec-filing grammar gives to real lines of converted text: the seed 424B3, the sectext
// renderings (TAB tables) and the EDGAR-CORPUS item texts.
import { test } from 'node:test';
import { assertNoScope, assertScope, loadGrammar, tokenizeCorpusLine, tokenizeLines } from './textmate';

const SEED = 'seed/000_e04a9582158dea8b.txt';
const TEN_K_2010 = 'sectext/10-K_2010.txt';
const NESTBUILDER = 'sectext/Nestbuilder_10-K_2021.txt';
const CABOT = 'sectext/Cabot_DEF14A_2024.txt';
const ASTROTECH = 'txt/Astrotech_10-K_2010_edgarcorpus.txt';

test('scopes the company line that opens the seed as a heading', async () => {
  const { tokens } = await tokenizeCorpusLine(SEED, (l) => l === 'SPECTRUM PHARMACEUTICALS INC');
  assertScope(tokens, 'SPECTRUM PHARMACEUTICALS INC', 'entity.name.section.company');
});

test('scopes the seed "Form 424B3" line as keyword and form type', async () => {
  const { tokens } = await tokenizeCorpusLine(SEED, (l) => l.startsWith('Form '));
  assertScope(tokens, 'Form', 'keyword.other.form');
  assertScope(tokens, '424B3', 'entity.name.type.form');
  assertScope(tokens, '424B3', 'markup.heading.form');
});

test('scopes the seed date line and keeps the later prose plain', async () => {
  const date = await tokenizeCorpusLine(SEED, (l) => l === 'December 22, 2003');
  assertScope(date.tokens, 'December 22, 2003', 'constant.numeric.date');
  assertNoScope(date.tokens, 'entity.name.section.company');
  const prose = await tokenizeCorpusLine(SEED, (l) => l.startsWith('This prospectus supplement relates'));
  assertScope(prose.tokens, '7,264,370', 'constant.numeric');
  assertScope(prose.tokens, 'November 13, 2003', 'constant.numeric.date');
  assertNoScope(prose.tokens, 'markup.heading');
});

test('scopes a seed holder row: TAB cells, marker (3), numbers and percentages', async () => {
  const { tokens } = await tokenizeCorpusLine(SEED, (l) => l.startsWith('Shipman & Goodwin'));
  assertScope(tokens, '(3)', 'keyword.other.footnote-ref');
  assertScope(tokens, '\t', 'punctuation.separator.table.cell');
  assertScope(tokens, '101,700', 'constant.numeric');
  assertScope(tokens, '101,700', 'meta.table.row.tab');
  assertScope(tokens, '1.42%', 'constant.numeric.percentage');
  assertScope(tokens, '1.14%', 'constant.numeric.percentage');
});

test('scopes the "et al. (4)" marker and the bare * cells of the second seed row', async () => {
  const { tokens } = await tokenizeCorpusLine(SEED, (l) => l.startsWith('Trust u/a Helen M. Betts'));
  assertScope(tokens, '(4)', 'keyword.other.footnote-ref');
  assertScope(tokens, '*', 'keyword.other.footnote-ref');
  assertScope(tokens, '26,500', 'constant.numeric');
});

test('scopes the markers in the seed header rows: Offering(2) and % of Class(1)', async () => {
  const before = await tokenizeCorpusLine(SEED, (l) => l.includes('Following the Offering(2)'));
  assertScope(before.tokens, '(2)', 'keyword.other.footnote-ref');
  const pct = await tokenizeCorpusLine(SEED, (l) => l.includes('% of Class(1)'));
  assertScope(pct.tokens, '(1)', 'keyword.other.footnote-ref');
});

test('scopes the seed footnote lines "* Represents less than 1%" and "- (1) ..."', async () => {
  const star = await tokenizeCorpusLine(SEED, (l) => l.startsWith('* Represents'));
  assertScope(star.tokens, '*', 'keyword.other.footnote-def');
  assertScope(star.tokens, '1%', 'constant.numeric.percentage');
  assertScope(star.tokens, ' Represents less than ', 'comment.line.footnote');
  const one = await tokenizeCorpusLine(SEED, (l) => l.startsWith('- (1)'));
  assertScope(one.tokens, '-', 'punctuation.definition.list.begin');
  assertScope(one.tokens, '(1)', 'keyword.other.footnote-def');
  assertScope(one.tokens, 'December 5, 2003', 'constant.numeric.date');
  assertScope(one.tokens, '60', 'constant.numeric');
});

test('scopes "ITEM 1A.<TAB>RISK FACTORS" and a TAB-separated (1) footnote in sectext', async () => {
  const item = await tokenizeCorpusLine(TEN_K_2010, (l) => l === 'ITEM 1A.\tRISK FACTORS');
  assertScope(item.tokens, 'ITEM 1A.', 'keyword.other.section');
  assertScope(item.tokens, '\tRISK FACTORS', 'entity.name.section');
  const note = await tokenizeCorpusLine(TEN_K_2010, (l) => l.startsWith('(1)\tC & CAE is an abbreviation'));
  assertScope(note.tokens, '(1)', 'keyword.other.footnote-def');
});

test('scopes the dagger marker and its "† Filed herewith." definition', async () => {
  const ref = await tokenizeCorpusLine(TEN_K_2010, (l) => l.startsWith('23.1') && l.endsWith('†'));
  assertScope(ref.tokens, '†', 'keyword.other.footnote-ref');
  const def = await tokenizeCorpusLine(TEN_K_2010, (l) => l.startsWith('†\tFiled herewith'));
  assertScope(def.tokens, '†', 'keyword.other.footnote-def');
});

test('scopes chained markers (3)(4) and a 0.42% cell in an ownership row', async () => {
  const { tokens } = await tokenizeCorpusLine(NESTBUILDER, (l) => l.startsWith('Thomas M. Grbelja (3)(4)\t'));
  assertScope(tokens, '(3)', 'keyword.other.footnote-ref');
  assertScope(tokens, '(4)', 'keyword.other.footnote-ref');
  assertScope(tokens, '7,010', 'constant.numeric');
  assertScope(tokens, '0.42%', 'constant.numeric.percentage');
});

test('scopes the TAB-indented PART I line of a table of contents', async () => {
  const { tokens } = await tokenizeCorpusLine(NESTBUILDER, (l) => l === '\tPART I');
  assertScope(tokens, 'PART I', 'markup.heading.part');
});

test('scopes a ** footnote definition in a proxy statement', async () => {
  const { tokens } = await tokenizeCorpusLine(CABOT, (l) => l.startsWith('**\tNet working capital'));
  assertScope(tokens, '**', 'keyword.other.footnote-def');
});

test('scopes the EDGAR-CORPUS header (company, Form 10-K, ISO date) and "Item 12." heading', async () => {
  const company = await tokenizeCorpusLine(ASTROTECH, (l) => l.startsWith('ASTROTECH'));
  assertScope(company.tokens, company.line, 'entity.name.section.company');
  const form = await tokenizeCorpusLine(ASTROTECH, (l) => l === 'Form 10-K');
  assertScope(form.tokens, '10-K', 'entity.name.type.form');
  const date = await tokenizeCorpusLine(ASTROTECH, (l) => l === '2010-08-30');
  assertScope(date.tokens, '2010-08-30', 'constant.numeric.date');
  const item = await tokenizeCorpusLine(ASTROTECH, (l) => l.startsWith('Item 12.'));
  assertScope(item.tokens, 'Item 12.', 'markup.heading.item');
});

test('does not take prose that starts with "Item 7 of" or "Part II, Item 7" for a heading', async () => {
  const grammar = await loadGrammar();
  const [a, b] = tokenizeLines(grammar, [
    'x',
    'Item 7 of this Form 10-K describes the results.',
    'Part II, Item 7 of this report',
  ]).slice(1);
  assertNoScope(a, 'markup.heading');
  assertNoScope(b, 'markup.heading');
});

test('scopes a month-year date in prose and a slash date in a TAB award row', async () => {
  const prose = await tokenizeCorpusLine(TEN_K_2010, (l) =>
    l.startsWith('GAINSCO, INC., a Texas corporation, was organized in October 1978'),
  );
  assertScope(prose.tokens, 'October 1978', 'constant.numeric.date');
  const award = await tokenizeCorpusLine(CABOT, (l) => l.startsWith('TSU\t\t\t11/11/2022'));
  assertScope(award.tokens, '11/11/2022', 'constant.numeric.date');
  assertScope(award.tokens, '21,939', 'constant.numeric');
});

test('scopes cells that hold no figure: "-" and "N/A" in TAB rows', async () => {
  const dash = await tokenizeCorpusLine(NESTBUILDER, (l) => l.startsWith('Alex Aliksanyan (3)(4)\t'));
  assertScope(dash.tokens, '-', 'constant.language.nil');
  const na = await tokenizeCorpusLine(TEN_K_2010, (l) =>
    l.startsWith('Weighted average fair value of options granted during period\t'),
  );
  assertScope(na.tokens, 'N/A', 'constant.language.nil');
});

test('scopes letter markers (a) (b) and number markers (1) in a pay-versus-performance header row', async () => {
  const { tokens } = await tokenizeCorpusLine(CABOT, (l) =>
    l.startsWith('Year (a)\t\tSCT Total Compensation For PEO (1) (b)'),
  );
  assertScope(tokens, '(a)', 'keyword.other.footnote-ref');
  assertScope(tokens, '(b)', 'keyword.other.footnote-ref');
  assertScope(tokens, '(1)', 'keyword.other.footnote-ref');
});

test('scopes the ")%" cell that rendered HTML leaves after a negative percentage', async () => {
  const { tokens } = await tokenizeCorpusLine(NESTBUILDER, (l) => l.startsWith('Statutory federal rate\t'));
  assertScope(tokens, ')%', 'keyword.other.unit');
  assertScope(tokens, '21.0', 'constant.numeric');
});

test('does not take a telephone area code "- (718) 961-5400" for a footnote definition', async () => {
  const { tokens } = await tokenizeCorpusLine('sectext/Flushing_424B4_2024.txt', (l) =>
    l.startsWith('- (718) 961-5400'),
  );
  assertNoScope(tokens, 'meta.footnote.definition');
});
