import { analyze } from '../core/analyze';
import { LineIndex } from '../core/lineIndex';
import type { Analysis, CellFact } from '../core/model';
import { readFilingFile } from './readInput';

/** `filing-lens inspect FILE [--format text|json]`: what the engine knows about one filing. */
export function inspect(path: string, format: 'text' | 'json', out: (s: string) => void): number {
  const text = readFilingFile(path);
  const analysis = analyze(text, { uri: path });
  out(format === 'json' ? JSON.stringify(toJson(analysis, text), null, 2) : toText(analysis));
  return 0;
}

/** The Analysis as JSON, every span given 1-based line/column twins (`line`, `column`, `endLine`, `endColumn`). */
export function toJson(analysis: Analysis, text: string): unknown {
  const index = new LineIndex(text);
  const withLines = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(withLines);
    if (value === null || typeof value !== 'object') return value;
    const o = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(o)) out[k] = k === 'fact' ? compactFact(v as CellFact) : withLines(v);
    if (typeof o.start === 'number' && typeof o.end === 'number') {
      const a = index.position(o.start);
      const b = index.position(o.end);
      Object.assign(out, { line: a.line + 1, column: a.column + 1, endLine: b.line + 1, endColumn: b.column + 1 });
    }
    return out;
  };
  return withLines(analysis);
}

/**
 * A cell's inline XBRL fact as JSON shows it: what identifies and rounds it, not its format or period (the
 * column's `meaning.period` says the period; most cells of a column share it).
 */
function compactFact(f: CellFact): Partial<CellFact> {
  const out: Partial<CellFact> = { name: f.name, contextRef: f.contextRef };
  if (f.decimals !== undefined) out.decimals = f.decimals;
  if (f.scale !== 0) out.scale = f.scale;
  if (f.negative) out.negative = true;
  if (f.dimensional) out.dimensional = true;
  return out;
}

function toText(a: Analysis): string {
  const m = a.metadata;
  const lines = [
    `format:    ${a.format}`,
    `company:   ${m.company ?? '-'}`,
    `form:      ${m.formType ?? '-'}`,
    `filed:     ${m.filingDate ?? '-'}`,
    `cik:       ${m.cik ?? '-'}`,
    `period:    ${m.period ?? '-'}`,
    `documents: ${a.documents.length}`,
    `sections:  ${countSections(a.sections)}`,
    `tables:    ${a.tables.length}`,
    `footnotes: ${a.footnotes.length} (${a.references.length} references)`,
  ];
  for (const w of a.warnings) lines.push(`warning:   ${w}`);
  for (const t of a.tables) lines.push(`${t.id.padEnd(10)} ${meaningSummary(t)}`);
  return lines.join('\n');
}

/** One line per table: what its columns mean, and how many could not be read. */
function meaningSummary(t: Analysis['tables'][number]): string {
  const kinds = new Map<string, number>();
  let compared = 0;
  let xbrl = 0;
  for (const c of t.columns) {
    const m = c.meaning;
    if (!m || m.kind === 'text') continue;
    kinds.set(m.kind, (kinds.get(m.kind) ?? 0) + 1);
    if (m.compares) compared++;
    if (m.source === 'xbrl') xbrl++;
  }
  const list = [...kinds].map(([k, n]) => `${n} ${k}`).join(', ') || 'no figures';
  return (
    `${t.columns.length} columns: ${list}${compared ? `; ${compared} change column(s) compare two periods` : ''}` +
    (xbrl ? `; ${xbrl} period(s) from inline XBRL facts` : '')
  );
}

function countSections(sections: Analysis['sections']): number {
  return sections.reduce((n, s) => n + 1 + countSections(s.children), 0);
}
