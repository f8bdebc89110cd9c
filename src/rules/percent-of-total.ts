/**
 * `percent-of-total`: a share of a base that does not follow from its amounts, or shares that do not sum to
 * their printed total.
 *
 * Why: results tables print `Percentage of net sales` rows under a line item and `% of total` columns beside
 * amounts. Each share is item / base with both rounding intervals carried through the division; a share
 * column whose total row prints (say) 100% must sum to it within n * 0.5 * 10^-d (plus the total's own
 * rounding). Without the base row or amount column there is no finding (the table counts as inconclusive).
 */
import { abs, add, div, formatInterval, meets, printedCandidates, rounding, scale, sum, type Interval } from '../core/interval';
import type { Cell, Column, Row, Table } from '../core/model';
import type { Rule, RuleContext } from './rule';
import { columnText, digitFix, isNumber, isPercent, num, printed } from './cells';

const SHARE_ROW = /^(?:as an? )?(?:percentage|percent|%)\s+(?:of|to)\s+(?:total\s+)?(.+?)[\s.:]*$/i;
const SHARE_COLUMN = /(?:%|percent(?:age)?)\s*(?:of|to)\s+(?:total\s*)?(.*)$/;

export const percentOfTotal: Rule = {
  id: 'percent-of-total',
  description: 'A share of a total (Percentage of net sales, % of total) that does not follow from its base, or shares that do not sum to their printed total.',
  defaultSeverity: 'warning',
  run(context) {
    for (const table of context.analysis.tables) {
      const reasons: string[] = [];
      let applies = false;
      for (const row of table.rows) {
        const m = SHARE_ROW.exec(cleanLabel(row.label));
        if (!m) continue;
        applies = true;
        const why = checkShareRow(context, table, row, m[1]);
        if (why) reasons.push(why);
      }
      for (const column of table.columns) {
        const m = SHARE_COLUMN.exec(columnText(column));
        if (!m || /class|owned|vot|change/.test(columnText(column))) continue;
        if (!table.rows.some((r) => isPercent(r.cells[column.index]))) continue;
        applies = true;
        const why = checkShareColumn(context, table, column, m[1].trim());
        if (why) reasons.push(why);
      }
      if (applies) context.table(table.id, reasons.length ? 'inconclusive' : 'checked', reasons[0]);
    }
  },
};

function cleanLabel(label: string): string {
  return label.replace(/\.{2,}/g, ' ').replace(/[:\s]+$/, '').replace(/\s+/g, ' ').trim();
}

/** Row labels naming the base: "net sales" finds "Net sales", "Total net sales", "Net sales, total". */
function findBaseRow(table: Table, base: string, before: number): Row | undefined {
  const want = cleanLabel(base).toLowerCase().replace(/^total\s+/, '');
  if (!want) return undefined;
  const candidates = table.rows.filter((r) => {
    const label = cleanLabel(r.label).toLowerCase().replace(/\(\d+\)|\*/g, '').trim();
    return label === want || label === `total ${want}` || label === `${want}, total` || label === `${want}, net`;
  });
  // The nearest above the share row, else the first.
  return candidates.filter((r) => r.index < before).pop() ?? candidates[0];
}

/** "Percentage of net sales" under a line item: item / base in each column. */
function checkShareRow(context: RuleContext, table: Table, row: Row, baseName: string): string | undefined {
  const base = findBaseRow(table, baseName, row.index);
  if (!base) return `no '${baseName}' row for '${cleanLabel(row.label)}'`;
  const item = [...table.rows].reverse().find((r) => r.index < row.index && !SHARE_ROW.test(cleanLabel(r.label)) && r.cells.some((c) => isNumber(c)));
  if (!item) return `no line item above '${cleanLabel(row.label)}'`;
  for (const column of table.columns) {
    const cell = row.cells[column.index];
    if (!isPercent(cell)) continue;
    checkShare(context, table, cell, item.cells[column.index], base.cells[column.index], baseName);
  }
  return undefined;
}

/** A `% of total` column: each row's amount / the total row's amount, and the shares sum to the printed total. */
function checkShareColumn(context: RuleContext, table: Table, column: Column, baseName: string): string | undefined {
  const amount = [...table.columns].reverse().find((c) => c.index < column.index && c.role !== 'label' && !/%|percent/.test(columnText(c)) && table.rows.some((r) => isNumber(r.cells[c.index])));
  if (!amount) return `no amount column for '${column.path.join(' > ')}'`;
  const stated = /\(([\d,]{5,})\s+shares\)/.exec(column.path.join(' '));
  if (stated) return checkAgainstStated(context, table, column, amount, Number(stated[1].replace(/,/g, '')));
  const totalLike = /^(?:total|all|revenues?|net (?:sales|revenues?)|sales)?$/.test(baseName);
  const named = baseName ? findBaseRow(table, baseName, table.rows.length) : undefined;
  const totalRow = named ?? (totalLike ? table.rows.filter((r) => r.kind === 'total' || /^total\b/i.test(cleanLabel(r.label))).pop() : undefined);
  if (!totalRow) return `no '${baseName || 'total'}' row for '${column.path.join(' > ')}'`;
  const baseCell = totalRow.cells[amount.index];
  const parts: Cell[] = [];
  for (const row of table.rows) {
    if (row === totalRow || row.kind === 'section') continue;
    const cell = row.cells[column.index];
    if (!isPercent(cell)) continue;
    if (row.kind === 'data' && row.index < totalRow.index) parts.push(cell);
    checkShare(context, table, cell, row.cells[amount.index], baseCell, cleanLabel(totalRow.label));
  }
  const totalCell = totalRow.cells[column.index];
  const subtotals = table.rows.some((r) => r.kind === 'subtotal' && r.index < totalRow.index);
  if (isPercent(totalCell) && !named && !subtotals && parts.length >= 2) checkSum(context, table, parts, totalCell);
  return undefined;
}

/** "As a percentage of common stock outstanding (55,429,217 shares)": the header states the base. */
function checkAgainstStated(context: RuleContext, table: Table, column: Column, amount: Column, base: number): undefined {
  const baseCell: Cell = {
    text: base.toLocaleString('en-US'),
    span: column.headerSpans[0] ?? table.span,
    value: { kind: 'number', value: base, decimals: 0 },
    markers: [],
  };
  for (const row of table.rows) {
    const cell = row.cells[column.index];
    if (isPercent(cell)) checkShare(context, table, cell, row.cells[amount.index], baseCell, 'shares outstanding stated in the header');
  }
  return undefined;
}

function checkShare(context: RuleContext, table: Table, cell: Cell, item: Cell | undefined, base: Cell | undefined, baseName: string): void {
  if (!isNumber(item) || !isNumber(base) || base.value.value === 0) return;
  const t = context.tolerance;
  const ratio = div(rounding(item.value.value, item.value.decimals ?? 0, 1, t), abs(rounding(base.value.value, base.value.decimals ?? 0, 1, t)));
  if (!ratio) return;
  const computed = scale(ratio, 100);
  const shown = rounding(cell.value.value ?? 0, cell.value.decimals ?? 0, 1, t);
  context.checked(cell, computed, abs(computed));
  // An expense printed in parentheses may have its share printed unsigned.
  if (meets(computed, shown) || meets(abs(computed), shown)) return;
  const d = cell.value.decimals ?? 0;
  const candidates = printedCandidates(item.value.value < 0 && (cell.value.value ?? 0) >= 0 ? abs(computed) : computed, d, 2);
  context.report({
    message:
      `${printed(cell)} does not follow from ${printed(item)} of ${printed(base)} (${baseName}): ` +
      `${printed(item)} / ${printed(base)} = ${formatInterval(computed, d + 1, '%')} with both amounts widened by their rounding; ` +
      `the printed value stands for ±${num(0.5 * Math.pow(10, -d) * t, d + 1)}%.`,
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

function checkSum(context: RuleContext, table: Table, parts: Cell[], total: Cell): void {
  const t = context.tolerance;
  const total_: Interval = rounding(total.value.value!, total.value.decimals ?? 0, 1, t);
  const s = sum(parts.map((p) => rounding(p.value.value!, p.value.decimals ?? 0, 1, t)));
  context.checked(total, s);
  if (meets(s, total_)) return;
  const d = Math.max(...parts.map((p) => p.value.decimals ?? 0));
  context.report({
    message:
      `The ${parts.length} shares above sum to ${formatInterval(add(s, { lo: 0, hi: 0 }), d, '%')} ` +
      `(each widened by its rounding, ±${num(0.5 * Math.pow(10, -d) * t * parts.length, d + 1)} in all), not the printed total ${printed(total)}.`,
    span: total.span,
    expected: formatInterval(s, d, '%'),
    actual: printed(total),
    related: parts.slice(0, 20).map((p) => ({ span: p.span, message: `share: ${printed(p)}` })),
    tableId: table.id,
  });
}
