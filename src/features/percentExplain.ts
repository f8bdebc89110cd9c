// The arithmetic behind a percent cell, as the ownership rules saw it (no 'vscode' import: unit-tested).
import type { Cell, Table } from '../core/model';
import { formatInterval } from '../core/interval';
import { impliedShare, ownershipGroups } from '../rules/shared/ownership';
import type { OwnershipCell, Outstanding } from '../rules/shared/ownershipTypes';
import { num, printed } from '../rules/shared/cells';

/**
 * Lines of Markdown explaining a percent or `*` cell of an ownership table: n / O with the denominator's
 * source (stated, with its line, or inferred from the rows), the interval n / (O + x) for 0 <= x <= n, and
 * what the printed figure stands for. Undefined when the rules do not treat the cell as a % of class.
 */
export function explainOwnershipCell(
  table: Table,
  cell: Cell,
  tolerance: number,
  lineOf: (offset: number) => number,
): string[] | undefined {
  for (const group of ownershipGroups(table, tolerance)) {
    const c = group.cells.find((x) => x.cell === cell) ?? group.stars.find((x) => x.cell === cell);
    if (!c) continue;
    const o = group.outstanding.get(c.percentColumn);
    if (!o) return [`Not checked: ${group.inconclusive ?? 'no shares-outstanding count could be stated or inferred'}.`];
    return lines(c, o, lineOf);
  }
  return undefined;
}

function lines(c: OwnershipCell, o: Outstanding, lineOf: (offset: number) => number): string[] {
  const d = (c.cell.value.decimals ?? 0) + 1;
  const n = printed(c.shares);
  const nValue = c.shares.value.value ?? 0;
  const single = o.region.hi - o.region.lo < 1;
  const oText = single ? num(o.region.lo) : `${num(o.region.lo)}–${num(o.region.hi)}`;
  const plain = single
    ? `${((nValue / o.region.lo) * 100).toFixed(d)}%`
    : formatInterval({ lo: (nValue / o.region.hi) * 100, hi: (nValue / o.region.lo) * 100 }, d, '%');
  const source =
    o.source === 'stated'
      ? `stated${o.span ? ` on line ${lineOf(o.span.start) + 1}` : ''}`
      : `inferred: the count that explains ${o.basis.length} of ${o.of} rows`;
  const share = impliedShare(c, o.region);
  const admissible = formatInterval({ lo: share.lo * 100, hi: Math.min(100, share.hi * 100) }, d, '%');
  const out = [
    `\`${n} / ${oText} = ${plain}\``,
    `Shares outstanding O = ${oText} (${source}).`,
    `With the holder's own acquirable shares x (0 ≤ x ≤ ${n}): ${n} / (O + x) = ${admissible}.`,
  ];
  if (c.p) {
    const stands = formatInterval({ lo: c.p.lo * 100, hi: c.p.hi * 100 }, d, '%');
    const ok = c.p.lo <= share.hi && share.lo <= c.p.hi;
    out.push(`Printed ${printed(c.cell)} stands for ${stands}: ${ok ? 'consistent' : 'not explained by O'}.`);
  } else {
    out.push(`Printed * (less than 1%): ${share.lo * 100 < 1 ? 'consistent' : 'the holding is at least 1%'}.`);
  }
  return out;
}
