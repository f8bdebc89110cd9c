/**
 * `percent-change`: a change column that does not follow from the two columns its meaning compares.
 *
 * Why: results tables print `2024 | 2023 | % Change`, `Change` in points (`180 bps`) or in amounts. The pairing
 * comes only from `Column.meaning.compares` ([current, comparator], read from the headers or inline XBRL): no
 * meaning, no check (the table is inconclusive with the reason). A percent change is (current − comparator) /
 * comparator, accepted over the signed or the absolute comparator (losses and opposite-signed periods are
 * divided both ways by filers); a comparator of zero is not meaningful. Better/(worse) columns print a rising
 * cost negative, so either sign is accepted there. A points change is the difference of two percents (bps x100).
 * Constant-currency, organic, adjusted, pro forma and comparable changes are not derivable from reported amounts
 * and are skipped, unless the compared columns are on that basis too. Every figure is a rounding interval carried
 * through the arithmetic, so only a change no rounding explains is flagged (146.4% for 2,140 against 870 is).
 */
import {
  abs,
  div,
  formatInterval,
  halfUnit,
  meets,
  printedCandidates,
  rounding,
  scale,
  sub,
  type Interval,
} from '../core/interval';
import type { Cell, Column, Table } from '../core/model';
import type { Rule, RuleContext } from './rule';
import { digitFix, isNumber, isPercent, num, printed, roundingDecimals, slotCell } from './shared/cells';
import { isChangeMeaning, notDerivable, parseUnitFigure, unreadChangeColumns, whyUnpaired } from './shared/meaning';

type Kind = 'percent' | 'points' | 'amount';

interface Figure {
  value: number;
  decimals: number;
}

interface Check {
  kind: Kind;
  cell: Cell;
  current: Cell;
  comparator: Cell;
  /** The printed figure in its own units (percent, points or bps, amount). */
  shown: Figure;
  unit: '%' | ' pts' | ' bps' | '';
  /** The readings accepted, in the printed units; the first is the plain one (signed current − comparator). */
  accepts: Interval[];
  why: string[];
}

export const percentChange: Rule = {
  id: 'percent-change',
  description: 'A % change (or points or amount change) that does not follow from the two columns it compares.',
  defaultSeverity: 'warning',
  run(context) {
    for (const table of context.analysis.tables) {
      for (const column of unreadChangeColumns(table)) {
        context.table(table.id, 'inconclusive', column.meaning?.why ?? whyUnpaired(column, 'compares'));
      }
      // Each change column is a part: the reported one checked beside a constant-currency one skipped is partly checked.
      for (const change of table.columns.filter((c) => isChangeMeaning(c.meaning))) {
        const why = checkColumn(context, table, change);
        context.table(table.id, why ? 'inconclusive' : 'checked', why);
      }
    }
  },
};

/** Checks one change column; returns why it could not be checked. */
function checkColumn(context: RuleContext, table: Table, change: Column): string | undefined {
  const meaning = change.meaning!;
  if (!meaning.compares) return whyUnpaired(change, 'compares');
  const [current, comparator] = meaning.compares.map((i) => table.columns[i]);
  if (!current || !comparator || current === change || comparator === change) {
    return 'change column: the compared columns are not in the table';
  }
  // A basis other than reported derives only from amounts printed on that basis.
  const onBasis = (c: Column) => (c.meaning?.basis ?? 'reported') === meaning.basis;
  if (!onBasis(current) || !onBasis(comparator)) return notDerivable(meaning.basis);
  const kind: Kind = meaning.kind === 'points-change' ? 'points' : meaning.kind === 'amount' ? 'amount' : 'percent';
  for (const row of table.rows) {
    const check = evaluate(
      kind,
      row.cells[change.index],
      slotCell(table, row, current),
      slotCell(table, row, comparator),
      change,
      context.tolerance,
    );
    if (!check) continue;
    const ok = check.accepts.some((a) =>
      meets(a, rounding(check.shown.value, check.shown.decimals, 1, context.tolerance)),
    );
    context.checked(check.cell, check.accepts, formula(check));
    if (!ok) report(context, table, check, current, comparator, change);
  }
  return undefined;
}

/** The figure a change cell prints: a percent, a bare number in a change column, or `180 bps` text. */
function figureOf(cell: Cell | undefined): (Figure & { unit?: 'bps' | 'pts' }) | undefined {
  if (isPercent(cell) || isNumber(cell)) return { value: cell.value.value, decimals: cell.value.decimals ?? 0 };
  return parseUnitFigure(cell);
}

function evaluate(
  kind: Kind,
  cell: Cell | undefined,
  current: Cell | undefined,
  comparator: Cell | undefined,
  change: Column,
  tolerance: number,
): Check | undefined {
  const shown = figureOf(cell);
  const a = figureOf(current);
  const b = figureOf(comparator);
  if (!cell || !current || !comparator || !shown || !a || !b) return undefined;
  // Amount and points changes read numbers; a percent change of two percents is unusual but derivable.
  if (kind === 'amount' && (isPercent(cell) || isPercent(current) || isPercent(comparator))) return undefined;
  const n = rounding(a.value, roundingDecimals(current, a.decimals), 1, tolerance);
  const o = rounding(b.value, roundingDecimals(comparator, b.decimals), 1, tolerance);
  const betterWorse = change.meaning?.sign === 'better-worse';
  const why: string[] = [];
  let accepts: Interval[];
  let unit: Check['unit'];
  // A "% of net sales" row under a % Change column prints its change as a bare number of basis points (280 for
  // 22.7% against 19.9%): two percents and a unitless change are a points change (in pts or bps), not a ratio.
  if (kind === 'percent' && isPercent(current) && isPercent(comparator) && !isPercent(cell) && isNumber(cell)) {
    const diff = sub(n, o);
    accepts = [scale(diff, 100), diff];
    if (betterWorse) accepts.push(...accepts.map((x) => scale(x, -1)));
    why.push('a change of two percents printed without %: read as basis points or points');
    return {
      kind: 'points',
      cell,
      current,
      comparator,
      shown: { value: shown.value, decimals: shown.decimals },
      unit: ' bps',
      accepts,
      why,
    };
  }
  // "280bps" under a "% Change" header (Colgate's "% of Net sales" row, as rendered to text): a points change of
  // two percents, whatever its column says; with no two percents beside it, nothing to check.
  if (kind === 'percent' && shown.unit) {
    if (!isPercent(current) || !isPercent(comparator)) return undefined;
    kind = 'points';
  }
  if (kind === 'percent') {
    // A percent change prints a percent: the table builder types the column's bare numbers as percents, and a
    // number it left there is money or a points change (handled above), not a percent to read here.
    if (isNumber(cell)) return undefined;
    if (b.value === 0) return undefined; // not meaningful
    const signed = div(sub(n, o), o);
    const absolute = div(sub(n, o), abs(o));
    if (!signed || !absolute) return undefined;
    accepts = [scale(signed, 100)];
    if (b.value < 0 || Math.sign(a.value) !== Math.sign(b.value)) {
      accepts.push(scale(absolute, 100));
      why.push('divided by the signed or the absolute comparator');
    }
    unit = '%';
  } else if (kind === 'points') {
    const bps = shown.unit === 'bps' || (!shown.unit && /\bbps\b|\bbp\b|basis points?/i.test(change.path.join(' ')));
    accepts = [scale(sub(n, o), bps ? 100 : 1)];
    unit = bps ? ' bps' : ' pts';
  } else {
    accepts = [sub(n, o)];
    unit = '';
  }
  if (betterWorse) {
    accepts.push(...accepts.map((x) => scale(x, -1)));
    why.push('better/(worse): a rising cost prints negative, so either sign is accepted');
  }
  return {
    kind,
    cell,
    current,
    comparator,
    shown: { value: shown.value, decimals: shown.decimals },
    unit,
    accepts,
    why,
  };
}

/** "(131 − 114) / 114 = 13.97%–15.86%" */
function formula(check: Check): string {
  const d = check.shown.decimals;
  const n = printed(check.current);
  const o = printed(check.comparator);
  const expr =
    check.kind === 'percent'
      ? `(${n} − ${o}) / ${o}`
      : check.kind === 'points'
        ? `${n} − ${o}${check.unit === ' bps' ? ' (x100 bps)' : ''}`
        : `${n} − ${o}`;
  return `${expr} = ${formatInterval(check.accepts[0], d + 1, check.unit)}`;
}

function report(
  context: RuleContext,
  table: Table,
  check: Check,
  current: Column,
  comparator: Column,
  change: Column,
): void {
  const d = check.shown.decimals;
  const n = printed(check.current);
  const o = printed(check.comparator);
  const computed = formatInterval(check.accepts[0], d + 1, check.unit);
  const op = check.kind === 'amount' ? `${n} − ${o}` : `${n} vs ${o}`;
  const half = num(halfUnit(d, context.tolerance), d + 1);
  const also =
    check.accepts.length > 1
      ? ` Also accepted: ${check.accepts
          .slice(1)
          .map((a) => formatInterval(a, d + 1, check.unit))
          .join(', ')} (${check.why.join('; ')}).`
      : '';
  const label = (c: Column) => `'${c.path.join(' › ') || `column ${c.index + 1}`}'`;
  const candidates = printedCandidates(check.accepts[0], d, 2);
  // A points cell printed without its unit ("42" under "Basis Point Increase") is shown with it.
  const shownText =
    check.kind === 'points' && !/[a-z]/i.test(check.cell.text)
      ? `${printed(check.cell)}${check.unit}`
      : printed(check.cell);
  context.report({
    message: `${shownText} change, but ${op} is ${computed}`,
    detail:
      `${formula(check)} with ${n} and ${o} widened by their rounding; the printed ${printed(check.cell)} stands for ±${half}${check.unit.trim()}.` +
      `${also} Compared columns: current ${label(current)}, comparator ${label(comparator)} (column meaning from the ${change.meaning?.source === 'xbrl' ? 'inline XBRL' : 'headers'}).`,
    span: check.cell.span,
    expected: formatInterval(check.accepts[0], d, check.unit),
    actual: printed(check.cell),
    related: [
      { span: check.current.span, message: `current: ${n}` },
      { span: check.comparator.span, message: `comparator: ${o}` },
    ],
    fix:
      candidates.length === 1 && check.accepts.length === 1 && check.cell.value.kind !== 'text'
        ? digitFix(check.cell, candidates[0])
        : undefined,
    tableId: table.id,
  });
}
