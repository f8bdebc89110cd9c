/** Shares of a base, shared by `percent-of-total`'s row, column and 100%-total checks. */
import {
  abs,
  div,
  formatInterval,
  halfUnit,
  meets,
  printedCandidates,
  rounding,
  scale,
  sum,
  widen,
  type Interval,
} from '../../core/interval';
import type { Cell, Table } from '../../core/model';
import { isTrimmed } from '../../core/tables/cells';
import type { RuleContext } from '../rule';
import { digitFix, isNumber, isPercent, num, printed, roundingDecimals } from './cells';
import { CharCode } from '../../core/charCodes';

/** A row label without leader dots, trailing colons or doubled spaces. Linear: no end-anchored regex. */
export function cleanLabel(label: string): string {
  if (isClean(label)) return label;
  return trimEnd(label.replace(/\.{2,}/g, ' ').replace(/\s+/g, ' '), ' :').trim();
}

/**
 * Whether cleanLabel would return the label as it is (most labels, and rules clean each several times):
 * no "..", no space other than single ' ' between words, no trailing ' ' or ':'.
 */
function isClean(label: string): boolean {
  if (label.length === 0) return true;
  let prevSpace = true; // a leading space is not clean
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    if (c === CharCode.Period && label.charCodeAt(i + 1) === CharCode.Period) return false;
    const space = isTrimmed(c);
    if (space && (c !== CharCode.Space || prevSpace)) return false;
    prevSpace = space;
  }
  const last = label.charCodeAt(label.length - 1);
  return last !== CharCode.Space && last !== CharCode.Colon;
}

/** Drops trailing characters in `chars` (a loop, not /[...]+$/, which backtracks quadratically). */
export function trimEnd(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1])) end--;
  return s.slice(0, end);
}

/**
 * A share cell: a percent (the table builder types the bare numbers of a column of percents, "40.7" under
 * "17.2%", as percents).
 */
export function isShare(cell: Cell | undefined): cell is Cell & { value: { value: number } } {
  return isPercent(cell);
}

/** What one share check found: the computed share, and whether the printed one meets it (strictly, or as a plug). */
export interface ShareCheck {
  cell: Cell;
  item: Cell;
  base: Cell;
  baseName: string;
  computed: Interval;
  ok: boolean;
  /** Off by at most one unit of its last digit: a rounding plug, when its column foots exactly. */
  withinPlug: boolean;
}

/** item / base as a percent, both widened by rounding, against the printed share (an expense's share may be unsigned). */
export function evaluateShare(
  cell: Cell,
  item: Cell | undefined,
  base: Cell | undefined,
  baseName: string,
  tolerance: number,
): ShareCheck | undefined {
  if (!isNumber(item) || !isNumber(base) || base.value.value === 0 || !isShare(cell)) return undefined;
  const t = tolerance;
  const ratio = div(
    rounding(item.value.value, roundingDecimals(item), 1, t),
    abs(rounding(base.value.value, roundingDecimals(base), 1, t)),
  );
  if (!ratio) return undefined;
  const computed = scale(ratio, 100);
  const shown = rounding(cell.value.value, roundingDecimals(cell), 1, t);
  const unit = Math.pow(10, -(cell.value.decimals ?? 0));
  const meet = (x: Interval) => meets(computed, x) || meets(abs(computed), x);
  return { cell, item, base, baseName, computed, ok: meet(shown), withinPlug: meet(widen(shown, unit)) };
}

/** Records the check (hover arithmetic) and reports it when the printed share does not follow. */
export function reportShare(context: RuleContext, table: Table, check: ShareCheck, plug = false): void {
  const { cell, item, base, baseName, computed } = check;
  const d = cell.value.decimals ?? 0;
  const arithmetic = `${printed(item)} / ${printed(base)} = ${formatInterval(computed, d + 1, '%')}`;
  const unit = plug ? Math.pow(10, -d) : 0;
  context.checked(
    cell,
    [widen(computed, unit), widen(abs(computed), unit)],
    plug ? `${arithmetic}; printed ${printed(cell)}: rounded so the column foots` : arithmetic,
  );
  if (check.ok || plug) return;
  const candidates = printedCandidates(
    item.value.value! < 0 && (cell.value.value ?? 0) >= 0 ? abs(computed) : computed,
    d,
    2,
  );
  context.report({
    message: `${printed(cell)} of ${baseName}, but ${printed(item)} of ${printed(base)} is ${formatInterval(computed, d + 1, '%')}`,
    detail:
      `${arithmetic} with both amounts widened by their rounding; the printed ${printed(cell)} stands for ±${num(halfUnit(d, context.tolerance), d + 1)}%. ` +
      `Base: the '${baseName}' row.`,
    span: cell.span,
    expected: formatInterval(computed, d, '%'),
    actual: printed(cell),
    related: [
      { span: item.span, message: `amount: ${printed(item)}` },
      { span: base.span, message: `base (${baseName}): ${printed(base)}` },
    ],
    fix: candidates.length === 1 ? digitFix(cell, candidates[0]) : undefined,
    tableId: table.id,
  });
}

/** item / base against the printed share, checked and reported at once (share rows; no plug). */
export function checkShare(
  context: RuleContext,
  table: Table,
  cell: Cell,
  item: Cell | undefined,
  base: Cell | undefined,
  baseName: string,
): void {
  const check = evaluateShare(cell, item, base, baseName, context.tolerance);
  if (check) reportShare(context, table, check);
}

/** The leaf shares under a total must sum to its printed share within their rounding. */
export function checkSum(context: RuleContext, table: Table, parts: Cell[], total: Cell, totalName: string): boolean {
  const t = context.tolerance;
  const total_: Interval = rounding(total.value.value!, roundingDecimals(total), 1, t);
  const s = sum(parts.map((p) => rounding(p.value.value!, roundingDecimals(p), 1, t)));
  const d = Math.max(...parts.map((p) => p.value.decimals ?? 0));
  context.checked(total, [s], `sum of ${parts.length} shares: ${formatInterval(s, d + 1, '%')}`);
  if (meets(s, total_)) return true;
  context.report({
    message: `${printed(total)} total, but its ${parts.length} shares add up to ${formatInterval(s, d + 1, '%')}`,
    detail:
      `${parts.map(printed).join(' + ')} = ${formatInterval(s, d + 1, '%')}, each widened by its rounding ` +
      `(±${num(halfUnit(d, t) * parts.length, d + 1)} in all); the printed total (${totalName}) is ${printed(total)}.`,
    span: total.span,
    expected: formatInterval(s, d, '%'),
    actual: printed(total),
    related: parts.slice(0, 20).map((p) => ({ span: p.span, message: `share: ${printed(p)}` })),
    tableId: table.id,
  });
  return false;
}

/** The printed shares add up exactly to the printed total (at the finest printed precision). */
export function foots(parts: Cell[], total: Cell | undefined): boolean {
  if (!total || total.value.value === undefined || parts.length < 2) return false;
  const d = Math.max(total.value.decimals ?? 0, ...parts.map((p) => p.value.decimals ?? 0));
  const k = Math.pow(10, d);
  const sumPrinted = parts.reduce((n, p) => n + Math.round((p.value.value ?? 0) * k), 0);
  return sumPrinted === Math.round(total.value.value * k);
}
