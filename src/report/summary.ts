/**
 * The summary model: what the summary panel and the static HTML report show, built from one CheckResult.
 * Pure data (serialisable, no 'vscode'); every item carries its span and 0-based line/column so a click
 * can reveal it. Nothing here re-reads the filing: the text is only used to map offsets to lines.
 */
import { LineIndex } from '../core/lineIndex';
import type { Analysis, Section, Span } from '../core/model';
import type { CheckResult, Finding, Severity, TableCheck } from '../rules/types';
import { countReasons, tableVerdict } from '../rules/tableVerdict';
import { buildCharts } from './charts';
import type {
  Loc,
  Summary,
  SummaryCounts,
  SummaryFinding,
  SummaryFootnote,
  SummaryTable,
  TableStatus,
} from './summaryModel';
import { tableReadLine } from './tableRead';
import { oneLine, shorten } from './text';

const MAX_FOOTNOTE_TEXT = 280;
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

/** Builds the summary of one checked filing. `text` must be the text the result was computed from. */
export function buildSummary(result: CheckResult, text: string): Summary {
  const { analysis, findings, tableChecks } = result;
  const index = new LineIndex(text);
  const loc = (span: Span): Loc => toLoc(index, span, text.length);
  const sections = flattenSections(analysis.sections);
  const sectionTitle = (id: string | undefined, span: Span): string | undefined =>
    (id !== undefined ? sections.find((s) => s.id === id) : innermostSection(sections, span))?.title;

  const checksByTable = new Map<string, TableCheck[]>();
  for (const c of tableChecks) {
    const list = checksByTable.get(c.tableId) ?? [];
    list.push(c);
    checksByTable.set(c.tableId, list);
  }
  const findingsByTable = new Map<string, number>();
  for (const f of findings) if (f.tableId) findingsByTable.set(f.tableId, (findingsByTable.get(f.tableId) ?? 0) + 1);

  const tables: SummaryTable[] = analysis.tables.map((t) => {
    const checks = (checksByTable.get(t.id) ?? []).map(({ ruleId, status, reason, skipped }) => ({
      ruleId,
      status,
      reason,
      ...(skipped ? { skipped } : {}),
    }));
    return {
      id: t.id,
      title: oneLine(t.caption ?? t.title ?? '') || `Table ${Number(t.id.replace(/\D/g, '')) + 1 || ''}`.trim(),
      layout: t.layout,
      rows: t.rows.length,
      columns: t.columns.length || Math.max(0, ...t.rows.map((r) => r.cells.length)),
      status: tableStatus(checks),
      checks,
      read: tableReadLine(t, checks),
      findings: findingsByTable.get(t.id) ?? 0,
      section: sectionTitle(t.sectionId, t.span),
      loc: loc(t.span),
    };
  });

  const tableSection = new Map(analysis.tables.map((t) => [t.id, t.sectionId]));
  const summaryFindings: SummaryFinding[] = [...findings]
    .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end)
    .map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      actual: f.actual,
      expected: f.expected,
      tableId: f.tableId,
      section: sectionTitle(f.tableId ? tableSection.get(f.tableId) : undefined, f.span),
      loc: loc(f.span),
    }));

  const footnotes: SummaryFootnote[] = analysis.footnotes.map((f) => ({
    id: f.id,
    marker: f.marker,
    text: shorten(oneLine(f.text), MAX_FOOTNOTE_TEXT),
    references: f.refIds.length,
    tableId: f.tableId,
    loc: loc(f.span),
  }));

  return {
    title: oneLine(analysis.metadata.company ?? '') || baseName(analysis.uri) || 'Filing',
    fileName: baseName(analysis.uri) || undefined,
    uri: analysis.uri,
    format: analysis.format,
    length: analysis.length,
    lines: index.lineCount,
    metadata: { ...analysis.metadata },
    counts: countAll(analysis, findings, tables, sections.length, tableChecks),
    findings: summaryFindings,
    tables,
    footnotes,
    charts: buildCharts(analysis, summaryFindings, loc),
    warnings: [...analysis.warnings],
  };
}

function countAll(
  analysis: Analysis,
  findings: Finding[],
  tables: SummaryTable[],
  sections: number,
  checks: TableCheck[],
): SummaryCounts {
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const byRule = new Map<string, number>();
  for (const f of findings) {
    bySeverity[f.severity] = (bySeverity[f.severity] ?? 0) + 1;
    byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
  }
  const referenced = analysis.footnotes.filter((f) => f.refIds.length > 0).length;
  return {
    tables: tables.length,
    checkedTables: tables.filter((t) => t.status === 'checked').length,
    partlyTables: tables.filter((t) => t.status === 'partly').length,
    inconclusiveTables: tables.filter((t) => t.status === 'inconclusive').length,
    inconclusiveReasons: countReasons(checks),
    findings: findings.length,
    bySeverity,
    byRule: [...byRule]
      .map(([ruleId, count]) => ({ ruleId, count }))
      .sort((a, b) => b.count - a.count || (a.ruleId < b.ruleId ? -1 : 1)),
    footnotes: analysis.footnotes.length,
    footnotesReferenced: referenced,
    footnotesUnreferenced: analysis.footnotes.length - referenced,
    references: analysis.references.length,
    referencesUnresolved: analysis.references.filter((r) => r.footnoteId === undefined).length,
    sections,
  };
}

/** A table's verdict from its checks (see rules/tableVerdict.ts); no checks: not checked. */
function tableStatus(checks: Pick<TableCheck, 'status' | 'skipped'>[]): TableStatus {
  return tableVerdict(checks) ?? 'not-checked';
}

export function toLoc(index: LineIndex, span: Span, length: number): Loc {
  const start = clamp(span.start, 0, length);
  const end = clamp(span.end, start, length);
  const a = index.position(start);
  const b = index.position(end);
  return { start, end, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

function clamp(n: number, lo: number, hi: number): number {
  return Number.isFinite(n) ? Math.min(Math.max(Math.trunc(n), lo), hi) : lo;
}

function flattenSections(roots: Section[]): Section[] {
  const out: Section[] = [];
  const stack = [...roots].reverse();
  while (stack.length) {
    const s = stack.pop()!;
    out.push(s);
    for (let i = s.children.length - 1; i >= 0; i--) stack.push(s.children[i]);
  }
  return out;
}

/** The deepest section whose range holds the span (sections are few; a linear scan is fine). */
function innermostSection(sections: Section[], span: Span): Section | undefined {
  let best: Section | undefined;
  for (const s of sections) {
    if (s.range.start <= span.start && span.start < s.range.end && (!best || s.level >= best.level)) best = s;
  }
  return best;
}

function baseName(uri: string | undefined): string {
  if (!uri) return '';
  const name = uri.split(/[\\/]/).pop() ?? '';
  try {
    return /^[a-z][a-z0-9+.-]*:/i.test(uri) ? decodeURIComponent(name) : name;
  } catch {
    return name;
  }
}
