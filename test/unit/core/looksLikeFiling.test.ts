// looksLikeFiling decides which plain-text documents the extension switches to the SEC Filing language:
// every filing of the corpus must be recognised, ordinary text must stay plain.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { detectFormat, looksLikeFiling } from '../../../src/core/detect';
import { CORPUS_DIR, corpusUrl } from '../../corpusPaths';

const corpusDir = CORPUS_DIR;
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });

test('recognises every .txt filing of the corpus (SGML, converted text, sectext, EDGAR-CORPUS)', () => {
  const txt = files(corpusDir).filter((p) => p.endsWith('.txt'));
  assert.ok(txt.length >= 35, `only ${txt.length} .txt files found`);
  const missed = txt.filter((p) => !looksLikeFiling(readFileSync(p, 'utf8'))).map((p) => relative(corpusDir, p));
  assert.deepEqual(missed, []);
});

test('recognises the Markdown renderings of the corpus when they are saved as plain text', () => {
  const md = files(corpusDir).filter((p) => p.endsWith('.md'));
  assert.ok(md.length >= 3);
  const missed = md.filter((p) => !looksLikeFiling(readFileSync(p, 'utf8'))).map((p) => relative(corpusDir, p));
  assert.deepEqual(missed, []);
});

test('leaves ordinary text alone: notes, licences, design documents and a table about filings', () => {
  const ordinary = [
    readFileSync(corpusUrl('SOURCES.tsv'), 'utf8'),
    readFileSync(new URL('../../../README.md', import.meta.url), 'utf8'),
    readFileSync(new URL('../../../docs/rules/README.md', import.meta.url), 'utf8'),
    readFileSync(new URL('../../../node_modules/typescript/LICENSE.txt', import.meta.url), 'utf8'),
    readFileSync(new URL('../../../node_modules/typescript/ThirdPartyNoticeText.txt', import.meta.url), 'utf8'),
    'Shopping list\n\nmilk\neggs\nForm letters are boring\n',
    'Dear Ms. Lee,\n\nThank you for your letter. We filed our Form 10-K with the Securities and Exchange\nCommission on March 3, 2024 and attach a copy.\n\nYours,\nJ. Smith\n',
    'date\tticker\tclose\n2024-01-02\tAAPL\t185.64\n2024-01-03\tAAPL\t184.25\n',
    '',
    '\uFEFF',
  ];
  ordinary.forEach((text, i) => assert.equal(looksLikeFiling(text), false, `ordinary text #${i}`));
});

test('reads only the first 4 KB: a marker further down does not count, and a 20 MB text is answered from its head', () => {
  assert.equal(
    looksLikeFiling(`${'Ordinary prose line.\n'.repeat(300)}<SEC-DOCUMENT>0000000000-00-000000.txt\n`),
    false,
  );
  const big = `<SEC-DOCUMENT>0000320193-97-000011.txt : 19970513\n${'x'.repeat(20_000_000)}`;
  assert.equal(looksLikeFiling(big), true);
});

test('recognises a filing that starts with a byte-order mark or CRLF line ends', () => {
  const seed = readFileSync(corpusUrl('seed/000_e04a9582158dea8b.txt'), 'utf8');
  assert.ok(looksLikeFiling(`\uFEFF${seed}`));
  assert.ok(looksLikeFiling(seed.replace(/\n/g, '\r\n')));
  assert.ok(looksLikeFiling('<DOCUMENT>\r\n<TYPE>10-K\r\n<SEQUENCE>1\r\n'));
});

test('answers at once on 256 KB of blank lines (no regex rescans a run of blank lines from every line start)', () => {
  for (const text of ['\n'.repeat(262_144), ' \n'.repeat(131_072), '\r\n'.repeat(131_072)]) {
    const t0 = performance.now();
    looksLikeFiling(text);
    detectFormat(text);
    assert.ok(performance.now() - t0 < 200, `took ${(performance.now() - t0).toFixed(0)} ms`);
  }
});
