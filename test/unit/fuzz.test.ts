import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { check } from '../../src/check';
import { apply, editOf, filingText, holdsFor } from '../fuzz/properties';
import { corpusUrl } from '../corpusPaths';

// Fixed seed in `npm test`; `npm run fuzz` raises the run count (FILING_LENS_FUZZ_RUNS) and may vary the seed.
const runs = Number(process.env.FILING_LENS_FUZZ_RUNS ?? 60);
const seed = Number(process.env.FILING_LENS_FUZZ_SEED ?? 20261125);
const corpus = (p: string) => readFileSync(corpusUrl(p), 'utf8');
const SAMPLES = [
  'seed/000_e04a9582158dea8b.txt',
  'sgml/PageAmericaGroup_S-3A_1995.txt',
  'sgml/Apple_8-K_1999.txt',
  'txt/Apple_8-K_edgartools.md',
  'html/BlackRock_8-K_2023.htm',
];

test('random filing-like text never throws, keeps every span inside the text and analyses the same twice', () => {
  fc.assert(
    fc.property(filingText, fc.constantFrom(undefined, 'x.txt', 'x.htm', 'x.md'), (text, uri) => holdsFor(text, uri)),
    { numRuns: runs, seed },
  );
});

for (const sample of SAMPLES) {
  test(`edited copies of ${sample} never throw and keep their spans inside the text`, () => {
    const text = corpus(sample);
    fc.assert(
      fc.property(fc.array(editOf(text.length), { minLength: 1, maxLength: 4 }), (edits) => {
        let t = text;
        for (const e of edits) t = apply(t, e).text;
        holdsFor(t, sample);
      }),
      { numRuns: Math.max(5, Math.round(runs / 6)), seed },
    );
  });
}

test('analysing after an edit and its undo gives the analysis of the original', () => {
  const text = corpus('seed/000_e04a9582158dea8b.txt');
  const before = JSON.stringify(check(text));
  fc.assert(
    fc.property(editOf(text.length), (edit) => {
      const edited = apply(text, edit);
      check(edited.text);
      const restored = apply(edited.text, edited.undo).text;
      assert.equal(restored, text);
      assert.equal(JSON.stringify(check(restored)), before);
    }),
    { numRuns: Math.max(10, Math.round(runs / 3)), seed },
  );
});
