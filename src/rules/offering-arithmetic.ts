/**
 * `offering-arithmetic`: shares owned before an offering, less the shares offered, must equal the shares
 * owned after it.
 *
 * Why: selling-stockholder tables print Before / Offered / After share columns; the table's own footnote
 * usually says it "assumes the sale of all shares offered". When all three figures are in a row, after =
 * before - offered within their rounding. A dash (`—`, `--`) after the offering means none. Rows missing a
 * figure are skipped; tables without all three columns are not this rule's business.
 */
import { formatInterval, meets, sub } from '../core/interval';
import type { Cell, Column, Table } from '../core/model';
import type { Rule } from './rule';
import { columnText, digitFix, isNumber, num, numberInterval, printed } from './shared/cells';

const BEFORE = /before|prior to|pre-?offering/;
const AFTER = /after|following|upon completion|post-?offering|subsequent/;
const OFFERED = /offered|to be sold|being sold|being registered|may be sold|for sale|offering/;

export const offeringArithmetic: Rule = {
  id: 'offering-arithmetic',
  description: 'Shares before the offering minus shares offered that do not equal shares after.',
  defaultSeverity: 'warning',
  run(context) {
    for (const table of context.analysis.tables) {
      const cols = shareColumns(table);
      if (!cols) continue;
      const { before, offered, after } = cols;
      for (const row of table.rows) {
        const b = row.cells[before.index];
        const o = row.cells[offered.index];
        const a = row.cells[after.index];
        if (!isNumber(b) || !isNumber(o) || !a) continue;
        const none = a.value.kind === 'not-meaningful' || (a.value.kind === 'text' && /^[—–-]+$/.test(a.text.trim()));
        if (!isNumber(a) && !none) continue;
        const t = context.tolerance;
        const computed = sub(numberInterval(b, table.scale, t), numberInterval(o, table.scale, t));
        const shown = none ? { lo: 0, hi: 0 } : numberInterval(a, table.scale, t);
        const value = b.value.value - o.value.value;
        const d = Math.max(b.value.decimals ?? 0, o.value.decimals ?? 0);
        context.checked(
          a,
          [{ lo: computed.lo / table.scale, hi: computed.hi / table.scale }],
          `${printed(b)} − ${printed(o)} = ${num(value, d)}`,
        );
        if (meets(computed, shown)) continue;
        const within = formatInterval({ lo: computed.lo / table.scale, hi: computed.hi / table.scale }, d + 1);
        context.report({
          message: `${printed(a)} shares after the offering, but ${printed(b)} − ${printed(o)} is ${num(value, d)}`,
          detail:
            `${printed(b)} before the offering less ${printed(o)} offered is ` +
            `${num(value, d)} (${within} with rounding${table.scale !== 1 ? `, in units of ${num(table.scale)}` : ''}); the table prints ${printed(a)} after.`,
          span: a.span,
          expected: num(value, d),
          actual: printed(a),
          related: [
            { span: b.span, message: `before the offering: ${printed(b)}` },
            { span: o.span, message: `offered: ${printed(o)}` },
          ],
          fix: isNumber(a) && value > 0 ? digitFix(a, value) : undefined,
          tableId: table.id,
        });
      }
      context.table(table.id, 'checked');
    }
  },
};

/** Before, offered and after share columns (not percent columns), or undefined unless all three exist. */
function shareColumns(table: Table): { before: Column; offered: Column; after: Column } | undefined {
  const numeric = (c: Column) =>
    c.role !== 'label' &&
    c.role !== 'percent' &&
    !/%|percent/.test(columnText(c)) &&
    table.rows.some((r) => isNumber(r.cells[c.index] as Cell | undefined));
  const cols = table.columns.filter(numeric);
  const before = cols.find((c) => BEFORE.test(columnText(c)));
  const after = cols.find((c) => AFTER.test(columnText(c)) && !BEFORE.test(columnText(c)));
  const offered = cols.find(
    (c) => OFFERED.test(columnText(c)) && !BEFORE.test(columnText(c)) && !AFTER.test(columnText(c)),
  );
  if (!before || !after || !offered) return undefined;
  if (!(before.index < offered.index && offered.index < after.index)) return undefined;
  return { before, offered, after };
}
