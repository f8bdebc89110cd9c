import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { ANALYSIS_WORKER_LIMITS, AnalysisRunner, Superseded } from '../../../src/vscode/analysisRunner';
import { withoutCells } from '../../../src/vscode/largeResults';
import { check } from '../../../src/check';
import { renderFiling } from '../../../src/core/render/renderFiling';
import { OffsetMap } from '../../../src/core/render/offsetMap';
import { corpusUrl } from '../../corpusPaths';

const corpus = (p: string) => readFileSync(corpusUrl(p), 'utf8');
const seed = corpus('seed/000_e04a9582158dea8b.txt');

/** The worker entry bundled as the extension ships it. */
function buildWorker(): string {
  const outfile = join(mkdtempSync(join(tmpdir(), 'filing-lens-worker-')), 'analysisWorker.js');
  buildSync({
    entryPoints: [new URL('../../../src/vscode/analysisWorker.ts', import.meta.url).pathname],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile,
    logLevel: 'silent',
  });
  return outfile;
}

test('a newer version of a document replaces the one still waiting, which is never analysed', async () => {
  const runner = new AnalysisRunner(undefined);
  const first = runner.run('doc', seed, {});
  const second = runner.run('doc', seed.replace('1.42%', '2.42%'), {});
  const secondRejected = assert.rejects(second, Superseded);
  const third = runner.run('doc', seed.replace('1.42%', '3.42%'), {});
  assert.equal((await first).findings.length, 0);
  await secondRejected;
  const last = await third;
  assert.deepEqual(
    last.findings.map((f) => f.ruleId),
    ['percent-of-class'],
  );
  runner.dispose();
});

test("the analysis worker runs with a small young generation, so an analysis's garbage stays small", async () => {
  // a stand-in worker that answers every task with the V8 limits it was started with
  const path = join(mkdtempSync(join(tmpdir(), 'filing-lens-limits-')), 'limits.js');
  writeFileSync(
    path,
    `const { parentPort, resourceLimits } = require('node:worker_threads');
parentPort.on('message', (r) => parentPort.postMessage({ id: r.id, ok: true, result: resourceLimits }));`,
  );
  const runner = new AnalysisRunner(path);
  const limits = (await runner.run('doc', 'text', {})) as unknown as Record<string, number>;
  assert.equal(limits.maxYoungGenerationSizeMb, ANALYSIS_WORKER_LIMITS.maxYoungGenerationSizeMb);
  assert.ok(limits.maxYoungGenerationSizeMb <= 4);
  runner.dispose();
});

test('analyses in the worker thread equal analyses in place', async () => {
  const runner = new AnalysisRunner(buildWorker());
  const mutated = seed.replace('1.42%', '2.42%');
  const [a, b] = await Promise.all([
    runner.run('a', seed, { uri: 'a.txt' }),
    runner.run('b', mutated, { uri: 'b.txt' }),
  ]);
  assert.deepEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(check(seed, { uri: 'a.txt' }))));
  assert.equal(b.findings.length, 1);
  runner.dispose();
});

test('an HTML filing renders in the worker to the same text, with an offset map that maps back to the HTML', async () => {
  const runner = new AnalysisRunner(buildWorker());
  const html = corpus('html/Nvidia_8-K_2026.htm');
  const [one, two] = await Promise.all([runner.render('x', html, 'x.htm'), runner.render('x', html, 'x.htm')]);
  const local = renderFiling(html, 'x.htm');
  assert.equal(one.text, local.text);
  assert.equal(two.text, local.text, 'a second request for the same document is answered too');
  const map = OffsetMap.fromSegments(one.segments);
  assert.deepEqual(map.segments(), local.map.segments());
  runner.dispose();
});

test('a very large filing comes back without per-cell data but with every finding and a notice', () => {
  const result = check(seed.replace('1.42%', '2.42%'));
  const lite = withoutCells(result);
  assert.equal(lite.findings.length, 1);
  assert.ok(lite.analysis.tables.every((t) => t.rows.length === 0 && t.headerRows.length === 0));
  assert.equal(lite.analysis.tables.length, result.analysis.tables.length);
  assert.match(lite.analysis.warnings.at(-1) ?? '', /large filing .*findings are complete/);
});
