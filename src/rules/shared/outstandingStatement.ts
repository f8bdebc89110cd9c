/**
 * Which stated count of shares outstanding an ownership group divides by: the nearest scope first (the
 * table's notes, then its section's prose, then the rest of the document, the cover page first), a
 * statement of the group's own class. A count from the notes is the filer's own basis and is taken as the
 * old rule took it; a count from farther away may be for another date, so it is taken only when it
 * explains at least half of the group's printed percents (or, with only `*` cells, when it is of the same
 * class): otherwise the count is inferred from the rows as before. Shared by `percent-of-class` and
 * `less-than-one-percent` through ownership.ts.
 */
import type { OutstandingCandidate, Span, Table } from '../../core/model';
import { printed } from './cells';
import type { OwnershipCell, Outstanding } from './ownershipTypes';

export interface StatedChoice {
  value: number;
  span: Span;
  scope: OutstandingCandidate['scope'];
  date?: string;
  text?: string;
}

const SCOPES: OutstandingCandidate['scope'][] = ['notes', 'section', 'document'];

function sameClass(statement: string, group: string): boolean {
  if (statement === group) return true;
  const plain = (k: string) => k === 'common' || k === 'ordinary';
  return plain(statement) && plain(group);
}

/**
 * The stated count for a group of class `classKey` whose rows `explains(value)` counts (how many printed
 * percents that O explains), out of `cells` percents; undefined when no scope offers an acceptable one.
 * `onlyGroup`: the table has one group, so its own notes' count needs no class to match (as before).
 */
export function chooseStated(
  table: Table,
  classKey: string,
  cells: number,
  explains: (value: number) => number,
  onlyGroup: boolean,
): StatedChoice | undefined {
  const all = table.outstandingCandidates ?? [];
  for (const scope of SCOPES) {
    const list = all.filter(
      (c) => c.scope === scope && c.value > 0 && (sameClass(c.className, classKey) || (onlyGroup && scope === 'notes')),
    );
    if (scope === 'notes') {
      // The count the notes say the percentages are based on comes first (the caller weighs it against the rows).
      const own = list.find((c) => c.basedOn);
      if (own) return choice(own);
      const values = new Set(list.map((c) => c.value));
      if (values.size === 1) return choice(list[0]);
      const best = bestOf(list, explains);
      if (best && best.count > 0) return choice(best.c);
      continue;
    }
    if (list.length === 0) continue;
    if (cells === 0) return choice(list[0]);
    const best = bestOf(list, explains);
    if (best && best.count > 0 && best.count * 2 >= cells) return choice(best.c);
  }
  return undefined;
}

function bestOf(
  list: OutstandingCandidate[],
  explains: (value: number) => number,
): { c: OutstandingCandidate; count: number } | undefined {
  let best: { c: OutstandingCandidate; count: number } | undefined;
  for (const c of list) {
    const count = explains(c.value);
    if (!best || count > best.count) best = { c, count };
  }
  return best;
}

function choice(c: OutstandingCandidate): StatedChoice {
  return {
    value: c.value,
    span: c.span,
    scope: c.scope,
    ...(c.date ? { date: c.date } : {}),
    ...(c.text ? { text: c.text } : {}),
  };
}

/** "stated in the table's notes, as of 1998-03-02": where a count came from, for messages and hovers. */
export function describeStated(s: { scope?: StatedChoice['scope']; date?: string }): string {
  const where =
    s.scope === 'section'
      ? "in the table's section"
      : s.scope === 'document'
        ? 'elsewhere in the document'
        : "in the table's notes";
  return `stated ${where}${s.date ? `, as of ${s.date}` : ''}`;
}

/** "n / (O + x), 0 ≤ x ≤ n", or "n / O" when the notes leave acquirable shares out. */
export function denominator(c: OwnershipCell): string {
  const n = printed(c.shares);
  return c.xZero ? `${n} / O (the notes leave acquirable shares out: x = 0)` : `${n} / (O + x), 0 ≤ x ≤ ${n}`;
}

/** Where O came from: "stated in the table's notes, as of 1998-03-02" or "inferred from 4 of 5 rows". */
export function sourceOf(o: Outstanding): string {
  return o.source === 'stated' ? describeStated(o) : `inferred from ${o.basis.length} of ${o.of} rows`;
}
