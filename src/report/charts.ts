/**
 * Chart data for the summary: where a reader would rather look than read. Two charts:
 * - ownership: % of class per holder, from the first table with percent columns (before / after offering);
 * - findings per section, when findings fall in more than one section.
 * Only data here; src/report/svg.ts draws them.
 */
import type { Analysis, Cell, Span, Table } from '../core/model';
import type { Chart, ChartGroup, ChartValue, Loc, SummaryFinding } from './summaryModel';
import { shorten } from './text';

const MAX_GROUPS = 20;
const MAX_SERIES = 2;

export function buildCharts(analysis: Analysis, findings: SummaryFinding[], loc: (span: Span) => Loc): Chart[] {
  const charts: Chart[] = [];
  const ownership = ownershipChart(analysis.tables, loc);
  if (ownership) charts.push(ownership);
  // Worth a chart only when findings fall in more than one section.
  if (new Set(findings.map((f) => f.section)).size > 1) charts.push(findingsPerSection(findings));
  return charts;
}

function ownershipChart(tables: Table[], loc: (span: Span) => Loc): Chart | undefined {
  // Tables that say they are about ownership first, then any table of shares beside percents.
  const candidates = [
    ...tables.filter((t) => ownershipScore(t) === 2),
    ...tables.filter((t) => ownershipScore(t) === 1),
  ];
  for (const table of candidates) {
    const columns = table.columns.filter((c) => c.role === 'percent').slice(0, MAX_SERIES);
    if (columns.length === 0) continue;
    const rows = table.rows.filter((r) => r.kind === 'data' && columns.some((c) => isShare(r.cells[c.index])));
    if (rows.length === 0) continue;
    const groups: ChartGroup[] = rows.slice(0, MAX_GROUPS).map((r) => ({
      label: r.label || `Row ${r.index + 1}`,
      loc: loc(r.span),
      values: columns.map((c) => shareValue(r.cells[c.index], loc)),
    }));
    return {
      id: 'ownership',
      title: shorten(
        `% of class per holder — ${table.caption ?? table.title ?? `table ${table.id}`}`.replace(/\s+/g, ' '),
        100,
      ),
      unit: 'percent',
      series: columns.map((c, i) => seriesName(c.path, i)),
      groups,
      omitted: rows.length - groups.length,
    };
  }
  return undefined;
}

const OWNERSHIP = /of\s+class|owned|ownership|beneficial|(?:selling|principal)\s+(?:stock|share)holders/i;

/**
 * 2: a percent column headed like "% of Class" / "Percent Owned", or a title about (beneficial)
 * ownership or selling stockholders; 1: a shares column beside percents; 0: not an ownership table.
 */
function ownershipScore(table: Table): number {
  if (!table.columns.some((c) => c.role === 'percent')) return 0;
  if (table.columns.some((c) => c.role === 'percent' && c.path.some((p) => OWNERSHIP.test(p)))) return 2;
  if (OWNERSHIP.test(table.caption ?? table.title ?? '')) return 2;
  return table.columns.some((c) => c.role === 'shares') ? 1 : 0;
}

function isShare(cell: Cell | undefined): boolean {
  return cell !== undefined && (cell.value.kind === 'percent' || cell.value.kind === 'less-than-one');
}

function shareValue(cell: Cell | undefined, loc: (span: Span) => Loc): ChartValue {
  if (!cell) return { display: '' };
  if (cell.value.kind === 'percent' && cell.value.value !== undefined) {
    return { value: cell.value.value, display: cell.text.trim(), loc: loc(cell.span) };
  }
  // "*" stands for "less than 1%": drawn as a short bar, labelled as such.
  if (cell.value.kind === 'less-than-one') return { value: 0.5, display: '<1%', loc: loc(cell.span) };
  return { display: cell.text.trim(), loc: loc(cell.span) };
}

function seriesName(path: string[], i: number): string {
  const named = path.find((p) => /before|after|following|prior|outstanding/i.test(p));
  return (named ?? path.join(' ')).replace(/\s+/g, ' ').trim() || `Column ${i + 1}`;
}

function findingsPerSection(findings: SummaryFinding[]): Chart {
  const bySection = new Map<string, { count: number; loc: Loc }>();
  for (const f of findings) {
    const key = f.section ?? '(no section)';
    const entry = bySection.get(key);
    if (entry) entry.count++;
    else bySection.set(key, { count: 1, loc: f.loc });
  }
  const all = [...bySection].sort((a, b) => b[1].count - a[1].count);
  const groups = all.slice(0, MAX_GROUPS).map(([label, { count, loc }]) => ({
    label,
    loc,
    values: [{ value: count, display: String(count), loc }],
  }));
  return {
    id: 'findings-per-section',
    title: 'Findings per section',
    unit: 'count',
    series: ['Findings'],
    groups,
    omitted: all.length - groups.length,
  };
}
