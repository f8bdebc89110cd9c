/**
 * `less-than-one-percent`: a `*` ("less than 1%") on a holding that is at least 1%, or a printed percent
 * under 1% in a table whose own legend says such holdings are shown as `*`.
 *
 * Why: ownership tables print `*` for holdings under 1%. With the table's shares outstanding O (stated, or
 * inferred as in `percent-of-class`), the holding's smallest possible share is n/(O_max + n); when that is
 * still >= 1%, the `*` understates it. A printed 0.42% beside a "* less than 1%" legend breaks the table's
 * own convention. No O, no finding. The legend sets the threshold: `* less than 0.1%` means 0.1, not 1.
 */
import { formatInterval } from '../core/interval';
import type { Column } from '../core/model';
import type { Rule } from './rule';
import { isPercent, printed } from './shared/cells';
import { impliedShare, ownershipGroups } from './shared/ownership';
import { denominator, sourceOf } from './shared/outstandingStatement';

export const lessThanOnePercent: Rule = {
  id: 'less-than-one-percent',
  description:
    "A '*' (less than 1%) where the holding is at least 1%, or a printed percent under 1% where the legend says such holdings are shown as '*'.",
  defaultSeverity: 'warning',
  run(context) {
    for (const table of context.analysis.tables) {
      const groups = ownershipGroups(table, context.tolerance);
      const limit = table.lessThanThreshold ?? 1;
      const limitText = `${limit}%`;
      let applies = false;
      let inconclusive: string | undefined;
      // A column whose rows are per class is in each class's group: its legend check runs once.
      const legendDone = new Set<Column>();
      for (const group of groups) {
        for (const star of group.stars) {
          applies = true;
          const o = group.outstanding.get(star.percentColumn);
          if (!o) {
            inconclusive ??= group.inconclusive ?? 'no shares-outstanding count to check * against';
            continue;
          }
          const share = impliedShare(star, o.region);
          const shares = printed(star.shares);
          context.checked(
            star.cell,
            [{ lo: 0, hi: limit }],
            `'*' is under ${limitText}: ${denominator(star)}, O ${formatInterval(o.region, 0)} (${sourceOf(o)}): ${formatInterval({ lo: share.lo * 100, hi: Math.min(100, share.hi * 100) }, 2, '%')}`,
          );
          if (share.lo * 100 < limit) continue;
          context.report({
            message: `'*' (less than ${limitText}), but ${shares} shares are at least ${(share.lo * 100).toFixed(limit < 1 ? 3 : 2)}% of the outstanding count`,
            detail:
              `With ${formatInterval(o.region, 0)} shares outstanding (${sourceOf(o)}), the holding is at least ` +
              `${(share.lo * 100).toFixed(limit < 1 ? 3 : 2)}% (${star.xZero ? `${shares} / O` : `${shares} / (O + ${shares})`}); '*' means less than ${limitText}.`,
            span: star.cell.span,
            expected: `${formatInterval({ lo: share.lo * 100, hi: Math.min(100, share.hi * 100) }, 2, '%')}`,
            actual: printed(star.cell),
            related: [{ span: star.shares.span, message: `shares beneficially owned: ${shares}` }],
            tableId: table.id,
          });
        }
        if (!table.lessThanOneLegend) continue;
        for (const { percent } of group.columns) {
          if (legendDone.has(percent)) continue;
          legendDone.add(percent);
          for (const row of table.rows) {
            const cell = row.cells[percent.index];
            if (!isPercent(cell)) continue;
            applies = true;
            const v = cell.value.value;
            if (!(v > 0 && v < limit)) continue;
            const fix =
              cell.span.end - cell.span.start === cell.text.length
                ? { span: cell.span, text: '*', title: `Replace with '*' (less than ${limitText})` }
                : undefined;
            context.report({
              message: `${printed(cell)} printed, but the legend shows holdings under ${limitText} as '*'`,
              detail: `${printed(cell)} is under ${limitText}, and this table's legend says holdings under ${limitText} are shown as '*'.`,
              span: cell.span,
              expected: '*',
              actual: printed(cell),
              related: [],
              fix,
              tableId: table.id,
            });
          }
        }
      }
      if (!applies) continue;
      context.table(table.id, inconclusive ? 'inconclusive' : 'checked', inconclusive);
    }
  },
};
