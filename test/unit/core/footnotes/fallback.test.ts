import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { decodeEntity, noteText } from '../../../../src/core/footnotes/fallback';

// noteText copies a note's text in runs of raw characters; the reference below is the character-by-character
// version it replaced, kept here to hold the two to the same output (entity decoding, unchanged, is shared).

const NEXT_NOTE = /^\n[ \t-]*(?:\(\w{1,3}\)|(?:\d{1,3}|[a-z])\.|\[\d{1,3}\]|<F\d{1,3}>|\*{1,3})[ \t]/;

function referenceNoteText(
  text: string,
  from: number,
  limit: number,
  html: boolean,
): { text: string; end: number } | undefined {
  const stop = Math.min(limit, from + 4000);
  let out = '';
  let end = from;
  let i = from;
  while (i < stop) {
    const c = text[i];
    if (html && c === '<') {
      const gt = text.indexOf('>', i);
      if (gt < 0 || gt >= stop) break;
      const subNote = /^\s*(?:[a-z]\.|\([a-z]\)|[ivx]{1,4}\.)\s*$/i.test(out);
      if (
        out.trim().length > 0 &&
        !subNote &&
        /^<\/(?:p|div|td|tr|li)\b|^<br\b|^<table\b/i.test(text.slice(i, gt + 1))
      ) {
        break;
      }
      out += ' ';
      i = gt + 1;
      continue;
    }
    // A text note ends at a blank line or where the next note's marker opens a line.
    if (
      !html &&
      c === '\n' &&
      (/^\n[ \t\r]*(?:\n|$)/.test(text.slice(i, i + 40)) || NEXT_NOTE.test(text.slice(i, i + 12)))
    ) {
      break;
    }
    if (html && c === '&') {
      const semi = text.indexOf(';', i);
      if (semi > i && semi - i <= 8) {
        out += decodeEntity(text.slice(i + 1, semi));
        i = semi + 1;
        end = i;
        continue;
      }
    }
    out += c;
    i++;
    if (!/\s/.test(c)) end = i;
  }
  const clean = out.replace(/\s+/g, ' ').trim();
  if (clean.length < 10 || !/[A-Za-z]{3}/.test(clean)) return undefined;
  return { text: clean, end };
}

const PIECES = [
  'Includes ',
  'shares ',
  'held by ',
  'the Trust',
  '.',
  ' ',
  '  ',
  '\n',
  '\n\n',
  '\n(2) ',
  '\n3. ',
  'a.',
  '(b)',
  'iv.',
  '\t',
  '\u00a0',
  '&amp;',
  '&nbsp;',
  '&#160;',
  '&#32;',
  '&#x41;',
  '&rsquo;',
  '&bogus;',
  '&',
  ';',
  '<b>',
  '</b>',
  '<p>',
  '</p>',
  '<br/>',
  '</td>',
  '<table>',
  '<span style="x">',
  '<',
  '>',
  'é',
  '\u2009',
];

test('reads a note the same as the character-by-character reader, in HTML and in text', () => {
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }),
      fc.boolean(),
      fc.nat(20),
      (parts, html, cut) => {
        const text = '(1)' + parts.join('');
        const limit = Math.max(3, text.length - cut);
        assert.deepEqual(
          noteText(text, 3, limit, html),
          referenceNoteText(text, 3, limit, html),
          JSON.stringify([text, html, limit]),
        );
      },
    ),
    { numRuns: 3000 },
  );
});

test('ends an HTML note at its block and decodes its entities', () => {
  const text = '<p>(1)</p><p>Includes 1,000 shares&nbsp;held by the Trust&amp;Co.</p><p>(2) Other</p>';
  const from = text.indexOf('</p>', 3) + 4;
  assert.deepEqual(noteText(text, from, text.length, true), referenceNoteText(text, from, text.length, true));
  assert.equal(noteText(text, from, text.length, true)?.text, 'Includes 1,000 shares held by the Trust&Co.');
});

test('reads on past a first sub-note letter in the marker\'s cell ("5.&#160;&#160;a." | "Reflects ...")', () => {
  const text = '<tr><td>5.&#160;&#160;a.</td><td><p>Reflects the grant date fair value of the awards.</p></td></tr>';
  const from = text.indexOf('5.') + 2;
  assert.equal(noteText(text, from, text.length, true)?.text, 'a. Reflects the grant date fair value of the awards.');
  // A cell holding a word still ends the note there.
  const word = '<tr><td>5. Salary</td><td>Reflects the base salary paid.</td></tr>';
  assert.equal(noteText(word, word.indexOf('5.') + 2, word.length, true), undefined);
});

test('decodes every named and numeric reference as a browser does, and an unknown or malformed one to a space', () => {
  assert.deepEqual(['dagger', 'sect', 'eacute', '#150', '#151', '#x2014', 'AMP'].map(decodeEntity), [
    '\u2020',
    '\u00a7',
    '\u00e9',
    '\u2013',
    '\u2014',
    '\u2014',
    '&',
  ]);
  assert.deepEqual(['bogus', 'ampx', 'a&amp', '#xFFFFFFF', ''].map(decodeEntity), [' ', ' ', ' ', ' ', ' ']);
});
