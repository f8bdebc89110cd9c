import type { Flat } from './flatHeading';
import { visibleText } from '../visibleText';

/**
 * Drops table-of-contents lines from the Part/Item headings of one document. An entry is dropped only
 * when it looks like a TOC line (a page number at its end, or the next Part/Item follows within a few
 * words) AND the same Part or Item appears again later, so the outline never loses a section: it just
 * points at the later, real occurrence.
 */
export function dropTableOfContents(entries: Flat[], text: string): Flat[] {
  const keyed = withKeys(entries);
  const drop = new Set<number>();
  // One backward pass (not a forward scan per entry, quadratic on long outlines): the next Part/Item
  // below each entry, and whether its Part/Item recurs later.
  const next: (Flat | undefined)[] = new Array(keyed.length);
  const recurs: boolean[] = new Array(keyed.length).fill(false);
  const seen = new Set<string>();
  let below: Flat | undefined;
  for (let i = keyed.length - 1; i >= 0; i--) {
    const { entry, part } = keyed[i];
    next[i] = below;
    if (entry.kind !== 'part' && entry.kind !== 'item') continue;
    const key = `${entry.kind}\u0000${entry.number ?? '\u0001'}`;
    recurs[i] = seen.has(entry.kind === 'part' || part === '' ? key : `${key}\u0000${part}`);
    seen.add(key);
    seen.add(`${key}\u0000${part}`);
    below = entry;
  }
  for (let i = 0; i < keyed.length; i++) {
    const e = keyed[i];
    if (e.entry.kind !== 'part' && e.entry.kind !== 'item') continue;
    if (!looksLikeTocLine(keyed[i].entry, next[i], text)) continue;
    if (recurs[i]) drop.add(i);
  }
  return keyed.filter((_, i) => !drop.has(i)).map((k) => k.entry);
}

interface Keyed {
  entry: Flat;
  part: string;
}

function withKeys(entries: Flat[]): Keyed[] {
  let part = '';
  return entries.map((entry) => {
    if (entry.kind === 'part') part = entry.number ?? '';
    return { entry, part };
  });
}

const PAGE_AT_END = /\s(?:\d{1,3}|[ivx]{1,5})$/;

function looksLikeTocLine(entry: Flat, next: Flat | undefined, text: string): boolean {
  const rest = restOfTitle(entry);
  if (PAGE_AT_END.test(rest)) return true;
  if (!next) return false;
  const from = entry.span.end;
  const to = next.span.start;
  if (to - from > 3000) return false;
  return visibleText(text.slice(from, to), 'keep').length < 120;
}

function restOfTitle(entry: Flat): string {
  // Title without its "PART II" / "ITEM 7A." lead.
  const m = /^(?:PART|ITEM)\s+\S+\s*(.*)$/i.exec(entry.title);
  return m ? ' ' + m[1] : '';
}
