import type { Cell, ColumnPeriod, FactPeriod, Table } from '../../model';
import type { Draft } from './compares';

/**
 * A column's period from the inline XBRL facts of its cells: the context period most of its tagged cells share.
 * Facts beat header words (the `contextRef` is the period the filer states for the figure); where the header
 * says another period, the column keeps both and `inspect` warns.
 */

export interface FactReading {
  period: ColumnPeriod;
  /** Tagged cells with a known context period, and how many of them carry the chosen one. */
  tagged: number;
  agreeing: number;
}

const DAY = 86400000;

/**
 * Settles the columns' periods once every column is read: facts that do not tell apart columns their headers
 * tell apart are no period of theirs (a maturity schedule "2024 | 2025 | 2026", vintages "Year of Origination >
 * 2021 | 2020", all tagged at the balance date), and those columns keep the header's; then untagged columns
 * take the fact period of tagged columns with the same header period.
 */
export function settleFactPeriods(
  drafts: Draft[],
  readings: (FactReading | undefined)[],
  headerPeriods: (ColumnPeriod | undefined)[],
): void {
  const labels = new Map<string, Set<string>>();
  for (const d of drafts) {
    const r = readings[d.index];
    if (!r || d.kind !== 'amount') continue;
    // a column whose header states no period (a Total beside the years) tells nothing apart
    const label = headerPeriods[d.index]?.label;
    if (!label) continue;
    const key = periodKeyOf(r.period);
    const set = labels.get(key) ?? new Set<string>();
    set.add(label);
    labels.set(key, set);
  }
  for (const d of drafts) {
    const r = readings[d.index];
    if (!r || !headerPeriods[d.index]?.label) continue;
    const set = labels.get(periodKeyOf(r.period));
    if (set && set.size > 1) {
      readings[d.index] = undefined;
      d.period = headerPeriods[d.index];
    }
  }
  spreadFactPeriods(drafts, readings, headerPeriods);
}

function periodKeyOf(p: ColumnPeriod): string {
  return `${p.instant ? '@' : p.months}|${p.end}`;
}

/** The period most tagged cells of the column share (more than half of them, and two at least unless all). */
export function factPeriodOf(cells: Cell[], headerLabel: string | undefined): FactReading | undefined {
  const counts = new Map<string, { n: number; p: FactPeriod }>();
  let tagged = 0;
  let figures = 0;
  for (const c of cells) {
    const k = c.value.kind;
    if (k === 'number' || k === 'percent') figures++;
    const p = c.fact?.period;
    if (!p) continue;
    tagged++;
    const key = p.instant ? `@${p.end}` : `${p.start ?? ''}/${p.end}`;
    const e = counts.get(key);
    if (e) e.n++;
    else counts.set(key, { n: 1, p });
  }
  if (tagged === 0 || (tagged < 2 && tagged < figures)) return undefined;
  let best: { n: number; p: FactPeriod } | undefined;
  for (const e of counts.values()) if (!best || e.n > best.n) best = e;
  if (!best || best.n * 2 <= tagged) return undefined;
  return { period: columnPeriod(best.p, headerLabel), tagged, agreeing: best.n };
}

/** A context period as a column period: months from the start and end dates, the end date, the header's label. */
export function columnPeriod(p: FactPeriod, headerLabel: string | undefined): ColumnPeriod {
  const out: ColumnPeriod = {};
  if (p.instant) out.instant = true;
  else if (p.start) {
    const months = monthsBetween(p.start, p.end);
    if (months !== undefined) out.months = months;
  }
  out.end = p.end;
  out.label = headerLabel ?? (p.instant ? `at ${p.end}` : `${out.months ?? '?'} months ended ${p.end}`);
  return out;
}

/** Whole months from start to end (both days included): 91 days is 3, 364 or 371 is 12; undefined when odd. */
export function monthsBetween(start: string, end: string): number | undefined {
  const days = (Date.parse(end) - Date.parse(start)) / DAY + 1;
  if (!Number.isFinite(days) || days < 20) return undefined;
  const months = Math.round(days / 30.44);
  // 13-week quarters and 52/53-week years land within a week of a whole month count
  return Math.abs(days - months * 30.44) <= 9 ? months : undefined;
}

/**
 * Why a header's period disagrees with the facts' (undefined: it agrees, or says too little to tell): another
 * duration, an end date more than a few days off, or a year that is neither the period's start nor end year.
 */
export function disagreement(header: ColumnPeriod | undefined, facts: ColumnPeriod): string | undefined {
  if (!header || !facts.end) return undefined;
  // "Expected amortization > 2024" over facts at the balance date: a schedule's future year, not the period
  if (header.end === undefined && header.months === undefined && facts.instant) return undefined;
  // "Year Ending December 31, 2024" over facts at the balance date: payments due in a future year
  if (header.months !== undefined && facts.instant) return undefined;
  if (header.months !== undefined && facts.months !== undefined && header.months !== facts.months) {
    return `${header.months} months`;
  }
  if (header.end) {
    const off = Math.abs(Date.parse(header.end) - Date.parse(facts.end)) / DAY;
    if (off > 3) return `the period ended ${header.end}`;
    return undefined;
  }
  // Over an instant a bare year is a category more often than the date: a maturity year ("2025"), a vintage
  // ("Year of Origination > 2021"), a roll-forward's year ("2023 > Beginning Balance" at 2022-12-31).
  if (facts.instant) return undefined;
  const y = header.label ? /\b((?:19|20)\d{2})\b/.exec(header.label) : null;
  if (y && /^\D{0,60}(?:19|20)\d{2}\D{0,20}$/.test(header.label ?? '')) {
    const year = Number(y[1]);
    const endYear = Number(facts.end.slice(0, 4));
    // a fiscal year is named by its start or its end year ("Fiscal 2022" ending February 3, 2023)
    const startYear = facts.months !== undefined ? yearBefore(facts.end, facts.months) : endYear;
    if (year !== endYear && year !== startYear) return String(year);
  }
  return undefined;
}

function yearBefore(end: string, months: number): number {
  const d = new Date(Date.parse(end));
  d.setUTCMonth(d.getUTCMonth() - months);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.getUTCFullYear();
}

/**
 * Untagged columns (a change, an untagged share) whose header states the very period an XBRL column's header
 * states take that column's fact period, so pairing by period sees one period, not a header guess beside a fact.
 * Only when every tagged column with that header period has the same fact period.
 */
function spreadFactPeriods(
  drafts: Draft[],
  readings: (FactReading | undefined)[],
  headerPeriods: (ColumnPeriod | undefined)[],
): void {
  const byLabel = new Map<string, ColumnPeriod | null>();
  for (const d of drafts) {
    const label = headerPeriods[d.index]?.label;
    const r = readings[d.index];
    if (!label || !r) continue;
    const seen = byLabel.get(label);
    const key = periodKeyOf(r.period);
    if (seen === undefined) byLabel.set(label, r.period);
    else if (seen !== null && periodKeyOf(seen) !== key) byLabel.set(label, null);
  }
  if (byLabel.size === 0) return;
  for (const d of drafts) {
    const label = headerPeriods[d.index]?.label;
    if (readings[d.index] || !label) continue;
    const p = byLabel.get(label);
    if (p) d.period = { ...p, label };
  }
}

/** The facts' period in words, for warnings and `why`: "3 months ended 2023-08-04", "at 2023-08-04". */
export function periodWords(p: ColumnPeriod): string {
  if (p.instant) return `at ${p.end}`;
  return p.months !== undefined ? `${p.months} months ended ${p.end}` : `the period ended ${p.end}`;
}

const MAX_WARNINGS = 20;

/** One warning per column whose header states another period than its inline XBRL facts (at most a few). */
export function periodWarnings(tables: Table[]): string[] {
  const out: string[] = [];
  let more = 0;
  for (const t of tables) {
    for (const c of t.columns) {
      const m = c.meaning;
      if (!m?.headerPeriod || !m.period) continue;
      if (out.length >= MAX_WARNINGS) {
        more++;
        continue;
      }
      const what = disagreement(m.headerPeriod, m.period);
      const title = t.title ? ` (“${t.title.slice(0, 60)}”)` : '';
      out.push(
        `Table ${t.id}${title}, column ${c.index} “${c.path.join(' > ')}”: the header says ${what}, its inline XBRL facts say ${periodWords(m.period)}.`,
      );
    }
  }
  if (more > 0) out.push(`${more} more columns whose header disagrees with their inline XBRL facts' period.`);
  return out;
}
