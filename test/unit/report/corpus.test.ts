import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../../../src/check';
import { renderSummaryHtml } from '../../../src/report/html';
import { buildSummary } from '../../../src/report/summary';
import type { Loc } from '../../../src/report/summaryModel';
import { CORPUS_DIR } from '../../corpusPaths';

const CORPUS = CORPUS_DIR;
const FOLDERS = ['seed', 'sectext', 'txt', 'sgml', 'html'];
const MAX_BYTES = 150_000;
const files = FOLDERS.flatMap((f) => {
  try {
    return (
      readdirSync(join(CORPUS, f))
        .filter((n) => !n.startsWith('.'))
        .map((n) => join(CORPUS, f, n))
        // The engine's own corpus tests cover the largest files; here the page must hold for every kind.
        .filter((p) => statSync(p).size <= MAX_BYTES)
    );
  } catch {
    return [];
  }
});

test('summarises and renders every corpus filing with every place inside the text and the CSP first', () => {
  assert.ok(files.length > 15, `corpus found at ${CORPUS}`);
  let summaryMs = 0;
  let renderMs = 0;
  let bytes = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    bytes += text.length;
    const result = check(text, { uri: file });
    let t = performance.now();
    const s = buildSummary(result, text);
    summaryMs += performance.now() - t;
    t = performance.now();
    const html = renderSummaryHtml(s, { kind: 'static', css: '', script: '' });
    renderMs += performance.now() - t;
    const locs: Loc[] = [
      ...s.findings.map((f) => f.loc),
      ...s.tables.map((x) => x.loc),
      ...s.footnotes.map((x) => x.loc),
      ...s.charts
        .flatMap((c) => c.groups.flatMap((g) => [g.loc, ...g.values.map((v) => v.loc)]))
        .filter((l): l is Loc => l !== undefined),
    ];
    for (const l of locs) {
      assert.ok(l.start >= 0 && l.start <= l.end && l.end <= text.length, `${file}: ${JSON.stringify(l)}`);
      assert.equal(text.lastIndexOf('\n', l.start - 1) + 1 + l.column, l.start, `${file}: column of ${l.start}`);
    }
    assert.equal(s.counts.tables, result.analysis.tables.length);
    assert.match(
      html,
      /^<!DOCTYPE html>\n<html lang="en">\n<head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; /,
    );
    assert.equal((html.match(/<script\b/g) ?? []).length, 2, `${file}: only the data block and our script`);
    const block = /<script type="application\/json" id="filing-lens-data">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    assert.equal(JSON.parse(block).title, s.title);
  }
  console.log(
    `# ${files.length} filings, ${(bytes / 1e6).toFixed(1)} MB: summary ${summaryMs.toFixed(0)} ms, render ${renderMs.toFixed(0)} ms`,
  );
});
