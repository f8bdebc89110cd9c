import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { detectFormat, looksLikeFiling } from '../../../src/core/detect';
import { corpusUrl } from '../../corpusPaths';

const corpus = (p: string) => readFileSync(corpusUrl(p), 'utf8');

test('detects each text form of the corpus', () => {
  assert.equal(detectFormat(corpus('seed/000_e04a9582158dea8b.txt')), 'converted');
  assert.equal(detectFormat(corpus('sgml/PageAmericaGroup_S-3A_1995.txt')), 'sgml');
  assert.equal(detectFormat(corpus('sgml/Apple_10-K_1994.txt')), 'sgml');
  assert.equal(detectFormat(corpus('html/Nestbuilder_10-K_2021.htm')), 'html');
  assert.equal(detectFormat(corpus('html/Cabot_DEF14A_ixbrl.html')), 'html');
  assert.equal(detectFormat(corpus('txt/Apple_10-K_edgartools.md'), 'Apple_10-K_edgartools.md'), 'markdown');
});

test('recognises filings among .txt files and leaves ordinary text alone', () => {
  assert.ok(looksLikeFiling(corpus('seed/000_e04a9582158dea8b.txt')));
  assert.ok(looksLikeFiling(corpus('sgml/CommonSenseTrust_24F-2NT_1995.txt')));
  assert.ok(looksLikeFiling(corpus('txt/Astrotech_10-K_2010_edgarcorpus.txt')));
  assert.equal(looksLikeFiling('Shopping list\n\nmilk\neggs\nForm letters are boring\n'), false);
  assert.equal(looksLikeFiling(''), false);
});
