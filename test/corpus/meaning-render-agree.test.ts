import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { renderFiling } from '../../src/core/render/renderFiling';
import { readCorpus } from '../corpusPaths';

/**
 * The same filing read as HTML and as its SEC-text rendering (`filing-lens render`): every change column that
 * compares two periods in the HTML compares the same two periods, on the same basis, in the text.
 */
const comparisons = (text: string, uri: string): Set<string> => {
  const out = new Set<string>();
  for (const t of analyze(text, { uri }).tables) {
    for (const c of t.columns) {
      const m = c.meaning;
      if (!m?.compares) continue;
      const [a, b] = m.compares.map((i) => t.columns[i].meaning?.period);
      out.add(`${t.rows[0]?.label} | ${m.kind} ${m.basis} | ${a?.end ?? a?.label} vs ${b?.end ?? b?.label}`);
    }
  }
  return out;
};

for (const file of ['incoming/html/Microsoft_10-K_2016.htm', 'incoming/html/GeneralMotors_10-Q_2023.htm']) {
  test(`${file}: the comparisons read from the HTML are read from its SEC-text rendering too`, () => {
    const text = readCorpus(file);
    const html = comparisons(text, file);
    const sec = comparisons(renderFiling(text, file).text, `${file}.txt`);
    assert.ok(html.size > 0);
    const missing = [...html].filter((x) => !sec.has(x));
    assert.deepEqual(missing, []);
  });
}
