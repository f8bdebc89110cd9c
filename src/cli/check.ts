import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { check } from '../check';
import { LineIndex } from '../core/lineIndex';
import { RULES } from '../rules/index';
import type { RuleSetting, Severity } from '../rules/types';
import { parseCommand, oneOf } from './args';
import { FileReadError, MAX_FILE_BYTES, readFilingFile, UsageError } from './readInput';
import { fileSummary, findingLine } from './reporters/jsonl';
import { formatJson } from './reporters/json';
import { formatSarif } from './reporters/sarif';
import { formatText } from './reporters/text';
import type { FileResult } from './reporters/types';
import pkg from '../../package.json';

export const CHECK_USAGE = `check FILE|DIR... [--format text|json|jsonl|sarif] [--max-severity error|warning|info]
                [--rule ID=off|info|warning|error]... [--tolerance N] [--files-from FILE|-]
                                      check every percentage in every table; directories are walked
                                      (.txt .htm .html .md .sec .filing). Exit 1 when a finding is at
                                      or above --max-severity (default warning), 2 on usage or read errors`;

const CHECK_HELP = `Usage: filing-lens check FILE|DIR... [options]

Checks every percentage in every table of each filing. Directories are walked for
.txt .htm .html .md .sec .filing files (dot-folders and node_modules skipped).

Options:
  -f, --format text|json|jsonl|sarif  output (default text). jsonl: one {"type":"finding"} line per
                                      finding, then one {"type":"file"} summary line per file, written
                                      as each file finishes, files in sorted order
  --max-severity error|warning|info   exit 1 when a finding is at or above this (default warning)
  --rule ID=off|info|warning|error    change one rule's severity, or turn it off (repeatable)
  --tolerance N                       widen every rounding tolerance N times (1 to 100, default 1)
  --files-from FILE|-                 read more paths from FILE (- for standard input), one a line
  --max-file-size MB                  skip (and report) files larger than this (default ${MAX_FILE_BYTES / 1024 / 1024})
  -h, --help                          this help

Rules: ${RULES.map((r) => r.id).join(', ')}
Exit codes: 0 clean, 1 findings at or above --max-severity, 2 usage or read errors.`;

/** Extensions a directory walk picks up. */
export const FILING_EXTENSIONS = ['.txt', '.htm', '.html', '.md', '.sec', '.filing'];

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
const SETTINGS: RuleSetting[] = ['off', 'info', 'warning', 'error'];
const FORMATS = ['text', 'json', 'jsonl', 'sarif'] as const;

interface CheckArgs {
  paths: string[];
  format: (typeof FORMATS)[number];
  maxSeverity: Severity;
  rules: Record<string, RuleSetting>;
  tolerance: number;
  /** Where to read more paths from: a file, or '-' for standard input. */
  filesFrom?: string;
  maxBytes: number;
}

export function parseCheckArgs(args: string[]): CheckArgs {
  const { values, positionals } = parseCommand(
    'check',
    args,
    {
      format: { type: 'string', short: 'f' },
      'max-severity': { type: 'string' },
      rule: { type: 'string', multiple: true },
      tolerance: { type: 'string' },
      'files-from': { type: 'string' },
      'max-file-size': { type: 'string' },
    },
    CHECK_HELP,
  );
  const parsed: CheckArgs = {
    paths: positionals,
    format: oneOf('--format', values.format as string | undefined, FORMATS, 'text'),
    maxSeverity: oneOf(
      '--max-severity',
      values['max-severity'] as string | undefined,
      ['error', 'warning', 'info'] as const,
      'warning',
    ),
    rules: {},
    tolerance: 1,
    filesFrom: values['files-from'] as string | undefined,
    maxBytes: MAX_FILE_BYTES,
  };
  for (const v of (values.rule as string[] | undefined) ?? []) {
    const m = /^([a-z0-9-]+)=(\w+)$/.exec(v);
    if (!m || !SETTINGS.includes(m[2] as RuleSetting)) {
      throw new UsageError(`--rule takes ID=off|info|warning|error, not '${v}'`);
    }
    if (!RULES.some((r) => r.id === m[1])) {
      throw new UsageError(`unknown rule '${m[1]}' (rules: ${RULES.map((r) => r.id).join(', ')})`);
    }
    parsed.rules[m[1]] = m[2] as RuleSetting;
  }
  if (values.tolerance !== undefined) {
    const v = Number(values.tolerance);
    if (values.tolerance === '' || !Number.isFinite(v) || v < 1 || v > 100) {
      throw new UsageError('--tolerance takes a number from 1 to 100');
    }
    parsed.tolerance = v;
  }
  if (values['max-file-size'] !== undefined) {
    const mb = Number(values['max-file-size']);
    if (values['max-file-size'] === '' || !Number.isFinite(mb) || mb <= 0) {
      throw new UsageError('--max-file-size takes a size in MB above 0');
    }
    parsed.maxBytes = Math.round(mb * 1024 * 1024);
  }
  if (parsed.paths.length === 0 && parsed.filesFrom === undefined) {
    throw new UsageError('check needs at least one FILE or DIR (or --files-from)');
  }
  return parsed;
}

/** Paths one a line (blank lines skipped, a trailing \r dropped), from a file or from standard input ('-'). */
export function readFileList(source: string, stdin: () => string = () => readFileSync(0, 'utf8')): string[] {
  let text: string;
  try {
    text = source === '-' ? stdin() : readFileSync(source, 'utf8');
  } catch (e) {
    throw new UsageError(`--files-from ${source}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return text
    .split('\n')
    .map((l) => l.replace(/\r$/, ''))
    .filter((l) => l.trim() !== '');
}

/** Files to check: files as given, directories walked (sorted, filing-like extensions, no dot-folders). */
export function collectFiles(
  paths: string[],
  err: (s: string) => void,
): { files: string[]; missing: number; missingPaths: string[] } {
  const files: string[] = [];
  const missingPaths: string[] = [];
  let missing = 0;
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      err(`filing-lens: ${dir}: cannot read directory`);
      missing++;
      return;
    }
    for (const name of names) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const p = join(dir, name);
      let s;
      try {
        s = statSync(p);
      } catch {
        continue;
      }
      if (s.isDirectory()) walk(p);
      else if (s.isFile() && FILING_EXTENSIONS.includes(extname(name).toLowerCase())) files.push(p);
    }
  };
  for (const p of paths) {
    let s;
    try {
      s = statSync(p);
    } catch {
      err(`filing-lens: ${p}: no such file`);
      missing++;
      missingPaths.push(p);
      continue;
    }
    if (s.isDirectory()) walk(p);
    else files.push(p);
  }
  return { files, missing, missingPaths };
}

/** `filing-lens check`: exit 0 clean, 1 findings at or above --max-severity, 2 usage or read errors. */
export function checkCommand(
  args: string[],
  out: (s: string) => void,
  err: (s: string) => void,
  isTTY = !!process.stderr.isTTY,
  stdin?: () => string,
): number {
  const opts = parseCheckArgs(args);
  const paths = opts.filesFrom === undefined ? opts.paths : [...opts.paths, ...readFileList(opts.filesFrom, stdin)];
  const { files: found, missing, missingPaths } = collectFiles(paths, err);
  const jsonl = opts.format === 'jsonl';
  // A map step's output must not depend on the order of its input: jsonl checks the files sorted (by code
  // unit, not locale), so any split of a list, concatenated and sorted, equals one run over the whole list.
  const files = jsonl ? [...new Set([...found, ...missingPaths])].sort(byCodeUnit) : found;
  const absent = new Set(missingPaths);
  let failed = jsonl ? 0 : missing;
  const results: FileResult[] = [];
  const threshold = SEVERITY_RANK[opts.maxSeverity];
  let over = false;
  const progress = files.length > 3;
  files.forEach((file, i) => {
    if (progress && (isTTY || (i + 1) % 25 === 0 || i + 1 === files.length)) {
      const line = `filing-lens: checking ${i + 1}/${files.length} ${file}`;
      if (isTTY) process.stderr.write(`\r\x1b[K${line}${i + 1 === files.length ? '\n' : ''}`);
      else err(line);
    }
    const fail = (reason: string) => {
      failed++;
      if (jsonl) out(fileSummary({ file, error: reason }));
    };
    if (absent.has(file)) return fail('no such file');
    let text: string;
    try {
      text = readFilingFile(file, opts.maxBytes);
    } catch (e) {
      if (isTTY && progress) process.stderr.write('\r\x1b[K');
      err(`filing-lens: ${e instanceof UsageError ? e.message : `${file}: ${(e as Error).message}`}`);
      return fail(e instanceof FileReadError ? e.reason : (e as Error).message);
    }
    let result;
    try {
      result = check(text, { uri: file, rules: opts.rules, toleranceMultiplier: opts.tolerance });
    } catch (e) {
      // One filing the engine cannot read must not stop the batch.
      err(`filing-lens: ${file}: internal error: ${(e as Error).message}`);
      return fail(`internal error: ${(e as Error).message}`);
    }
    const r: FileResult = {
      file,
      findings: result.findings,
      tableChecks: result.tableChecks,
      tables: result.analysis.tables.length,
      lines: new LineIndex(text),
    };
    if (r.findings.some((f) => SEVERITY_RANK[f.severity] >= threshold)) over = true;
    if (!jsonl) return void results.push(r);
    // Written as the file finishes: a killed run keeps every file it finished.
    for (const f of r.findings) out(findingLine(r, f));
    out(fileSummary({ file, result: r }));
  });
  if (opts.format === 'json') out(formatJson(results));
  else if (opts.format === 'sarif') out(formatSarif(results, pkg.version));
  else if (opts.format === 'text') out(formatText(results, failed));
  if (failed > 0) return 2;
  return over ? 1 : 0;
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
