import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { check } from '../check';
import { LineIndex } from '../core/lineIndex';
import { RULES } from '../rules/index';
import type { RuleSetting, Severity } from '../rules/types';
import { readFilingFile, UsageError } from './readInput';
import { formatJson } from './reporters/json';
import { formatSarif } from './reporters/sarif';
import { formatText } from './reporters/text';
import type { FileResult } from './reporters/types';
import pkg from '../../package.json';

export const CHECK_USAGE = `check FILE|DIR... [--format text|json|sarif] [--max-severity error|warning|info]
                [--rule ID=off|info|warning|error]... [--tolerance N]
                                      check every percentage in every table; directories are walked
                                      (.txt .htm .html .md .sec .filing). Exit 1 when a finding is at
                                      or above --max-severity (default warning), 2 on usage or read errors`;

/** Extensions a directory walk picks up. */
export const FILING_EXTENSIONS = ['.txt', '.htm', '.html', '.md', '.sec', '.filing'];

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
const SETTINGS: RuleSetting[] = ['off', 'info', 'warning', 'error'];

interface CheckArgs {
  paths: string[];
  format: 'text' | 'json' | 'sarif';
  maxSeverity: Severity;
  rules: Record<string, RuleSetting>;
  tolerance: number;
}

export function parseCheckArgs(args: string[]): CheckArgs {
  const parsed: CheckArgs = { paths: [], format: 'text', maxSeverity: 'warning', rules: {}, tolerance: 1 };
  for (let i = 0; i < args.length; i++) {
    let a = args[i];
    let value: string | undefined;
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    if (eq > 0) {
      value = a.slice(eq + 1);
      a = a.slice(0, eq);
    }
    const take = () => {
      const v = value ?? args[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--format' || a === '-f') {
      const v = take();
      if (v !== 'text' && v !== 'json' && v !== 'sarif') throw new UsageError('--format takes text|json|sarif');
      parsed.format = v;
    } else if (a === '--max-severity') {
      const v = take();
      if (v !== 'error' && v !== 'warning' && v !== 'info') throw new UsageError('--max-severity takes error|warning|info');
      parsed.maxSeverity = v;
    } else if (a === '--rule') {
      const v = take();
      const m = /^([a-z0-9-]+)=(\w+)$/.exec(v);
      if (!m || !SETTINGS.includes(m[2] as RuleSetting)) throw new UsageError(`--rule takes ID=off|info|warning|error, not '${v}'`);
      if (!RULES.some((r) => r.id === m[1])) throw new UsageError(`unknown rule '${m[1]}' (rules: ${RULES.map((r) => r.id).join(', ')})`);
      parsed.rules[m[1]] = m[2] as RuleSetting;
    } else if (a === '--tolerance') {
      const v = Number(take());
      if (!Number.isFinite(v) || v < 1 || v > 100) throw new UsageError('--tolerance takes a number from 1 to 100');
      parsed.tolerance = v;
    } else if (a.startsWith('-') && a !== '-') {
      throw new UsageError(`unknown option '${a}'`);
    } else parsed.paths.push(a);
  }
  if (parsed.paths.length === 0) throw new UsageError('check needs at least one FILE or DIR');
  return parsed;
}

/** Files to check: files as given, directories walked (sorted, filing-like extensions, no dot-folders). */
export function collectFiles(paths: string[], err: (s: string) => void): { files: string[]; missing: number } {
  const files: string[] = [];
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
      continue;
    }
    if (s.isDirectory()) walk(p);
    else files.push(p);
  }
  return { files, missing };
}

/** `filing-lens check`: exit 0 clean, 1 findings at or above --max-severity, 2 usage or read errors. */
export function checkCommand(args: string[], out: (s: string) => void, err: (s: string) => void, isTTY = !!process.stderr.isTTY): number {
  const opts = parseCheckArgs(args);
  const { files, missing } = collectFiles(opts.paths, err);
  let failed = missing;
  const results: FileResult[] = [];
  const progress = files.length > 3;
  files.forEach((file, i) => {
    if (progress && (isTTY || (i + 1) % 25 === 0 || i + 1 === files.length)) {
      const line = `filing-lens: checking ${i + 1}/${files.length} ${file}`;
      if (isTTY) process.stderr.write(`\r\x1b[K${line}${i + 1 === files.length ? '\n' : ''}`);
      else err(line);
    }
    let text: string;
    try {
      text = readFilingFile(file);
    } catch (e) {
      if (isTTY && progress) process.stderr.write('\r\x1b[K');
      err(`filing-lens: ${e instanceof UsageError ? e.message : `${file}: ${(e as Error).message}`}`);
      failed++;
      return;
    }
    let result;
    try {
      result = check(text, { uri: file, rules: opts.rules, toleranceMultiplier: opts.tolerance });
    } catch (e) {
      // One filing the engine cannot read must not stop the batch.
      err(`filing-lens: ${file}: internal error: ${(e as Error).message}`);
      failed++;
      return;
    }
    results.push({ file, findings: result.findings, tableChecks: result.tableChecks, tables: result.analysis.tables.length, lines: new LineIndex(text) });
  });
  if (opts.format === 'json') out(formatJson(results));
  else if (opts.format === 'sarif') out(formatSarif(results, pkg.version));
  else out(formatText(results, failed));
  if (failed > 0) return 2;
  const threshold = SEVERITY_RANK[opts.maxSeverity];
  return results.some((r) => r.findings.some((f) => SEVERITY_RANK[f.severity] >= threshold)) ? 1 : 0;
}
