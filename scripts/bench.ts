// `npm run bench`: speed and memory of the engine, as ratios against baselines measured in the same process
// on the same bytes (a plain line scan, remark-parse alone). Prints figures; asserts nothing (tests never time).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { serialize, deserialize } from 'node:v8';
import { spawnSync } from 'node:child_process';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { analyze } from '../src/core/analyze';
import { check } from '../src/check';
import { pathological } from './pathological';
import { LineIndex } from '../src/core/lineIndex';
import { hoverAt } from '../src/vscode/hoverContent';
import { ANALYSIS_WORKER_LIMITS } from '../src/vscode/analysisRunner';
import { detectFormat } from '../src/core/detect';

/** The engine runs in the analysis worker with a small young generation; the bench measures it so. */
const SEMI_SPACE_FLAG = `--max-semi-space-size=${ANALYSIS_WORKER_LIMITS.maxYoungGenerationSizeMb / 3}`;

const corpusDir = process.env.FILING_LENS_CORPUS ?? join(__dirname, '..', '..', 'shared', 'corpus');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'edgarcorpus_json' ? [] : files(p);
    return /\.(txt|md|htm|html)$/.test(name) ? [p] : [];
  });
}

/** Best of `runs` wall times, in ms. */
function time(fn: () => void, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const mb = (chars: number) => chars / 1e6;
const fmt = (x: number, d = 1) => x.toFixed(d);

function lineScan(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n += text.charCodeAt(i + 1) === 9 ? 1 : 0;
  return n;
}

/**
 * Peak memory per file, in a fresh process each: the rise of its resident set's high-water mark over
 * an analysis. "First" is a fresh process's first analysis, which also compiles the engine (a fixed
 * 10-15 MB whatever the input); "warm" first analyses a smaller filing of the same form three times,
 * as a long-running worker has, so the rise is what this input costs. Against the file's size on disk.
 */
function peakMemory(texts: { path: string; text: string }[]): void {
  const largest = [...texts].sort((a, b) => b.text.length - a.text.length).slice(0, 6);
  const formatOf = (t: { path: string; text: string }) => detectFormat(t.text, t.path);
  const rise = (file: string, warm: string | undefined) => {
    const args = [...process.execArgv, __filename, '--peak', join(corpusDir, file), warm ? join(corpusDir, warm) : ''];
    return Number(spawnSync(process.execPath, args, { encoding: 'utf8' }).stdout.trim());
  };
  const rows = largest.map((t) => {
    const form = formatOf(t);
    // the largest filing of the same form at most a fifth the size: it compiles what this one runs
    const warm = texts.filter((o) => formatOf(o) === form && o.text.length * 5 <= t.text.length).sort((a, b) => b.text.length - a.text.length)[0];
    const bytes = Buffer.byteLength(t.text);
    return { path: t.path, first: rise(t.path, undefined) / bytes, warm: rise(t.path, warm?.path) / bytes };
  });
  const worst = (k: 'first' | 'warm') => fmt(Math.max(...rows.map((r) => r[k])));
  console.log('  peak memory of an analysis over input size, largest 6 files (first analysis in a fresh process / engine warm):');
  console.log('    ' + rows.map((r) => `${r.path} ${fmt(r.first)}x / ${fmt(r.warm)}x`).join('; '));
  console.log(`    worst: first ${worst('first')}x (includes compiling the engine), warm ${worst('warm')}x   target <= 10x input`);
}

/** Hovers over every cell and marker of the largest filing, once analysed: first (builds the index), p99, worst. */
function hoverTimes(texts: { path: string; text: string }[]): void {
  const big = [...texts].sort((a, b) => b.text.length - a.text.length)[0];
  const result = check(big.text, { uri: big.path });
  const lines = new LineIndex(big.text);
  const offsets = result.analysis.tables.flatMap((t) => t.rows.flatMap((r) => r.cells.map((c) => c.span.start)));
  offsets.push(...result.analysis.references.map((r) => r.span.start));
  const hover = (offset: number) =>
    hoverAt({ analysis: result.analysis, findings: result.findings, checked: result.checkedCells, offset, tolerance: 1, lineOf: (o) => lines.position(o).line });
  const times = offsets.map((o) => {
    const t0 = performance.now();
    hover(o);
    return performance.now() - t0;
  });
  const first = times[0];
  times.sort((a, b) => a - b);
  const p99 = times[Math.floor(times.length * 0.99)] ?? 0;
  console.log(`  hover on ${big.path} (${fmt(mb(big.text.length), 2)} MB), ${times.length} cells and markers: first ${fmt(first)} ms (builds the index), p99 ${fmt(p99, 2)} ms, worst ${fmt(times.at(-1) ?? 0)} ms   target < 50 ms`);
}

/** Throughput: engine vs line scan vs remark-parse, same bytes. */
function throughput(texts: { path: string; text: string }[], total: number): void {
  let perFile: { path: string; ms: number }[] = [];
  const engineMs = time(() => {
    perFile = [];
    for (const t of texts) {
      const t0 = performance.now();
      check(t.text, { uri: t.path });
      perFile.push({ path: t.path, ms: performance.now() - t0 });
    }
  }, 2);
  const scanMs = time(() => texts.forEach((t) => lineScan(t.text)), 5);
  const sample = texts.filter((t) => /seed|sectext/.test(t.path));
  const sampleChars = sample.reduce((n, t) => n + t.text.length, 0);
  const remarkMs = time(() => sample.forEach((t) => unified().use(remarkParse).parse(t.text)), 1);
  const sampleEngineMs = time(() => sample.forEach((t) => check(t.text)), 2);
  const engineRate = mb(total) / (engineMs / 1000);
  console.log('\nthroughput (best of runs, one core)');
  console.log(`  engine (analyze + rules), whole corpus: ${fmt(engineRate)} MB/s   target >= 20 MB/s`);
  console.log(`  plain line scan, same bytes:            ${fmt(mb(total) / (scanMs / 1000))} MB/s   engine = ${fmt(scanMs / engineMs, 3)}x line scan`);
  console.log(`  remark-parse alone, converted-text files: ${fmt(mb(sampleChars) / (remarkMs / 1000), 2)} MB/s; engine on the same files ${fmt(mb(sampleChars) / (sampleEngineMs / 1000))} MB/s = ${fmt(remarkMs / sampleEngineMs)}x remark-parse`);
  const slowest = [...perFile].sort((a, b) => b.ms - a.ms).slice(0, 5);
  console.log('  slowest files: ' + slowest.map((f) => `${f.path} ${fmt(f.ms, 0)} ms`).join('; ') + '   target < 2000 ms each');
}

/** Editor timings on a ~1 MB filing: open (full analysis), edit (re-analysis), main-thread cost of the result. */
function editorPath(texts: { path: string; text: string }[]): void {
  const big = [...texts].sort((a, b) => Math.abs(a.text.length - 1e6) - Math.abs(b.text.length - 1e6))[0];
  const openMs = time(() => check(big.text), 3);
  const edited = big.text.replace(/(\d)%/, (m, d) => `${(Number(d) + 1) % 10}%`);
  const editMs = time(() => check(edited), 3);
  const result = check(big.text);
  let bytes = 0;
  const cloneMs = time(() => {
    const buf = serialize(result);
    bytes = buf.length;
    deserialize(buf);
  }, 3);
  const bigScanMs = time(() => lineScan(big.text), 5);
  console.log(`\neditor path on ${big.path} (${fmt(mb(big.text.length), 2)} MB), analysis in a worker thread:`);
  console.log(`  open-to-diagnostics analysis: ${fmt(openMs)} ms (${fmt(openMs / bigScanMs, 0)}x line scan)   target <= 300 ms`);
  console.log(`  edit-to-diagnostics analysis: ${fmt(editMs)} ms   target <= 50 ms`);
  console.log(`  main-thread cost of receiving the result (structured clone of ${fmt(bytes / 1e6, 2)} MB): ${fmt(cloneMs)} ms   target <= 50 ms`);

}

/** Pathological inputs: time at n and 4n; the ratio must stay under 5 (linear, not quadratic). */
function pathologicalInputs(): void {
  console.log('\npathological inputs (time at n and 4n; ratio < 5 means no blow-up):');
  for (const p of pathological) {
    const a = time(() => analyze(p.make(p.n)), 2);
    const b = time(() => analyze(p.make(4 * p.n)), 2);
    const ratio = b / Math.max(a, 0.01);
    console.log(`  ${p.name.padEnd(38)} n=${String(p.n).padStart(8)}  ${fmt(a).padStart(7)} ms  4n ${fmt(b).padStart(8)} ms  ratio ${fmt(ratio, 2)} ${ratio < 5 ? 'ok' : 'TOO SLOW'}`);
  }
}

function main(): void {
  if (process.argv[2] === '--peak') {
    // Child of peakMemory: read one file, analyse the warm-up file if given, then print how far the
    // resident set rises (bytes) while the file is analysed.
    // The rise is taken from the resident set just before (after a full GC), up to the high-water mark
    // after: when the warm-up's own peak hides the analysis's, this overstates, never understates.
    const text = readFileSync(process.argv[3], 'utf8');
    if (process.argv[4]) for (let i = 0; i < 3; i++) check(readFileSync(process.argv[4], 'utf8'), { uri: process.argv[4] });
    (globalThis as { gc?: () => void }).gc?.();
    const before = process.memoryUsage.rss();
    check(text, { uri: process.argv[3] });
    console.log(process.resourceUsage().maxRSS * 1024 - before);
    return;
  }
  if (!process.execArgv.includes(SEMI_SPACE_FLAG)) {
    // Measure the engine as the extension runs it: under the analysis worker's young generation.
    const r = spawnSync(process.execPath, [...process.execArgv, SEMI_SPACE_FLAG, __filename, ...process.argv.slice(2)], { stdio: 'inherit' });
    process.exit(r.status ?? 1);
  }
  console.log(`V8 young generation as in the analysis worker (${ANALYSIS_WORKER_LIMITS.maxYoungGenerationSizeMb} MB: ${SEMI_SPACE_FLAG})`);
  const paths = files(corpusDir);
  const texts = paths.map((p) => ({ path: relative(corpusDir, p), text: readFileSync(p, 'utf8') }));
  const total = texts.reduce((n, t) => n + t.text.length, 0);
  console.log(`corpus: ${texts.length} files, ${fmt(mb(total), 2)} MB (${corpusDir})`);

  const only = process.argv.find((x) => x.startsWith('--only='))?.slice(7).split(',');
  const want = (name: string) => !only || only.includes(name);
  if (want('speed')) throughput(texts, total);
  if (want('memory')) peakMemory(texts);

  if (want('editor')) editorPath(texts);
  if (want('hover')) hoverTimes(texts);

  if (want('pathological')) pathologicalInputs();
}

main();
