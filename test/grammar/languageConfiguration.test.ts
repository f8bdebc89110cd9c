// The word pattern of language-configuration.json decides what a double-click selects and what word
// the hover/definition providers see: figures and markers must come out whole.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { nestedQuantifiers } from './regexSafety';

const config = JSON.parse(readFileSync(new URL('../../language-configuration.json', import.meta.url), 'utf8'));

/** The word at `offset`, the way VS Code finds it: the wordPattern match that covers the offset. */
function wordAt(text: string, offset: number): string | undefined {
  const re = new RegExp(config.wordPattern, 'g');
  for (const m of text.matchAll(re)) {
    if (m.index <= offset && offset < m.index + m[0].length) return m[0];
  }
  return undefined;
}

const WHOLE = [
  '1,234.5',
  '(3)',
  '12.5%',
  '$1,234',
  '<F1>',
  '(1,045)',
  '(28%)',
  '1.42%',
  '7,264,370',
  '(a)',
  '-4',
  '($8.29)',
  '0.875%',
];

for (const token of WHOLE) {
  test(`keeps ${token} whole as one word wherever the cursor is inside it`, () => {
    const text = `Betts ${token}\t101,700 see`;
    const start = text.indexOf(token);
    for (let i = start; i < start + token.length; i++) assert.equal(wordAt(text, i), token, `cursor at ${i - start}`);
  });
}

test('leaves a trailing comma or full stop out of a number', () => {
  const text = 'up to 7,264,370, or 1,045.';
  assert.equal(wordAt(text, text.indexOf('264')), '7,264,370');
  assert.equal(wordAt(text, text.indexOf('045')), '1,045');
});

test('still finds ordinary words, with apostrophes and hyphens', () => {
  const text = "Registrant's non-accelerated filer";
  assert.equal(wordAt(text, 3), "Registrant's");
  assert.equal(wordAt(text, text.indexOf('accel')), 'non-accelerated');
});

test('declares round and square brackets for matching, without bracket-pair colours over the grammar', () => {
  assert.deepEqual(config.brackets, [
    ['(', ')'],
    ['[', ']'],
  ]);
  // (3) and (1,045) are a marker and a negative figure: the grammar colours them, not the bracket colouriser.
  assert.deepEqual(config.colorizedBracketPairs, []);
  assert.ok(config.autoClosingPairs.some((p: { open: string; close: string }) => p.open === '(' && p.close === ')'));
});

test('the word pattern has no nested unbounded quantifier and scans 100,000-character lines at once', () => {
  assert.deepEqual(nestedQuantifiers(config.wordPattern), []);
  for (const unit of ['1,', '(1', '$1,23', '((((', '1.', "a'", '<F1']) {
    const line = unit.repeat(Math.ceil(100_000 / unit.length));
    const t0 = performance.now();
    for (const _ of line.matchAll(new RegExp(config.wordPattern, 'g'))) void _;
    assert.ok(performance.now() - t0 < 1000, `${unit}: ${(performance.now() - t0).toFixed(0)} ms`);
  }
});
