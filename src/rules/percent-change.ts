/**
 * `percent-change`: a change column that does not follow from the two period columns it compares.
 *
 * Why: results tables print `1997  CHANGE  1996` or `2024  2023  % Change`; a percent change is
 * (new - old) / |old| and an amount change (`Increase (Decrease)`) is new - old. Every figure is a rounding
 * interval, carried through the subtraction and division, so only a change no rounding explains is flagged.
 * `NM`, `N/M`, `n/a`, `--` are skipped, `(28%)` and `(1,045)` are negative, and an old value of zero gives no
 * finding. Which period is new comes from the years in the headers; without years, from the orientation
 * that explains most rows (filings print the newest period first).
 */
import { abs, div, formatInterval, halfUnit, meets, printedCandidates, rounding, scale, sub, type Interval } from '../core/interval';
import type { Cell, Column, Table } from '../core/model';
import type { Rule, RuleContext } from './rule';
import { columnPeriod, columnText, columnYear, digitFix, isNumber, isPercent, num, printed } from './shared/cells';

const CHANGE_HEADER = /\bchanges?\b|increase|decrease|\bvs\.?(?:\s|$)|versus|\bover\b|\bchg\b|variance/;

interface Pair {
  change: Column;
  newer: Column;
  older: Column;
  /** Which of the two is newer was read from years (true) or is to be decided by majority (false). */
  byYear: boolean;
}

interface Check {
  cell: Cell;
  newer: Cell;
  older: Cell;
  computed: Interval;
  percent: boolean;
  ok: boolean;
  /** Every reading the rule accepts (relative change; points; a loss's change in size). */
  accepts: Interval[];
}

export const percentChange: Rule = {
  id: 'percent-change',
  description: 'A % change (or amount change) that does not follow from the two periods it compares.',
  defaultSeverity: 'warning',
  run(context) {
    for (const table of context.analysis.tables) {
      const changes = table.columns.filter((c) => isChangeColumn(table, c));
      // No dated column at all: not a period comparison ("Base Salary Increase"), not this rule's table.
      if (changes.length === 0 || !table.columns.some((c) => columnYear(c))) continue;
      let inconclusive: string | undefined;
      for (const change of changes) {
        const pairs = periodsFor(table, change);
        if (pairs.length === 0) {
          inconclusive ??= `no dated period columns found for '${change.path.join(' > ')}'`;
          continue;
        }
        // Of the readings the headers allow, the one that explains the most rows (a header band the reader
        // misaligned must not turn a whole column into findings; one misprint never changes the majority).
        let checks: Check[] = [];
        for (const pair of pairs) {
          const candidates = [evaluate(table, pair, context.tolerance)];
          if (!pair.byYear) candidates.push(evaluate(table, { ...pair, newer: pair.older, older: pair.newer }, context.tolerance));
          for (const c of candidates) if (count(c) > count(checks) || checks.length === 0) checks = c;
        }
        for (const check of checks) {
          context.checked(check.cell, check.accepts, arithmetic(check));
          if (!check.ok) report(context, table, check);
        }
      }
      context.table(table.id, inconclusive ? 'inconclusive' : 'checked', inconclusive);
    }
  },
};

const count = (checks: Check[]) => checks.filter((c) => c.ok).length;

function isChangeColumn(table: Table, column: Column): boolean {
  if (column.role === 'label') return false;
  const text = columnText(column);
  if (column.role !== 'change' && column.role !== 'percent-change' && !CHANGE_HEADER.test(text)) return false;
  // Compensation tables' "Change in Pension Value and Nonqualified Deferred Compensation Earnings" is an amount.
  if (/pension|deferred comp|nonqualified|in control/.test(text)) return false;
  return table.rows.some((r) => isPercent(r.cells[column.index]) || isNumber(r.cells[column.index]));
}

function isPeriodColumn(table: Table, column: Column): boolean {
  if (column.role === 'label' || column.role === 'percent' || column.role === 'change' || column.role === 'percent-change') return false;
  if (CHANGE_HEADER.test(columnText(column))) return false;
  return table.rows.filter((r) => isNumber(r.cells[column.index])).length >= 1;
}

/** The period-column pairs a change column may compare: named years, the two dated columns before it, or the two it sits between. */
function periodsFor(table: Table, change: Column): Pair[] {
  const periods = table.columns.filter((c) => isPeriodColumn(table, c));
  const out: Pair[] = [];
  const years = [...columnText(change).matchAll(/\b(19[5-9]\d|20[0-4]\d)\b/g)].map((m) => Number(m[1]));
  const nearest = (year: number) => periods
    .filter((c) => columnYear(c) === year)
    .sort((a, b) => Math.abs(a.index - change.index) - Math.abs(b.index - change.index))[0];
  if (years.length === 2 && years[0] !== years[1]) {
    const a = nearest(years[0]);
    const b = nearest(years[1]);
    if (a && b) out.push(order(change, a, b));
  }
  const left = periods.filter((c) => c.index < change.index).sort((a, b) => b.index - a.index);
  const right = periods.filter((c) => c.index > change.index).sort((a, b) => a.index - b.index);
  // Periods must name their years: without them "Base Salary | Increase | Target" is no comparison.
  const dated = (a?: Column, b?: Column) => !!a && !!b && !!columnPeriod(a) && !!columnPeriod(b) && columnPeriod(a) !== columnPeriod(b);
  const changeBetween = (a: Column, b: Column) => table.columns.some((c) => c.index > Math.min(a.index, b.index) && c.index < Math.max(a.index, b.index) && isChangeColumn(table, c));
  // 2024 | 2023 | Change: the two before it, when no other change column separates them.
  if (dated(left[0], left[1]) && !changeBetween(left[0], left[1])) out.push(order(change, left[1], left[0]));
  // 1997 CHANGE 1996 CHANGE 1995: the two it sits between, in one header band.
  if (dated(left[0], right[0]) && sameBand(left[0], right[0]) && sameBand(left[0], change)) out.push(order(change, left[0], right[0]));
  return out;
}

function sameBand(a: Column, b: Column): boolean {
  return a.path.slice(0, -1).join('|') === b.path.slice(0, -1).join('|');
}

function order(change: Column, a: Column, b: Column): Pair {
  const ya = columnPeriod(a);
  const yb = columnPeriod(b);
  if (ya && yb && ya !== yb) return ya > yb ? { change, newer: a, older: b, byYear: true } : { change, newer: b, older: a, byYear: true };
  return { change, newer: a.index < b.index ? a : b, older: a.index < b.index ? b : a, byYear: false };
}

function evaluate(table: Table, pair: Pair, tolerance: number): Check[] {
  const out: Check[] = [];
  const percentColumn = /%|percent/.test(columnText(pair.change)) || pair.change.role === 'percent-change';
  for (const row of table.rows) {
    const cell = row.cells[pair.change.index];
    const newer = row.cells[pair.newer.index];
    const older = row.cells[pair.older.index];
    if (!cell || !newer || !older) continue;
    const periodsArePercents = isPercent(newer) && isPercent(older);
    if (!(isNumber(newer) && isNumber(older)) && !periodsArePercents) continue;
    const n = rounding(newer.value.value!, newer.value.decimals ?? 0, 1, tolerance);
    const o = rounding(older.value.value!, older.value.decimals ?? 0, 1, tolerance);
    if (isPercent(cell)) {
      const printedIv = rounding(cell.value.value, cell.value.decimals ?? 0, 1, tolerance);
      const relative = div(sub(n, o), abs(o));
      if (!relative || older.value.value === 0) continue;
      const computed = scale(relative, 100);
      // A change of two percentages may be printed in points; a change of two losses may be printed as the
      // change in the loss's size (Apple: net loss (708) against (740) is "(4%)").
      const bothNegative = newer.value.value! < 0 && older.value.value! < 0;
      const accepts = [computed, ...(periodsArePercents ? [sub(n, o)] : []), ...(bothNegative ? [scale(computed, -1)] : [])];
      out.push({ cell, newer, older, computed, percent: true, ok: accepts.some((a) => meets(a, printedIv)), accepts });
    } else if (isNumber(cell) && !percentColumn && !periodsArePercents) {
      const computed = sub(n, o);
      const printedIv = rounding(cell.value.value, cell.value.decimals ?? 0, 1, tolerance);
      out.push({ cell, newer, older, computed, percent: false, ok: meets(computed, printedIv), accepts: [computed] });
    }
  }
  return out;
}

/** "(7,081 − 9,833) / |9,833| = -27.99%" */
function arithmetic(check: Check): string {
  const d = check.cell.value.decimals ?? 0;
  const n = printed(check.newer);
  const o = printed(check.older);
  const formula = check.percent ? `(${n} − ${o}) / |${o}|` : `${n} − ${o}`;
  return `${formula} = ${formatInterval(check.computed, d + 1, check.percent ? '%' : '')}`;
}

function report(context: RuleContext, table: Table, check: Check): void {
  const d = check.cell.value.decimals ?? 0;
  const unit = check.percent ? '%' : '';
  const n = printed(check.newer);
  const o = printed(check.older);
  const formula = check.percent ? `(${n} − ${o}) / |${o}|` : `${n} − ${o}`;
  const half = num(halfUnit(d, context.tolerance), d + 1);
  const candidates = printedCandidates(check.computed, d, 2);
  context.report({
    message:
      `${printed(check.cell)} does not follow from ${n} and ${o}: ${formula} = ${formatInterval(check.computed, d + 1, unit)} ` +
      `with every figure widened by its rounding; the printed value stands for ±${half}${unit}.`,
    span: check.cell.span,
    expected: formatInterval(check.computed, d, unit),
    actual: printed(check.cell),
    related: [
      { span: check.newer.span, message: `newer period: ${n}` },
      { span: check.older.span, message: `older period: ${o}` },
    ],
    fix: candidates.length === 1 ? digitFix(check.cell, candidates[0]) : undefined,
    tableId: table.id,
  });
}
