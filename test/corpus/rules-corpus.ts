// Shared by the rules' corpus tests: every filing in corpus/, analysed once per process.
import { readdirSync, readFileSync } from 'node:fs';
import { analyze } from '../../src/core/analyze';
import type { Analysis } from '../../src/core/model';
import { CORPUS_DIR } from '../corpusPaths';

export const CORPUS = CORPUS_DIR;

/** The rules this issue owns (footnote rules are measured by their own tests). */
export const PERCENT_RULES = ['percent-of-class', 'less-than-one-percent', 'percent-change', 'percent-of-total', 'offering-arithmetic'];

export interface CorpusFile {
  name: string;
  text: string;
  analysis: Analysis;
}

let cache: CorpusFile[] | undefined;

/**
 * Filing texts in the corpus (the JSON extracts are not filings; their text twins are under txt/), and the
 * recent filings of incoming/ (named `incoming/html/...`, `incoming/sgml/...`).
 */
export function corpusFiles(): CorpusFile[] {
  if (cache) return cache;
  cache = [];
  for (const dir of ['seed', 'sectext', 'sgml', 'html', 'txt', 'incoming/html', 'incoming/sgml']) {
    for (const f of readdirSync(CORPUS + dir).sort()) {
      const name = `${dir}/${f}`;
      const text = readFileSync(CORPUS + name, 'utf8');
      cache.push({ name, text, analysis: analyze(text, { uri: name }) });
    }
  }
  return cache;
}
