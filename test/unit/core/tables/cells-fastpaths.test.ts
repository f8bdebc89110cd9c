import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  cleanText,
  figureByPattern,
  firstCleanCode,
  isTrimmed,
  plainFigure,
  typeCell,
} from '../../../../src/core/tables/cells';

// The cell typer settles most cells from their first visible character and trimmed length, in place;
// these tests hold those shortcuts to the definitions they stand for (String.prototype.trim, cleanText).

const SPACES = [' ', '\t', '\n', '\r', '\u00a0', '\u2007', '\u2009', '\u202f', '\u3000', '\ufeff', '\u2028'];
const CELLS = [
  'Total',
  'Name',
  'NM',
  'n/a',
  '*',
  '-0-',
  '(3)',
  '$ 12.5',
  '(1,045)',
  '1.42%',
  '(28%)',
  '$ --',
  '—',
  '2021',
  'Smith & Co.',
  '',
];

test('counts as trimmed exactly the code units String.prototype.trim removes', () => {
  for (let c = 0; c <= 0xffff; c++) {
    assert.equal(isTrimmed(c), String.fromCharCode(c).trim().length === 0, `U+${c.toString(16)}`);
  }
});

test('finds the first character of the cleaned text without cleaning it', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...SPACES, ...CELLS, 'a', '(', '<', '%', ')', '$')), (parts) => {
      const raw = parts.join('');
      const clean = cleanText(raw);
      assert.equal(Number.isNaN(firstCleanCode(raw)), clean.length === 0);
      if (clean.length > 0) assert.equal(firstCleanCode(raw), clean.charCodeAt(0));
    }),
    { numRuns: 500 },
  );
});

test('types a cell padded with any kind of space as it types the bare text', () => {
  for (const cell of CELLS) {
    for (const pad of SPACES) {
      assert.deepEqual(typeCell(pad + cell + pad), typeCell(cell), JSON.stringify(pad + cell));
    }
    assert.deepEqual(typeCell(cell), typeCell(cleanText(cell)));
  }
});

test('keeps short words that are marks apart from words that are labels', () => {
  assert.equal(typeCell('\u00a0NM\u00a0').kind, 'not-meaningful');
  assert.equal(typeCell(' n/a ').kind, 'not-meaningful');
  assert.equal(typeCell('Cash').kind, 'text');
  assert.equal(typeCell('\tTotal\n').kind, 'text');
  assert.equal(typeCell(' \u2009 ').kind, 'empty');
});

test('reads bare figures by hand exactly as the number pattern reads them', () => {
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom('0', '1', '2', '5', '9', ',', '.', '%', '(', ' '), { minLength: 1, maxLength: 14 }),
      (parts) => {
        const text = parts.join('');
        const hand = plainFigure(text);
        if (hand) assert.deepEqual(hand, figureByPattern(text), text);
      },
    ),
    { numRuns: 5000 },
  );
  for (const t of [
    '1,234',
    '2021',
    '12.5',
    '.5',
    '0',
    '007',
    '12,345,678.90',
    '1234567890123456789012345678901234567890',
  ]) {
    assert.deepEqual(plainFigure(t), figureByPattern(t), t);
  }
  for (const t of ['1,23', '1234,567', ',123', '1,234.', '1,234,5678', '1.2.3']) {
    assert.equal(plainFigure(t), undefined, t);
  }
});
