import type { ColumnBasis, ColumnKind, ColumnPeriod } from '../../model';
import { periodKey, sameDuration, yearsNamed } from './period';
import { PERCENT } from './words';

/** The two columns a change column compares: same basis and duration, current = later period; else why not. */

export interface Draft {
  index: number;
  kind: ColumnKind;
  change: boolean;
  driver: boolean;
  basis: ColumnBasis;
  period?: ColumnPeriod;
  path: string[];
  own: string[];
  /** The rows holding a figure in this column (ascending), to tell one column split into slots from two. */
  figureRows?: number[];
}

export interface Compared {
  compares: [number, number] | null;
  why?: string;
  /** The change is a points change after all: a difference of the two percent columns it compares. */
  kind?: 'points-change';
}

const PERCENT_KINDS = new Set<ColumnKind>(['share', 'rate', 'ownership']);
const AMOUNT_KINDS = new Set<ColumnKind>(['amount', 'count', 'per-share']);

export function comparesOf(c: Draft, cols: Draft[]): Compared {
  if (c.driver) return { compares: null, why: 'a part of the change (its driver), not a comparison of two columns' };
  const r = comparesAmong(c, cols, c.kind === 'points-change' ? PERCENT_KINDS : AMOUNT_KINDS);
  if (r.compares || r.why !== NONE_BEFORE) return r;
  // Points between two amount columns whose margin rows print percents ("Adjusted EBITDA margin 41.0% | 39.3% | 170
  // bps"); a bare "Change" printed with `%` between two percent columns ("% of net sales 55.3% | 58.5% | (3.2)%").
  if (c.kind === 'points-change') {
    const amounts = comparesAmong(c, cols, AMOUNT_KINDS, true);
    return amounts.compares ? amounts : r;
  }
  if (c.kind === 'percent-change' && !PERCENT.test(c.path.join(' '))) {
    const points = comparesAmong({ ...c, kind: 'points-change' }, cols, PERCENT_KINDS);
    if (points.compares) return { ...points, kind: 'points-change' };
  }
  return r;
}

const NONE_BEFORE = 'no amount columns before it to compare';

function comparesAmong(c: Draft, cols: Draft[], kinds: Set<ColumnKind>, withFigures = false): Compared {
  const fits = (d: Draft) => kinds.has(d.kind) && (!withFigures || (d.figureRows?.length ?? 0) > 0);
  const candidate = (d: Draft | undefined): d is Draft => d !== undefined && !d.change && fits(d);
  // "1997  CHANGE  1996": one amount column either side.
  const left = run(c.index, cols, candidate);
  if (left.length <= 1 && candidate(cols[c.index + 1]) && (left.length === 1 || cols[c.index - 1]?.change !== true)) {
    const right = cols[c.index + 1];
    // Only when both sides sit under the same bands: an amount under another band (the next period block) is not the other side.
    if (left.length === 1 && sameBands(left[0], right)) return order(c, [left[0], right]);
  }
  // "2017 > Reported | Adjustments | Revised | % Change": a restatement's change, revised against reported.
  const banded = cols.filter((d) => candidate(d) && sameBands(d, c) && d.basis === c.basis);
  const last = (d: Draft) => d.path[d.path.length - 1] ?? '';
  const revised = banded.filter((d) => /^\s*(?:as\s+)?(?:revised|restated|corrected)\s*$/i.test(last(d)));
  const reported = banded.filter((d) => /^\s*(?:as\s+)?(?:previously\s+)?reported\s*$/i.test(last(d)));
  if (revised.length === 1 && reported.length === 1 && periodKey(revised[0].period) === periodKey(reported[0].period)) {
    return { compares: [revised[0].index, reported[0].index] };
  }
  if (left.length === 0) return { compares: null, why: NONE_BEFORE };
  let pool = left.filter((d) => d.basis === c.basis);
  if (pool.length === 0) {
    return { compares: null, why: `a change on the ${c.basis} basis; the amounts beside it are ${left[0].basis}` };
  }
  pool = pool.filter((d) => sameDuration(d.period, c.period));
  if (pool.length < 2) return { compares: null, why: 'fewer than two amount columns of its duration beside it' };
  const years = [...new Set(yearsNamed(c.own.join(' ')))];
  if (years.length === 2) {
    const pick = years.map((y) => pool.filter((d) => yearOf(d.period) === y));
    if (pick[0].length === 1 && pick[1].length === 1) return order(c, [pick[0][0], pick[1][0]]);
  }
  if (pool.length > 2) return byDates(c, pool);
  return order(c, pool);
}

/** The candidate columns just left of `at`, past other change columns, back to the previous group. */
function run(at: number, cols: Draft[], candidate: (d: Draft | undefined) => d is Draft): Draft[] {
  let j = at - 1;
  while (j >= 0 && (cols[j].change || cols[j].kind === 'unknown' || isSlot(cols, j)) && !candidate(cols[j])) j--;
  const out: Draft[] = [];
  for (; j >= 0 && (candidate(cols[j]) || isSlot(cols, j)); j--) if (candidate(cols[j])) out.unshift(cols[j]);
  return slotsAsOne(out);
}

/**
 * A grid column the HTML split off a neighbour: no figures (a `$` or `%` cell, a dash), or figures only in rows the
 * neighbour leaves empty, under the same header as the column beside it ("June 30, 2022" over `$` | 3,807). It is no
 * column of its own and does not end a run of amounts.
 */
function isSlot(cols: Draft[], j: number): boolean {
  const d = cols[j];
  if (d.change && d.kind !== 'text') return false;
  const empty = d.kind === 'text' || (d.figureRows?.length ?? 1) === 0;
  const same = (e: Draft | undefined) => e !== undefined && e.path.length > 0 && e.path.join('|') === d.path.join('|');
  // A slot holding the rows the amount beside it leaves empty (a margin's 20.8% under "2023", its amounts in the next
  // grid column) is part of that column too.
  const part = (e: Draft | undefined) =>
    same(e) && (empty || (AMOUNT_KINDS.has(e!.kind) && !e!.change && complementary(d, e!)));
  return part(cols[j - 1]) || part(cols[j + 1]);
}

/**
 * Slots the HTML split one amount column into ("July 3, 2022" over two grid columns, the figure in one or the
 * other by row) are one column: the first stands for them (the rule reads each row's figure from its slots).
 */
function slotsAsOne(run: Draft[]): Draft[] {
  return run.filter(
    (d, k) =>
      k === 0 || d.path.length === 0 || d.path.join('|') !== run[k - 1].path.join('|') || !complementary(run[k - 1], d),
  );
}

/** Two columns under one header are slots of one when no row holds a figure in both (each row fills one). */
function complementary(a: Draft, b: Draft): boolean {
  if (!a.figureRows || !b.figureRows) return true;
  const rows = new Set(a.figureRows);
  return !b.figureRows.some((r) => rows.has(r));
}

function order(c: Draft, pair: Draft[]): Compared {
  const [a, b] = pair;
  const ka = periodKey(a.period);
  const kb = periodKey(b.period);
  if (!ka || !kb) return { compares: null, why: 'the amount columns do not say their periods' };
  if (ka === kb) return { compares: null, why: 'the amount columns are for the same period' };
  if (a.basis !== c.basis || b.basis !== c.basis) {
    return { compares: null, why: 'the amount columns are on another basis' };
  }
  return ka > kb ? { compares: [a.index, b.index] } : { compares: [b.index, a.index] };
}

/** Three dated columns (quarter, prior quarter, prior-year quarter): the header must say which comparison. */
function byDates(c: Draft, pool: Draft[]): Compared {
  const words = c.path.join(' ');
  const yoy =
    /\byear[-\s]over[-\s]year\b|\byoy\b|\bprior[-\s]year\b|\bvs\.?\s+(?:prior|last)\s+year\b|\byear\s+ago\b/i.test(
      words,
    );
  const qoq =
    /\bsequential\b|\bqoq\b|\bquarter[-\s]over[-\s]quarter\b|\bprior\s+quarter\b|\bprevious\s+quarter\b/i.test(words);
  const dated = pool.filter((d) => d.period?.end);
  if ((yoy || qoq) && dated.length === pool.length) {
    const sorted = [...dated].sort((x, y) => (x.period!.end! < y.period!.end! ? 1 : -1));
    const cur = sorted[0];
    const days = (d: Draft) => (Date.parse(cur.period!.end!) - Date.parse(d.period!.end!)) / 86400000;
    const want = yoy ? (n: number) => n > 350 && n < 380 : (n: number) => n > 80 && n < 100;
    const hits = sorted.slice(1).filter((d) => want(days(d)));
    if (hits.length === 1) return { compares: [cur.index, hits[0].index] };
  }
  // "% change > Net Sales" beside "2023 > Net Sales | 2023 > Operating Income | 2022 > Net Sales | ...": the two
  // amount columns headed by the change's own measure
  const measure = c.path.length > 1 ? c.path[c.path.length - 1] : undefined;
  const same = measure ? pool.filter((d) => d.path.length > 1 && d.path[d.path.length - 1] === measure) : [];
  if (same.length === 2) return order(c, same);
  return { compares: null, why: `${pool.length} amount columns beside it: which two it compares is not said` };
}

function yearOf(p: ColumnPeriod | undefined): number | undefined {
  const m = p?.end ? /^(\d{4})/.exec(p.end) : p?.label ? /\b((?:19|20)\d{2})\b/.exec(p.label) : null;
  return m ? Number(m[1]) : undefined;
}

function sameBands(a: Draft, b: Draft): boolean {
  return a.path.slice(0, -1).join('|') === b.path.slice(0, -1).join('|');
}
