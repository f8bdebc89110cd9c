/**
 * One short line per table saying what the reader made of its figures and, where it could not, why:
 * "3 amount columns (3 months ended 2023-06-30 / 2022-06-30), 1 % change comparing them, 1 at constant
 * currency: not derivable". Built only from the columns' meaning and the rules' inconclusive reasons.
 */
import type { Column, ColumnBasis, ColumnKind, ColumnPeriod, Table } from '../core/model';
import type { TableCheck } from '../rules/types';
import { shorten } from './text';

/** The line is cut here; the checks cell beside it keeps every reason in full. */
export const MAX_READ_LINE = 400;

/** The line of a table with no figures in it (words only, or a layout table). */
export const NO_FIGURES = 'no columns of figures';

const BASIS: Record<ColumnBasis, string> = {
  reported: 'reported',
  'constant-currency': 'at constant currency',
  'ex-currency': 'excluding currency',
  organic: 'organic',
  adjusted: 'adjusted (non-GAAP)',
  'pro-forma': 'pro forma',
  comparable: 'on a comparable basis',
};

/** Singular and plural names of a column kind, as counted ("2 % changes"). */
const NAMES: Partial<Record<ColumnKind, [string, string]>> = {
  amount: ['amount column', 'amount columns'],
  'percent-change': ['% change', '% changes'],
  'points-change': ['change in points', 'changes in points'],
  share: ['share column', 'share columns'],
  ownership: ['% of class', '% of class columns'],
  rate: ['rate', 'rates'],
  count: ['count column', 'count columns'],
  'per-share': ['per-share column', 'per-share columns'],
  unknown: ['column of unknown meaning', 'columns of unknown meaning'],
};

const ORDER: ColumnKind[] = [
  'amount',
  'percent-change',
  'points-change',
  'share',
  'ownership',
  'rate',
  'count',
  'per-share',
  'unknown',
];

/** What could be read of one table, and why not where it could not. */
export function tableReadLine(
  table: Table,
  checks: Pick<TableCheck, 'ruleId' | 'status' | 'reason' | 'skipped'>[],
): string {
  const said = new Set<string>();
  const parts: string[] = [];
  const columns = dataColumns(table);
  const byKind = new Map<ColumnKind, Column[]>();
  let unread = 0;
  for (const c of columns) {
    if (!c.meaning) {
      unread++;
      continue;
    }
    const list = byKind.get(c.meaning.kind) ?? [];
    list.push(c);
    byKind.set(c.meaning.kind, list);
  }
  for (const kind of ORDER) {
    const list = byKind.get(kind);
    if (list) parts.push(...kindParts(kind, list, said));
  }
  if (unread > 0) parts.push(`${unread} column${unread === 1 ? '' : 's'} not read`);
  let line = parts.length ? parts.join(', ') : NO_FIGURES;
  const reasons = inconclusive(checks, said);
  if (reasons.length) line += `; ${reasons.join('; ')}`;
  return shorten(line, MAX_READ_LINE);
}

/** Columns with at least one figure in them: a `$` or `%` sign split into its own cell is no column of its own. */
function dataColumns(table: Table): Column[] {
  const has = new Set<number>();
  for (const row of table.rows) {
    row.cells.forEach((cell, i) => {
      const k = cell.value.kind;
      if (k === 'number' || k === 'percent' || k === 'less-than-one' || k === 'not-meaningful') has.add(i);
    });
  }
  return table.columns.filter((c) => has.has(c.index) && c.meaning?.kind !== 'text');
}

function count(n: number, kind: ColumnKind): string {
  const [one, many] = NAMES[kind] ?? [kind, kind];
  return `${n} ${n === 1 ? one : many}`;
}

function kindParts(kind: ColumnKind, list: Column[], said: Set<string>): string[] {
  if (kind === 'amount') {
    const periods = periodsText(list.map((c) => c.meaning!.period));
    const out = [`${count(list.length, kind)}${periods ? ` (${periods})` : ''}`];
    for (const [basis, n] of basisCounts(list)) out.push(`${n} ${BASIS[basis]}`);
    return out;
  }
  if (kind === 'percent-change' || kind === 'points-change') {
    const out: string[] = [];
    const paired = list.filter((c) => c.meaning!.compares !== null && c.meaning!.basis === 'reported');
    if (paired.length) out.push(`${count(paired.length, kind)} comparing them`);
    // Another basis: the amounts beside it are reported, so nothing shown derives it.
    for (const [basis, n] of basisCounts(list)) {
      out.push(`${paired.length ? n : count(n, kind)} ${BASIS[basis]}: not derivable`);
    }
    const unpaired = list.filter((c) => c.meaning!.compares === null && c.meaning!.basis === 'reported');
    if (unpaired.length) out.push(`${count(unpaired.length, kind)} not paired${whys(unpaired, said)}`);
    return out;
  }
  if (kind === 'share') {
    const of = list.filter((c) => c.meaning!.shareOf !== null);
    const out: string[] = [];
    if (of.length) out.push(`${count(of.length, kind)} of its period's amounts`);
    const lone = list.filter((c) => c.meaning!.shareOf === null);
    if (lone.length) out.push(`${count(lone.length, kind)} with no amount column found${whys(lone, said)}`);
    return out;
  }
  if (kind === 'rate') return [`${count(list.length, kind)}: not derivable from the amounts`];
  if (kind === 'unknown') return [`${count(list.length, kind)}${whys(list, said)}`];
  return [count(list.length, kind)];
}

/** The distinct `why`s of some columns, not yet said on this line. */
function whys(list: Column[], said: Set<string>): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const c of list) {
    const w = c.meaning?.why;
    if (!w || seen.has(w)) continue;
    seen.add(w);
    if (!said.has(w)) out.push(w);
    said.add(w);
  }
  return out.length ? ` (${out.join('; ')})` : '';
}

/** Columns not on the reported basis, by basis, in first-seen order. */
function basisCounts(list: Column[]): [ColumnBasis, number][] {
  const by = new Map<ColumnBasis, number>();
  for (const c of list) {
    if (c.meaning!.basis !== 'reported') by.set(c.meaning!.basis, (by.get(c.meaning!.basis) ?? 0) + 1);
  }
  return [...by];
}

/** "3 months ended 2023-06-30 / 2022-06-30; as of 2023-06-30": the distinct periods, grouped by duration. */
export function periodsText(periods: (ColumnPeriod | undefined)[]): string {
  const groups = new Map<string, string[]>();
  for (const p of periods) {
    if (!p) continue;
    const key = p.months ? `${p.months} months ended ` : p.instant || (p.end && !p.months) ? 'as of ' : '';
    const at = p.end ?? (p.months || p.instant ? stripDuration(p.label) : p.label);
    if (!at) continue;
    const list = groups.get(key) ?? [];
    if (!list.includes(at)) list.push(at);
    groups.set(key, list);
  }
  return [...groups]
    .map(([key, ends]) => key + (ends.length > 4 ? [...ends.slice(0, 4), '…'] : ends).join(' / '))
    .join('; ');
}

/** "Three Months Ended June 30" → "June 30": the duration is said once for its group. */
function stripDuration(label: string | undefined): string | undefined {
  if (!label) return undefined;
  const rest = label
    .replace(/^.*?\b(?:ended|ending)\b[\s,]*/i, '')
    .replace(/,\s*$/, '')
    .trim();
  return rest || label;
}

/** "percent-change inconclusive: …" per rule that could not decide, its reason left out when the columns said it. */
function inconclusive(
  checks: Pick<TableCheck, 'ruleId' | 'status' | 'reason' | 'skipped'>[],
  said: Set<string>,
): string[] {
  const out: string[] = [];
  for (const c of checks) {
    const why = c.status === 'inconclusive' ? c.reason : c.skipped;
    if (c.status !== 'inconclusive' && !why) continue;
    const reason = why && !said.has(why) ? `: ${why}` : '';
    out.push(`${c.ruleId} ${c.status === 'inconclusive' ? 'inconclusive' : 'partly checked'}${reason}`);
  }
  return out;
}
