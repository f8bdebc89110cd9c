// Writes what the CLI prints for every corpus file (inspect --format json, check --format json, render) into a
// folder, one file per command and filing, so two commits' outputs can be compared byte for byte:
//   node scripts/snapshot.mjs OUTDIR [CORPUS_DIR]      then   diff -r BEFORE AFTER
// Run `node esbuild.js` first: it uses dist/cli.js through bin/filing-lens.js.
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';

const [out, corpusArg] = process.argv.slice(2);
if (!out) {
  console.error('usage: node scripts/snapshot.mjs OUTDIR [CORPUS_DIR]');
  process.exit(2);
}
const corpus = corpusArg ?? 'corpus';
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.(txt|htm|html|md|json|sec|filing)$/i.test(name)) files.push(p);
  }
};
walk(corpus);
const run = (args) =>
  spawnSync(process.execPath, ['bin/filing-lens.js', ...args], { maxBuffer: 1 << 30, encoding: 'utf8' });
for (const file of files) {
  const base = join(out, relative(corpus, file));
  mkdirSync(join(base, '..'), { recursive: true });
  for (const [name, args] of [
    ['inspect.json', ['inspect', '--format', 'json', file]],
    ['check.json', ['check', '--format', 'json', file]],
    ['render.txt', ['render', file]],
  ]) {
    const r = run(args);
    writeFileSync(`${base}.${name}`, `exit ${r.status}\n${r.stdout}\n--- stderr\n${r.stderr}`);
  }
}
console.log(`${files.length} filings x 3 outputs -> ${out}`);
