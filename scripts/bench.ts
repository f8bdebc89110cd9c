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
 * Peak memory per file, in a fresh process each (the high-water mark of its resident set, less that of a process
 * that loaded the engine and read the file but analysed nothing), against the file's size on disk.
 */
function peakMemory(texts: { path: string; text: string }[]): void {
  const largest = [...texts].sort((a, b) => b.text.length - a.text.length).slice(0, 6);
  const rss = (file: string, run: boolean) => {
    const r = spawnSync(process.execPath, [__filename, '--peak', join(corpusDir, file), run ? '1' : '0'], { encoding: 'utf8' });
    return Number(r.stdout.trim());
  };
  const ratios = largest.map((t) => {
    const bytes = Buffer.byteLength(t.text);
    const extra = Math.max(0, rss(t.path, true) - rss(t.path, false));
    return { path: t.path, bytes, extra, ratio: extra / bytes };
  });
  const worst = ratios.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  console.log(`  peak memory of an analysis, largest ${ratios.length} files: ` +
    ratios.map((r) => `${r.path} ${fmt(r.extra / 1e6)} MB = ${fmt(r.ratio)}x`).join('; ') + `   worst ${fmt(worst.ratio)}x, target <= 10x input`);
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

function main(): void {
  if (process.argv[2] === '--peak') {
    // Child of peakMemory: read one file, analyse it or not, print the resident-set high-water mark in bytes.
    const text = readFileSync(process.argv[3], 'utf8');
    if (process.argv[4] === '1') check(text, { uri: process.argv[3] });
    console.log(process.resourceUsage().maxRSS * 1024);
    return;
  }
  const paths = files(corpusDir);
  const texts = paths.map((p) => ({ path: relative(corpusDir, p), text: readFileSync(p, 'utf8') }));
  const total = texts.reduce((n, t) => n + t.text.length, 0);
  console.log(`corpus: ${texts.length} files, ${fmt(mb(total), 2)} MB (${corpusDir})`);

  // 1. Throughput: engine vs line scan vs remark-parse, same bytes.
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
  peakMemory(texts);

  // 2. Editor timings on a ~1 MB filing: open (full analysis), edit (re-analysis), main-thread cost of the result.
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

  hoverTimes(texts);

  // 3. Pathological inputs: time at n and 4n; the ratio must stay under 5 (linear, not quadratic).
  console.log('\npathological inputs (time at n and 4n; ratio < 5 means no blow-up):');
  for (const p of pathological) {
    const a = time(() => analyze(p.make(p.n)), 2);
    const b = time(() => analyze(p.make(4 * p.n)), 2);
    const ratio = b / Math.max(a, 0.01);
    console.log(`  ${p.name.padEnd(38)} n=${String(p.n).padStart(8)}  ${fmt(a).padStart(7)} ms  4n ${fmt(b).padStart(8)} ms  ratio ${fmt(ratio, 2)} ${ratio < 5 ? 'ok' : 'TOO SLOW'}`);
  }
}

main();
