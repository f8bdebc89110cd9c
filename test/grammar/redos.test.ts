// The grammar runs on VS Code's UI thread with no time limit: a backtracking regex freezes the editor.
// These tests tokenize 100,000-character adversarial lines with the real TextMate engine, and check
// every regex of the grammar for nested unbounded quantifiers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { INITIAL, type IGrammar, type StateStack } from 'vscode-textmate';
import { loadGrammar } from './textmate';
import { grammarRegexes, nestedQuantifiers } from './regexSafety';

const LENGTH = 100_000;
const BOUND_MS = 1000;
const fill = (unit: string, prefix = '') =>
  prefix + unit.repeat(Math.ceil((LENGTH - prefix.length) / unit.length)).slice(0, LENGTH - prefix.length);

const ADVERSARIAL: [string, string][] = [
  ['opening parentheses', fill('(')],
  ['parenthesised digits without a close', fill('(1')],
  ['footnote markers back to back', fill('(1)')],
  ['digits separated by commas', fill('1,')],
  ['comma groups that never close a number', fill('1,234,')],
  ['spaced leader dots', fill('. ')],
  ['a run of dots', fill('.')],
  ['unclosed <F tags', fill('<F')],
  ['unclosed <F1 tags', fill('<F1')],
  ['an unclosed tag with a long attribute', fill('a', '<a ')],
  ['unclosed tags with spaces', fill('<a ')],
  ['one long digit run', fill('1')],
  ['TABs only', fill('\t')],
  ['TAB-separated digits', fill('\t1')],
  ['asterisks', fill('*')],
  ['dollar signs and open parentheses', fill('$ (')],
  ['digits and dots', fill('1.')],
  ['digits and spaces', fill('1 ')],
  ['dashes and spaces', fill('- ')],
  ['pipes', fill('|')],
  ['a pipe then dashes that never end the delimiter row', fill('-', '|') + 'x'],
  ['month names without a day', fill('December ')],
  ['ISO-date prefixes', fill('2003-')],
  ['slashes between digits', fill('1/')],
  ['unterminated entities', fill('&#')],
  ['an Item heading followed by spaces', fill(' ', 'Item 1')],
  ['a Form line that never ends its type', fill('A ', 'Form ')],
  ['an upper-case header key that never reaches a colon', fill('A ', '\t\t')],
  ['a line-start footnote followed by markers', fill('(1) ')],
  ['spaces and TABs', fill(' \t')],
  ['dollar digits', fill('$1')],
  ['a TAB row of dashes and spaces', fill('- ', 'x\t')],
  ['a pipe row of em dashes', fill('— |', '| ')],
  ['dollar signs before double dashes', fill('$ --')],
  ['a pipe row of lone $ and % cells', fill('$ | % | ', '| ')],
  ['a uuencode header with an endless file name', fill('M', 'begin 644 ')],
];

/**
 * CPU milliseconds this process spends tokenizing `line` after `state`. CPU time, not wall time: on a
 * machine shared with other jobs the wall clock also counts time spent waiting for a core. A run over
 * the bound is repeated (up to three runs, the fastest counts) so one GC pause does not decide; a
 * backtracking regex is slow on every run.
 */
function timeLine(grammar: IGrammar, line: string, state: StateStack): number {
  let best = Infinity;
  for (let run = 0; run < 3 && best >= BOUND_MS; run++) {
    const before = process.cpuUsage();
    grammar.tokenizeLine(line, state);
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/** The states a line can be tokenized in: first line, body text, inside an SEC header, inside uuencoded data. */
function states(grammar: IGrammar): [string, StateStack][] {
  const after = (lines: string[]) => lines.reduce((s, l) => grammar.tokenizeLine(l, s).ruleStack, INITIAL);
  return [
    ['as the first line', INITIAL],
    ['in body text', after(['SPECTRUM PHARMACEUTICALS INC', 'Form 424B3'])],
    ['inside <SEC-HEADER>', after(['<SEC-DOCUMENT>0000000000-00-000000.txt', '<SEC-HEADER>x'])],
    ['inside uuencoded data', after(['<TEXT>', 'begin 644 graphic.jpg'])],
  ];
}

for (const [what, line] of ADVERSARIAL) {
  test(`tokenizes a 100,000-character line of ${what} in well under a second`, async () => {
    const grammar = await loadGrammar();
    grammar.tokenizeLine('warm up 1,234.5 (3) 12% <F1>', INITIAL);
    for (const [where, state] of states(grammar)) {
      const ms = timeLine(grammar, line, state);
      assert.ok(ms < BOUND_MS, `${what} ${where}: ${ms.toFixed(0)} ms of CPU`);
    }
  });
}

test('has no regex with a nested unbounded quantifier', () => {
  const grammar = JSON.parse(
    readFileSync(new URL('../../syntaxes/sec-filing.tmLanguage.json', import.meta.url), 'utf8'),
  );
  const regexes = grammarRegexes(grammar);
  assert.ok(regexes.length > 30, `found only ${regexes.length} regexes`);
  const bad = regexes.flatMap(({ where, pattern }) => nestedQuantifiers(pattern).map((f) => `${where}: ${f}`));
  assert.deepEqual(bad, []);
});

test('the nested-quantifier check finds the shapes it is meant to find', () => {
  assert.equal(nestedQuantifiers(String.raw`(a+)+`).length, 1);
  assert.equal(nestedQuantifiers(String.raw`(?:\d*,?)*x`).length, 1);
  assert.equal(nestedQuantifiers(String.raw`((?:ab)+c)*`).length, 1);
  assert.equal(nestedQuantifiers(String.raw`(?:x[+*]y)*`).length, 0);
  assert.equal(nestedQuantifiers(String.raw`\d++(?:,\d{3})*+(?:\.\d++)?`).length, 0);
  assert.equal(nestedQuantifiers(String.raw`\((?:\d+)\)`).length, 0);
});
