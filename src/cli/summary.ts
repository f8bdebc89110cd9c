import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { check } from '../check';
import { renderSummaryHtml, type StaticAssets } from '../report/html';
import { buildSummary } from '../report/summary';
import type { Summary } from '../report/summaryModel';
import { NO_FIGURES } from '../report/tableRead';
import { shorten } from '../report/text';
import { parseCommand } from './args';
import { readFilingFile, UsageError } from './readInput';

export const SUMMARY_USAGE =
  'summary FILE [--html OUT.html|--json] the summary panel as text, JSON, or one self-contained HTML file';

const SUMMARY_HELP = `Usage: filing-lens summary FILE [--html OUT.html|--json]

The summary panel's content for one filing: counts, findings, what each table could be read as, footnotes.

Options:
  --html OUT.html  one self-contained HTML report (--html - writes it to standard output)
  --json           the summary model as JSON (every place with offsets and 0-based line/column)
  -h, --help       this help

Exits 0 when the summary was written, whatever it found; 2 on usage or read errors.`;

/**
 * `filing-lens summary FILE [--html OUT.html | --json]`: the summary panel's content. With --html, the same
 * renderer as the panel writes one self-contained file (CSS and script inlined under the page's nonce);
 * `--html -` writes it to stdout. Exits 0 when the summary was written, whatever it found.
 */
export function summaryCommand(args: string[], out: (s: string) => void, err: (s: string) => void = () => {}): number {
  const { values, positionals: files } = parseCommand(
    'summary',
    args,
    { html: { type: 'string' }, json: { type: 'boolean' } },
    SUMMARY_HELP,
  );
  const html = values.html as string | undefined;
  const json = values.json === true;
  if (html === '') throw new UsageError('--html takes an output file (or - for stdout)');
  if (files.length !== 1) throw new UsageError('summary takes exactly one FILE');
  if (json && html !== undefined) throw new UsageError('summary takes --html or --json, not both');
  const path = files[0];
  if (html !== undefined && html !== '-' && resolve(html) === resolve(path)) {
    throw new UsageError(`--html ${html} would overwrite the filing itself`);
  }
  const text = readFilingFile(path);
  const summary = buildSummary(check(text, { uri: path }), text);
  if (html === undefined) {
    // JSON: the summary model itself (every place with offsets and 0-based line/column), for tools.
    out(json ? JSON.stringify(summary, null, 2) : summaryText(summary));
    return 0;
  }
  const page = renderSummaryHtml(summary, loadStaticAssets(err));
  if (html === '-') {
    out(page);
    return 0;
  }
  try {
    writeFileSync(html, page, 'utf8');
  } catch (e) {
    throw new UsageError(`${html}: cannot write (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  err(`wrote ${html}`);
  return 0;
}

/** media/panel.css and media/build/panel.js, found from the running file (dist/cli.js or src/cli/summary.ts). */
export function loadStaticAssets(err: (s: string) => void = () => {}): StaticAssets {
  const media = findMedia();
  if (!media) throw new UsageError('cannot find the media/ folder with panel.css next to the CLI');
  const css = readFileSync(join(media, 'panel.css'), 'utf8');
  const scriptPath = join(media, 'build', 'panel.js');
  let script = '';
  if (existsSync(scriptPath)) script = readFileSync(scriptPath, 'utf8');
  else err(`note: ${scriptPath} is missing (run npm run build); the report works without its script`);
  return { kind: 'static', css, script };
}

function findMedia(): string | undefined {
  let dir = resolve(__dirname);
  for (let i = 0; i < 5; i++) {
    const media = join(dir, 'media');
    if (existsSync(join(media, 'panel.css'))) return media;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return undefined;
}

const MAX_TABLE_LINES = 200;

export function summaryText(s: Summary): string {
  const m = s.metadata;
  const c = s.counts;
  const lines = [
    s.title,
    `form ${m.formType ?? '-'} · filed ${m.filingDate ?? '-'} · CIK ${m.cik ?? '-'} · period ${m.period ?? '-'} · ${s.format} text, ${s.lines} lines`,
    `tables:    ${c.tables} (${c.checkedTables} checked, ${c.partlyTables} partly, ${c.inconclusiveTables} inconclusive)`,
    ...c.inconclusiveReasons.slice(0, 5).map((r) => `  inconclusive: ${r.count} × ${r.reason}`),
    `findings:  ${c.findings}` +
      (c.byRule.length ? ` (${c.byRule.map((r) => `${r.ruleId} ${r.count}`).join(', ')})` : ''),
    `footnotes: ${c.footnotes} (${c.footnotesReferenced} referenced, ${c.footnotesUnreferenced} unreferenced); markers: ${c.references} (${c.referencesUnresolved} unresolved)`,
  ];
  for (const f of s.findings.slice(0, 50)) {
    const values = f.actual || f.expected ? ` (printed ${f.actual ?? '-'}, computed ${f.expected ?? '-'})` : '';
    lines.push(`  ${f.loc.line + 1}:${f.loc.column + 1}  ${f.severity}  ${f.ruleId}  ${f.message}${values}`);
  }
  if (s.findings.length > 50) lines.push(`  ... ${s.findings.length - 50} more`);
  // What each table holding figures could be read as (tables of words only are left out, as they are many).
  const read = s.tables.filter((t) => t.read !== NO_FIGURES);
  if (read.length) lines.push(`table list: ${read.length} of ${s.tables.length} tables hold figures`);
  for (const t of read.slice(0, MAX_TABLE_LINES)) {
    lines.push(`  ${t.loc.line + 1}:${t.loc.column + 1}  ${t.id}  ${shorten(t.title, 60)}: ${t.read}`);
  }
  if (read.length > MAX_TABLE_LINES) lines.push(`  ... ${read.length - MAX_TABLE_LINES} more`);
  for (const w of s.warnings) lines.push(`warning:   ${w}`);
  return lines.join('\n');
}
