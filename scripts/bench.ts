// `npm run bench`: speed and memory of the engine, as ratios against baselines measured in the same process
// on the same bytes (a plain line scan, remark-parse alone). Prints figures; asserts nothing (tests never time).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { serialize, deserialize, getHeapStatistics, GCProfiler } from 'node:v8';
import { spawnSync } from 'node:child_process';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { analyze } from '../src/core/analyze';
import { check } from '../src/check';
import { pathological, tallTables } from './pathological';
import { LineIndex } from '../src/core/lineIndex';
import { hoverAt } from '../src/features/hoverContent';
import { ANALYSIS_WORKER_LIMITS } from '../src/vscode/analysisRunner';

/** The engine runs in the analysis worker with a small young generation; the bench measures it so. */
const SEMI_SPACE_FLAG = `--max-semi-space-size=${ANALYSIS_WORKER_LIMITS.maxYoungGenerationSizeMb / 3}`;

const corpusDir = process.env.FILING_LENS_CORPUS ?? join(__dirname, '..', 'corpus');

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
 * Peak memory of an analysis, per file, in a fresh process each, over the file's size on disk:
 * - the process: how far the resident set's high-water mark rises above the resident set just before
 *   (after a full GC). A fresh process's first analysis also pays once for the optimising compiler
 *   (some 7-14 MB of code and compiler memory on these files, by a --no-opt twin), whatever the input.
 * - the engine's heap: the most physical memory V8's heap held at any GC of the analysis, or at its
 *   end, above what it held before (garbage not yet collected included).
 */
function peakMemory(texts: { path: string; text: string }[]): void {
  const largest = [...texts].sort((a, b) => b.text.length - a.text.length).slice(0, 6);
  const rows = largest.map((t) => {
    const r = spawnSync(process.execPath, [...process.execArgv, __filename, '--peak', join(corpusDir, t.path)], {
      encoding: 'utf8',
    });
    const { rss, heap } = JSON.parse(r.stdout) as { rss: number; heap: number };
    const bytes = Buffer.byteLength(t.text);
    return { path: t.path, rss: rss / bytes, heap: heap / bytes };
  });
  const worst = (k: 'rss' | 'heap') => fmt(Math.max(...rows.map((r) => r[k])));
  console.log('  peak memory of an analysis over input size, largest 6 files (process resident set / V8 heap):');
  console.log('    ' + rows.map((r) => `${r.path} ${fmt(r.rss)}x / ${fmt(r.heap)}x`).join('; '));
  console.log(
    `    worst: process ${worst('rss')}x (first analysis, compiler included), V8 heap ${worst('heap')}x   target <= 10x input`,
  );
}

/** Child of peakMemory: analyse one file; print the rise of the resident set and of V8's heap, in bytes. */
function peakChild(file: string): void {
  const text = readFileSync(file, 'utf8');
  (globalThis as { gc?: () => void }).gc?.();
  const rss = process.memoryUsage.rss();
  const heap = getHeapStatistics().total_physical_size;
  const profiler = new GCProfiler();
  profiler.start();
  check(text, { uri: file });
  const gcs = profiler.stop()?.statistics ?? [];
  let peak = getHeapStatistics().total_physical_size;
  for (const g of gcs) {
    peak = Math.max(peak, g.beforeGC.heapStatistics.totalPhysicalSize, g.afterGC.heapStatistics.totalPhysicalSize);
  }
  console.log(JSON.stringify({ rss: process.resourceUsage().maxRSS * 1024 - rss, heap: peak - heap }));
}

/** Hovers over every cell and marker of the largest filing, once analysed: first (builds the index), p99, worst. */
function hoverTimes(texts: { path: string; text: string }[]): void {
  const big = [...texts].sort((a, b) => b.text.length - a.text.length)[0];
  const result = check(big.text, { uri: big.path });
  const lines = new LineIndex(big.text);
  const offsets = result.analysis.tables.flatMap((t) => t.rows.flatMap((r) => r.cells.map((c) => c.span.start)));
  offsets.push(...result.analysis.references.map((r) => r.span.start));
  const hover = (offset: number) =>
    hoverAt({
      analysis: result.analysis,
      findings: result.findings,
      checked: result.checkedCells,
      offset,
      tolerance: 1,
      lineOf: (o) => lines.position(o).line,
    });
  const times = offsets.map((o) => {
    const t0 = performance.now();
    hover(o);
    return performance.now() - t0;
  });
  const first = times[0];
  times.sort((a, b) => a - b);
  const p99 = times[Math.floor(times.length * 0.99)] ?? 0;
  console.log(
    `  hover on ${big.path} (${fmt(mb(big.text.length), 2)} MB), ${times.length} cells and markers: first ${fmt(first)} ms (builds the index), p99 ${fmt(p99, 2)} ms, worst ${fmt(times.at(-1) ?? 0)} ms   target < 50 ms`,
  );
}

/** Throughput: engine vs line scan vs remark-parse, same bytes. */
function throughput(texts: { path: string; text: string }[], total: number): void {
  let perFile: { path: string; ms: number }[] = [];
  const passes: number[] = [];
  // four passes, best counted: the first also compiles (micromark's large code runs for one file in 59)
  const engineMs = time(() => {
    perFile = [];
    const p0 = performance.now();
    for (const t of texts) {
      const t0 = performance.now();
      check(t.text, { uri: t.path });
      perFile.push({ path: t.path, ms: performance.now() - t0 });
    }
    passes.push(performance.now() - p0);
  }, 4);
  const scanMs = time(() => texts.forEach((t) => lineScan(t.text)), 5);
  const remarkMs = time(() => texts.forEach((t) => unified().use(remarkParse).parse(t.text)), 1);
  const engineRate = mb(total) / (engineMs / 1000);
  console.log('\nthroughput (best of runs, one core)');
  console.log(
    `  engine (analyze + rules), whole corpus: ${fmt(engineRate)} MB/s   target >= 20 MB/s (first pass, compiling too: ${fmt(mb(total) / (passes[0] / 1000))} MB/s)`,
  );
  console.log(
    `  plain line scan, same bytes:            ${fmt(mb(total) / (scanMs / 1000))} MB/s   engine = ${fmt(scanMs / engineMs, 3)}x line scan`,
  );
  console.log(
    `  remark-parse alone, same bytes:         ${fmt(mb(total) / (remarkMs / 1000), 2)} MB/s   engine = ${fmt(remarkMs / engineMs)}x remark-parse`,
  );
  const slowest = [...perFile].sort((a, b) => b.ms - a.ms).slice(0, 5);
  console.log(
    '  slowest files: ' + slowest.map((f) => `${f.path} ${fmt(f.ms, 0)} ms`).join('; ') + '   target < 2000 ms each',
  );
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
  console.log(
    `  open-to-diagnostics analysis: ${fmt(openMs)} ms (${fmt(openMs / bigScanMs, 0)}x line scan)   target <= 300 ms`,
  );
  console.log(`  edit-to-diagnostics analysis: ${fmt(editMs)} ms   target <= 50 ms`);
  console.log(
    `  main-thread cost of receiving the result (structured clone of ${fmt(bytes / 1e6, 2)} MB): ${fmt(cloneMs)} ms   target <= 50 ms`,
  );
}

/** Pathological inputs: time at n and 4n; the ratio must stay under 5 (linear, not quadratic). */
function pathologicalInputs(): void {
  console.log('\npathological inputs (time at n and 4n; ratio < 5 means no blow-up):');
  for (const p of pathological) {
    const a = time(() => analyze(p.make(p.n)), 2);
    const b = time(() => analyze(p.make(4 * p.n)), 2);
    const ratio = b / Math.max(a, 0.01);
    console.log(
      `  ${p.name.padEnd(38)} n=${String(p.n).padStart(8)}  ${fmt(a).padStart(7)} ms  4n ${fmt(b).padStart(8)} ms  ratio ${fmt(ratio, 2)} ${ratio < 5 ? 'ok' : 'TOO SLOW'}`,
    );
  }
  // Tall tables through check(): the rules' sweeps and searches, at n and 4n (FILING_LENS_TALL_N=10000,100000
  // picks the n; the default is each shape's own).
  const ns = process.env.FILING_LENS_TALL_N?.split(',').map(Number);
  console.log('\ntall tables through check() (time at n and 4n; ratio < 5 means near-linear):');
  for (const p of tallTables) {
    for (const n of ns ?? [p.n]) {
      const small = p.make(n);
      const large = p.make(4 * n);
      const a = time(() => check(small), 2);
      const b = time(() => check(large), 2);
      const ratio = b / Math.max(a, 0.01);
      console.log(
        `  ${p.name.padEnd(38)} n=${String(n).padStart(8)}  ${fmt(a).padStart(7)} ms  4n ${fmt(b).padStart(8)} ms  ratio ${fmt(ratio, 2)} ${ratio < 5 ? 'ok' : 'TOO SLOW'}`,
      );
    }
  }
}

function main(): void {
  if (process.argv[2] === '--peak') return peakChild(process.argv[3]);
  if (!process.execArgv.includes(SEMI_SPACE_FLAG)) {
    // Measure the engine as the extension runs it: under the analysis worker's young generation.
    const r = spawnSync(
      process.execPath,
      [...process.execArgv, SEMI_SPACE_FLAG, __filename, ...process.argv.slice(2)],
      { stdio: 'inherit' },
    );
    process.exit(r.status ?? 1);
  }
  console.log(
    `V8 young generation as in the analysis worker (${ANALYSIS_WORKER_LIMITS.maxYoungGenerationSizeMb} MB: ${SEMI_SPACE_FLAG})`,
  );
  const paths = files(corpusDir);
  const texts = paths.map((p) => ({ path: relative(corpusDir, p), text: readFileSync(p, 'utf8') }));
  const total = texts.reduce((n, t) => n + t.text.length, 0);
  console.log(`corpus: ${texts.length} files, ${fmt(mb(total), 2)} MB (${corpusDir})`);

  const only = process.argv
    .find((x) => x.startsWith('--only='))
    ?.slice(7)
    .split(',');
  const want = (name: string) => !only || only.includes(name);
  if (want('speed')) throughput(texts, total);
  if (want('memory')) peakMemory(texts);

  if (want('editor')) editorPath(texts);
  if (want('hover')) hoverTimes(texts);

  if (want('pathological')) pathologicalInputs();
}

main();
