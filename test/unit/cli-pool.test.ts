import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { checkCommand } from '../../src/cli/check';
import { runChecks } from '../../src/cli/checkPool';

const SAMPLES = fileURLToPath(new URL('../../samples/', import.meta.url));
const SGML = fileURLToPath(new URL('../../../shared/corpus/sgml/', import.meta.url));

/** The analysis worker bundled as the CLI ships it (dist/analysisWorker.js). */
function buildWorker(): string {
  const outfile = join(mkdtempSync(join(tmpdir(), 'filing-lens-pool-')), 'analysisWorker.js');
  buildSync({ entryPoints: [fileURLToPath(new URL('../../src/vscode/analysisWorker.ts', import.meta.url))], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'silent' });
  return outfile;
}

async function check(workerPath: string | undefined, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await checkCommand(argv, (s) => void out.push(s), (s) => void err.push(s), false, workerPath);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

test('a batch checked on worker threads prints exactly what one thread prints, files in order', async () => {
  const worker = buildWorker();
  const files = [SAMPLES, ...readdirSync(SGML).filter((n) => /^(Apple|Page|Cabot|Central)/.test(n)).map((n) => join(SGML, n))];
  const pooled = await check(worker, '--format', 'json', '--jobs', '3', ...files);
  const alone = await check(undefined, '--format', 'json', ...files);
  assert.equal(pooled.code, alone.code);
  assert.equal(pooled.out, alone.out);
  const findings = JSON.parse(pooled.out) as { file: string }[];
  assert.ok(findings.some((f) => f.file.endsWith('seed-424B3-mutated.txt')), 'the mutated sample is flagged');
});

test('a thread that dies costs its file an error line; the batch goes on and exits 2', async () => {
  // a stand-in worker that dies on a text containing DIE and answers the others with no findings
  const path = join(mkdtempSync(join(tmpdir(), 'filing-lens-dying-')), 'worker.js');
  writeFileSync(path, `const { parentPort } = require('node:worker_threads');
parentPort.on('message', (r) => { if (r.text.includes('DIE')) process.exit(7); parentPort.postMessage({ id: r.id, ok: true, result: { findings: [], tableChecks: [], tables: 0 } }); });`);
  const texts = ['a', 'DIE', 'b', 'c', 'DIE', 'd'];
  const results = await runChecks(texts.length, (i) => ({ kind: 'findings', text: texts[i], options: {} }), 2, path);
  assert.deepEqual(results.map((r) => ('error' in r ? 'error' : 'ok')), ['ok', 'error', 'ok', 'ok', 'error', 'ok']);
  const died = results[1];
  assert.ok('error' in died && /exit code 7/.test(died.error.message));
});

test('a file that cannot be read is an error line while the others are checked on threads', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'filing-lens-pool-read-'));
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
  const r = await check(buildWorker(), '--jobs', '2', join(SAMPLES, 'seed-424B3.txt'), join(dir, 'binary.txt'), join(SAMPLES, 'seed-424B3-mutated.txt'));
  assert.equal(r.code, 2);
  assert.match(r.err, /binary\.txt/);
  assert.match(r.out, /seed-424B3-mutated\.txt/);
  assert.match(r.out, /percent-of-class/);
});

test('--jobs takes a whole number', async () => {
  await assert.rejects(check(undefined, '--jobs', '0', SAMPLES), /--jobs takes a whole number/);
});
