/**
 * `percent-of-class`: a printed "% of Class" that no admissible shares-outstanding count explains.
 *
 * Why: Rule 13d-3(d)(1)(i) makes holder i's percent n_i / (O + x_i), where x_i (0 <= x_i <= n_i) are the
 * holder's own shares acquirable within 60 days. So p_i is consistent iff its rounding interval meets
 * [n_i/(O+n_i), n_i/O]. O is the count the text states ("based on 7,150,000 shares outstanding"), else the O
 * that explains the most rows; before- and after-offering columns share it. Only rows that no such O explains
 * are flagged, so a consistent table stays silent and a lone misprint stands out.
 */
import { formatInterval, halfUnit, printedCandidates } from '../core/interval';
import type { Rule } from './rule';
import { digitFix, num, pct, printed } from './shared/cells';
import { impliedShare, explains, ownershipGroups } from './shared/ownership';
import type { OwnershipCell, Outstanding } from './shared/ownershipTypes';
import { denominator, describeStated, sourceOf } from './shared/outstandingStatement';
import { notClassColumns } from './shared/ownershipColumns';
import type { Related } from './types';

export const percentOfClass: Rule = {
  id: 'percent-of-class',
  description:
    'A % of class that no admissible count of shares outstanding explains (Rule 13d-3(d)(1)(i) denominators).',
  defaultSeverity: 'warning',
  run(context) {
    for (const table of context.analysis.tables) {
      const groups = ownershipGroups(table, context.tolerance);
      const skipped = notClassColumns(table);
      if (groups.length === 0 && skipped.length === 0) continue;
      let inconclusive: string | undefined = skipped[0];
      for (const group of groups) {
        if (group.inconclusive) inconclusive ??= group.inconclusive;
        for (const c of group.cells) {
          const o = group.outstanding.get(c.percentColumn);
          if (!o) continue;
          const share = impliedShare(c, o.region);
          const accepts = { lo: share.lo * 100, hi: Math.min(100, share.hi * 100) };
          context.checked(
            c.cell,
            [accepts],
            `${denominator(c)}, O ${formatInterval(o.region, 0)} (${sourceOf(o)}): ${formatInterval(accepts, (c.cell.value.decimals ?? 0) + 1, '%')}`,
          );
          if (explains(o.region, c)) continue;
          report(context, c, o, table.id);
        }
      }
      if (inconclusive) context.table(table.id, 'inconclusive', inconclusive);
      else context.table(table.id, 'checked', outstandingNote(groups));
    }
  },
};

/** Which O each group used, for the table's checked info ("O 192,172,839 stated in the table's notes, as of 1998-03-02"). */
function outstandingNote(groups: ReturnType<typeof ownershipGroups>): string | undefined {
  const seen = new Set<string>();
  for (const g of groups) {
    for (const o of g.outstanding.values()) seen.add(`O ${formatInterval(o.region, 0)} ${sourceOf(o)}`);
  }
  return seen.size > 0 ? [...seen].join('; ') : undefined;
}

function report(context: Parameters<Rule['run']>[0], c: OwnershipCell, o: Outstanding, tableId: string): void {
  const d = c.cell.value.decimals ?? 0;
  const share = impliedShare(c, o.region);
  const expected = { lo: share.lo * 100, hi: Math.min(100, share.hi * 100) };
  const shown = printed(c.cell);
  const shares = printed(c.shares);
  const half = halfUnit(d, context.tolerance);
  const oText = formatInterval(o.region, 0);
  const source =
    o.source === 'stated'
      ? `the stated ${oText} shares outstanding (${describeStated(o)})`
      : `${oText} shares outstanding (inferred: the count that explains ${o.basis.length} of ${o.of} rows)`;
  // The headline a reader takes in at a glance; the arithmetic follows in the detail.
  const message = `${shown} of class, but ${shares} shares are ${formatInterval(expected, d + 1, '%')} of the outstanding count`;
  const detail =
    `With ${source}, ` +
    `${c.xZero ? `${shares} / O (x = 0: the notes leave acquirable shares out)` : `${shares} / (O + x) for 0 ≤ x ≤ ${shares}`} is ${formatInterval(expected, d + 1, '%')}; ` +
    `${shown} stands for ${pct(c.p!.lo * 100, d + 1)}–${pct(c.p!.hi * 100, d + 1)} (±${num(half, d + 1)} points of rounding).`;
  const related: Related[] = [{ span: c.shares.span, message: `shares beneficially owned: ${shares}` }];
  if (o.span) related.push({ span: o.span, message: `shares outstanding ${describeStated(o)}: ${oText}` });
  for (const b of o.basis.slice(0, 3)) {
    related.push({
      span: b.cell.span,
      message: `${printed(b.cell)} on ${printed(b.shares)} shares agrees with O = ${oText}`,
    });
  }
  const candidates = printedCandidates(expected, d, 2);
  const fix = candidates.length === 1 ? digitFix(c.cell, candidates[0]) : undefined;
  context.report({
    message,
    detail,
    span: c.cell.span,
    expected: formatInterval(expected, d, '%'),
    actual: shown,
    related,
    fix,
    tableId,
  });
}
