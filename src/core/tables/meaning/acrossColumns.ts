import type { Draft } from './compares';

/**
 * Kinds read from a column's neighbours once every column has its own: what the header words of one column alone
 * cannot say. Each returns the reason to print for the columns it changed.
 */

/**
 * A change column of NM marks only ("1997 | CHANGE | 1996 | CHANGE | 1995", $88 vs $(10) printed NM) under the same
 * header as a percent change of the table: a percent change too, its figures not meaningful.
 */
export function notMeaningfulChanges(drafts: Draft[]): void {
  // the headers of the table's percent changes, collected once (a table may have thousands of columns)
  const changeHeaders = new Set(drafts.filter((e) => e.kind === 'percent-change').map((e) => e.path.join('|')));
  for (const d of drafts) {
    if (!d.change || d.kind !== 'amount' || (d.figureRows?.length ?? 0) > 0 || d.path.length === 0) continue;
    if (changeHeaders.has(d.path.join('|'))) d.kind = 'percent-change';
  }
}

const PERCENT_OF = /^\s*(?:%|percent(?:age)?)\s+of\s+(.+?)\s*$/i;

/**
 * "Income Before Tax | Segment Sales | Percent of Segment Sales", each over the same dates: the percent divides
 * another column of its row by the "Segment Sales" column (a margin), so it is a rate, not a share of a total row.
 * Only when the band it names heads amount columns of the same dates and another band of amounts stands beside them.
 */
export function ratiosOfColumns(drafts: Draft[], whys: (string | undefined)[]): void {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  // the amount columns by the bands under their first (the dates), grouped once
  let byRest: Map<string, Draft[]> | undefined;
  for (const d of drafts) {
    if (d.kind !== 'share' || d.path.length < 2) continue;
    const m = PERCENT_OF.exec(d.path[0]);
    if (!m) continue;
    const named = norm(m[1]);
    byRest ??= amountsByRest(drafts);
    const amounts = byRest.get(d.path.slice(1).join('|')) ?? [];
    const base = amounts.filter((e) => norm(e.path[0]) === named);
    const others = amounts.filter((e) => norm(e.path[0]) !== named);
    if (base.length !== 1 || others.length === 0) continue;
    d.kind = 'rate';
    whys[d.index] = `a ratio to the "${base[0].path[0]}" column of each row (a margin), not a share of a total row`;
  }
}

function amountsByRest(drafts: Draft[]): Map<string, Draft[]> {
  const out = new Map<string, Draft[]>();
  for (const e of drafts) {
    if (e.kind !== 'amount' || e.change) continue;
    const rest = e.path.slice(1).join('|');
    const list = out.get(rest);
    if (list) list.push(e);
    else out.set(rest, [e]);
  }
  return out;
}
