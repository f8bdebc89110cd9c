// Compares an HTML filing's reading with the reading of its SEC-text rendering (`filing-lens render`): pairs each
// HTML table with the rendered table holding the same numbers and labels, each column with the column holding the
// same cells, and lists the columns whose meaning differs and the findings only one reading has. Used by
// meaning-render-agree.test.ts.
import { analyze } from '../../src/core/analyze';
import { renderFiling } from '../../src/core/render/renderFiling';
import { runRules } from '../../src/rules/index';
import type { Analysis, Cell, ColumnPeriod, Table } from '../../src/core/model';

export interface TableDifference {
  /** The HTML table's id and first row label. */
  table: string;
  /** One line per differing column: "c3 html: ... | text: ...". */
  columns: string[];
}

export interface Agreement {
  tables: number;
  paired: number;
  differing: TableDifference[];
  /** Findings (rule: headline) only the HTML reading has, and only the text reading has. */
  onlyHtml: string[];
  onlyText: string[];
}

const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();
const cellKey = (c: Cell | undefined): string | undefined => {
  if (!c) return undefined;
  const v = c.value;
  if (v.kind === 'number' || v.kind === 'percent') return `${v.kind}:${v.value}`;
  if (v.kind === 'empty') return undefined;
  return `${v.kind}:${norm(c.text).replace(/[$%]/g, '')}`;
};

/** The table's numbers and row labels, as a multiset (key -> count). */
function tableKeys(t: Table): Map<string, number> {
  const m = new Map<string, number>();
  const add = (k: string | undefined) => k && m.set(k, (m.get(k) ?? 0) + 1);
  for (const r of t.rows) {
    if (r.label) add(`label:${norm(r.label)}`);
    for (const c of r.cells) if (c.value.kind === 'number' || c.value.kind === 'percent') add(cellKey(c));
  }
  return m;
}

function overlap(a: Map<string, number>, b: Map<string, number>): number {
  let common = 0;
  let na = 0;
  let nb = 0;
  for (const v of a.values()) na += v;
  for (const v of b.values()) nb += v;
  for (const [k, v] of a) common += Math.min(v, b.get(k) ?? 0);
  return Math.max(na, nb) === 0 ? 0 : common / Math.max(na, nb);
}

/** Pairs tables in document order: each HTML table with the best-overlapping unpaired text table a few ahead. */
function pairTables(html: Table[], text: Table[]): [Table, Table][] {
  const hk = html.map(tableKeys);
  const tk = text.map(tableKeys);
  const used = new Set<number>();
  const pairs: [Table, Table][] = [];
  let next = 0;
  html.forEach((h, i) => {
    let best = -1;
    let bestScore = 0.5;
    for (let j = Math.max(0, next - 5); j < Math.min(text.length, next + 12); j++) {
      if (used.has(j)) continue;
      const s = overlap(hk[i], tk[j]);
      if (s > bestScore) [best, bestScore] = [j, s];
    }
    if (best < 0) return;
    used.add(best);
    next = best + 1;
    pairs.push([h, text[best]]);
  });
  return pairs;
}

/**
 * A column's figures (and dashes, `NM`, `*`) as one string, for pairing columns across readings; text cells are
 * left out, since a unit line ("(Vehicles in thousands)") may sit in another column of the other reading.
 */
const columnSignature = (t: Table, col: number): string =>
  t.rows
    .map((r) => (r.cells[col]?.value.kind === 'text' ? undefined : cellKey(r.cells[col])))
    .filter((k) => k)
    .join('|');

/** HTML column index -> text column index, by equal cells (the first unpaired one in order). */
function pairColumns(h: Table, x: Table): Map<number, number> {
  const bySig = new Map<string, number[]>();
  x.columns.forEach((c) => {
    const s = columnSignature(x, c.index);
    if (s) bySig.set(s, [...(bySig.get(s) ?? []), c.index]);
  });
  const out = new Map<number, number>();
  for (const c of h.columns) {
    const list = bySig.get(columnSignature(h, c.index));
    const j = list?.shift();
    if (j !== undefined) out.set(c.index, j);
  }
  return out;
}

const period = (p: ColumnPeriod | undefined): string =>
  p ? `${p.months ?? '-'}m${p.instant ? ' at' : ''} ${p.end ?? '-'} "${norm(p.label ?? '')}"` : 'none';

/** A column's meaning as one line; `map` turns the reading's column indexes into the HTML's (for compares). */
function describe(t: Table, col: number, map: (i: number) => number | undefined): string {
  const m = t.columns[col].meaning;
  if (!m) return 'no meaning';
  const cmp = m.compares
    ? m.compares.map((i) => `${map(i) ?? '?'}:${period(t.columns[i]?.meaning?.period)}`).join(' vs ')
    : 'null';
  const share = m.shareOf
    ? `c${map(m.shareOf.column) ?? '?'} row "${m.shareOf.row === null ? '' : norm(t.rows[m.shareOf.row]?.label ?? '')}"`
    : 'null';
  return `${m.kind} ${m.basis} ${m.sign ?? ''} period ${period(m.period)} compares ${cmp} shareOf ${share}`;
}

// The rendering writes a footnote as a `- (2) ...` list line, and a finding quoting it quotes that.
const findingKeys = (a: Analysis): string[] =>
  runRules(a, {}).findings.map((f) => `${f.ruleId}: ${f.message.replace(/'- \(/g, "'(")}`);

function minus(a: string[], b: string[]): string[] {
  const left = new Map<string, number>();
  for (const k of b) left.set(k, (left.get(k) ?? 0) + 1);
  return a.filter((k) => {
    const n = left.get(k) ?? 0;
    if (n > 0) left.set(k, n - 1);
    return n === 0;
  });
}

/** Reads `text` (an HTML filing) and its rendering, and says where the two readings differ. */
export function renderAgreement(text: string, uri: string): Agreement {
  const html = analyze(text, { uri });
  const sec = analyze(renderFiling(text, uri).text, { uri: `${uri}.txt` });
  // The rendering carries no inline XBRL facts (a balance's instant, a column's context period), so its meanings
  // are compared with the HTML read as its headers say: the same HTML with the `ix:nonFraction` tags left out.
  const headerOnly = analyze(text.replace(/<\/?ix:nonfraction\b[^>]*>/gi, ''), { uri });
  const differing: TableDifference[] = [];
  const pairs = pairTables(headerOnly.tables, sec.tables);
  for (const [h, x] of pairs) {
    const cols = pairColumns(h, x);
    const back = new Map([...cols].map(([a, b]) => [b, a]));
    const lines: string[] = [];
    for (const [hc, xc] of cols) {
      const a = describe(h, hc, (i) => i);
      const b = describe(x, xc, (i) => back.get(i));
      if (a !== b) lines.push(`c${hc} html: ${a} | text: ${b}`);
    }
    if (lines.length) differing.push({ table: `${h.id} ${norm(h.rows[0]?.label ?? '')}`.trim(), columns: lines });
  }
  const fh = findingKeys(html);
  const fx = findingKeys(sec);
  return {
    tables: html.tables.length,
    paired: pairs.length,
    differing,
    onlyHtml: minus(fh, fx),
    onlyText: minus(fx, fh),
  };
}
