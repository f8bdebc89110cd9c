import type { Row } from '../../model';
import type { Draft } from './compares';
import { periodKey } from './period';

/** The amount column a share divides and the base row it divides by (the block's total), else why not. */

export interface Shared {
  shareOf: { column: number; row: number | null } | null;
  why?: string;
}

const BASE_LABEL =
  /^(?:total\s+)?(?:net\s+)?(?:revenues?|sales)(?:\s*,?\s*net)?(?:\s+to\s+customers)?\b|^total\b|^net\s+revenues?\b|^revenues?\b/i;

export function shareOfColumn(c: Draft, cols: Draft[], rows: Row[]): Shared {
  const amount = amountColumn(c, cols);
  if (amount === undefined) return { shareOf: null, why: 'no amount column of the same period in the table' };
  return { shareOf: { column: amount, row: baseRow(c.index, amount, rows) } };
}

/** Ownership: the share count just before it under the same band (Number | Percent). */
export function ownershipOf(c: Draft, cols: Draft[]): Shared {
  let j = c.index - 1;
  // "Number | Percent before | Percent after": the after column shares the count before it.
  while (j > 0 && cols[j].kind === 'ownership') j--;
  const left = cols[j];
  const counts = cols.filter((d) => d.kind === 'count').length;
  if (left && left.kind === 'count' && (sameBand(left, c) || counts === 1)) {
    return { shareOf: { column: left.index, row: null } };
  }
  return { shareOf: null, why: 'no share count just before it under the same band' };
}

function amountColumn(c: Draft, cols: Draft[]): number | undefined {
  const isAmount = (d: Draft | undefined) => d !== undefined && d.kind === 'amount' && !d.change;
  const key = periodKey(c.period);
  // "Amount | % Sales" under one period band, "July 2, 2023 | Percent to Sales": the amount just before it.
  let j = c.index - 1;
  // A slot the HTML split the share column into (same header): past it to the amount.
  while (j > 0 && cols[j].kind === 'share' && cols[j].path.join('|') === c.path.join('|')) j--;
  const left = cols[j];
  // "Residual Value | Units | Percentage" under one date: the count just before it is what the percentage divides.
  if (
    left &&
    left.kind === 'count' &&
    !left.change &&
    sameBand(left, c) &&
    (c.path.length >= 2 || namesCount(c, left))
  ) {
    return left.index;
  }
  if (isAmount(left) && sameBand(left, c) && (!key || periodKey(left.period) === key || !ownPeriod(c))) {
    return left.index;
  }
  if (!key) return undefined;
  const same = cols.filter(
    (d) => isAmount(d) && periodKey(d.period) === key && (d.period?.months ?? 0) === (c.period?.months ?? 0),
  );
  if (same.length === 1) return same[0].index;
  const banded = same.filter((d) => sameBand(d, c));
  return banded.length === 1 ? banded[0].index : undefined;
}

/** "Percentage of Total Common Shares" beside "Number of Common Shares": the share names what the count counts. */
function namesCount(c: Draft, count: Draft): boolean {
  const of = /\b(?:%|percent(?:age)?)\s+of\s+(?:the\s+)?(?:total\s+)?(.+)$/i.exec(c.path.join(' '));
  const counted = /\bnumber\s+of\s+(.+)$/i.exec(count.path.join(' '));
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  return of !== null && counted !== null && norm(of[1]) === norm(counted[1]);
}

/** The share column's own header names no period (the period is its band's). */
function ownPeriod(c: Draft): boolean {
  return c.own.some((w) => /\b(?:19|20)\d{2}\b/.test(w));
}

function sameBand(a: Draft, b: Draft): boolean {
  const pa = a.path.slice(0, -1).join('|');
  const pb = b.path.slice(0, -1).join('|');
  return pa === pb;
}

/** The row printing 100 in the share column, else the first total-of-sales row with an amount. */
function baseRow(col: number, amount: number, rows: Row[]): number | null {
  for (const r of rows) {
    const v = r.cells[col]?.value;
    if (v && (v.kind === 'percent' || v.kind === 'number') && v.value === 100) return r.index;
  }
  for (const r of rows) {
    const a = r.cells[amount]?.value;
    if (a && a.kind === 'number' && BASE_LABEL.test(r.label) && /\b(?:revenues?|sales|total)\b/i.test(r.label)) {
      return r.index;
    }
  }
  return null;
}
