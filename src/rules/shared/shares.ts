/** Shares of a base, shared by `percent-of-total`'s row, column and 100%-total checks. */
import { abs, add, div, formatInterval, halfUnit, meets, printedCandidates, rounding, scale, sum, widen, type Interval } from '../../core/interval';
import type { Cell, Table } from '../../core/model';
import { isTrimmed } from '../../core/tables/cells';
import type { RuleContext } from '../rule';
import { digitFix, isNumber, num, printed } from './cells';
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

/** A share cell: a percent, or a bare number in a column of percents ("40.7" under "17.2%"). */
export function isShare(cell: Cell | undefined): cell is Cell & { value: { value: number } } {
  return !!cell && (cell.value.kind === 'percent' || cell.value.kind === 'number') && typeof cell.value.value === 'number' && Number.isFinite(cell.value.value);
}

/** item / base as a percent, both widened by rounding, against the printed share. */
export function checkShare(
  context: RuleContext, table: Table, cell: Cell, item: Cell | undefined, base: Cell | undefined, baseName: string, plug = false,
): void {
  if (!isNumber(item) || !isNumber(base) || base.value.value === 0) return;
  const t = context.tolerance;
  const ratio = div(rounding(item.value.value, item.value.decimals ?? 0, 1, t), abs(rounding(base.value.value, base.value.decimals ?? 0, 1, t)));
  if (!ratio) return;
  const computed = scale(ratio, 100);
  // In a column whose printed shares foot exactly to its printed total, a share one unit off in its last
  // digit is the filer's rounding plug (40.6 printed 40.7 so the column shows 100.0), not a misprint.
  const unit = plug ? Math.pow(10, -(cell.value.decimals ?? 0)) : 0;
  const shown = widen(rounding(cell.value.value ?? 0, cell.value.decimals ?? 0, 1, t), unit);
  context.checked(cell, [widen(computed, unit), widen(abs(computed), unit)],
    `${printed(item)} / ${printed(base)} = ${formatInterval(computed, (cell.value.decimals ?? 0) + 1, '%')}`);
  // An expense printed in parentheses may have its share printed unsigned.
  if (meets(computed, shown) || meets(abs(computed), shown)) return;
  const d = cell.value.decimals ?? 0;
  const candidates = printedCandidates(item.value.value < 0 && (cell.value.value ?? 0) >= 0 ? abs(computed) : computed, d, 2);
  context.report({
    message:
      `${printed(cell)} does not follow from ${printed(item)} of ${printed(base)} (${baseName}): ` +
      `${printed(item)} / ${printed(base)} = ${formatInterval(computed, d + 1, '%')} with both amounts widened by their rounding; ` +
      `the printed value stands for ±${num(halfUnit(d, t), d + 1)}%.`,
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

/** The shares above a total must sum to it within their rounding. */
export function checkSum(context: RuleContext, table: Table, parts: Cell[], total: Cell): void {
  const t = context.tolerance;
  const total_: Interval = rounding(total.value.value!, total.value.decimals ?? 0, 1, t);
  const s = sum(parts.map((p) => rounding(p.value.value!, p.value.decimals ?? 0, 1, t)));
  context.checked(total, [s], `sum of ${parts.length} shares: ${formatInterval(s, Math.max(...parts.map((p) => p.value.decimals ?? 0)), '%')}`);
  if (meets(s, total_)) return;
  const d = Math.max(...parts.map((p) => p.value.decimals ?? 0));
  context.report({
    message:
      `The ${parts.length} shares above sum to ${formatInterval(add(s, { lo: 0, hi: 0 }), d, '%')} ` +
      `(each widened by its rounding, ±${num(halfUnit(d, t) * parts.length, d + 1)} in all), not the printed total ${printed(total)}.`,
    span: total.span,
    expected: formatInterval(s, d, '%'),
    actual: printed(total),
    related: parts.slice(0, 20).map((p) => ({ span: p.span, message: `share: ${printed(p)}` })),
    tableId: table.id,
  });
}

/** The printed shares add up exactly to the printed total (at the finest printed precision). */
export function foots(parts: Cell[], total: Cell | undefined): boolean {
  if (!total || total.value.value === undefined || parts.length < 2) return false;
  const d = Math.max(total.value.decimals ?? 0, ...parts.map((p) => p.value.decimals ?? 0));
  const k = Math.pow(10, d);
  const sumPrinted = parts.reduce((n, p) => n + Math.round((p.value.value ?? 0) * k), 0);
  return sumPrinted === Math.round(total.value.value * k);
}
