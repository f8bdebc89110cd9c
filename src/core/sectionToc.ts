import type { Flat } from './sections';

/**
 * Drops table-of-contents lines from the Part/Item headings of one document. An entry is dropped only
 * when it looks like a TOC line (a page number at its end, or the next Part/Item follows within a few
 * words) AND the same Part or Item appears again later, so the outline never loses a section: it just
 * points at the later, real occurrence.
 */
export function dropTableOfContents(entries: Flat[], text: string): Flat[] {
  const keyed = withKeys(entries);
  const drop = new Set<number>();
  for (let i = 0; i < keyed.length; i++) {
    const e = keyed[i];
    if (e.entry.kind !== 'part' && e.entry.kind !== 'item') continue;
    if (!looksLikeTocLine(keyed, i, text)) continue;
    if (recursLater(keyed, i)) drop.add(i);
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

function recursLater(keyed: Keyed[], i: number): boolean {
  const { entry, part } = keyed[i];
  for (let j = i + 1; j < keyed.length; j++) {
    const other = keyed[j];
    if (other.entry.kind !== entry.kind || other.entry.number !== entry.number) continue;
    if (entry.kind === 'part' || part === '' || other.part === part) return true;
  }
  return false;
}

const PAGE_AT_END = /\s(?:\d{1,3}|[ivx]{1,5})$/;

function looksLikeTocLine(keyed: Keyed[], i: number, text: string): boolean {
  const { entry } = keyed[i];
  const rest = restOfTitle(entry);
  if (PAGE_AT_END.test(rest)) return true;
  const next = nextStructural(keyed, i);
  if (!next) return false;
  const from = entry.span.end;
  const to = next.span.start;
  if (to - from > 3000) return false;
  return visibleChars(text.slice(from, to)) < 120;
}

function restOfTitle(entry: Flat): string {
  // Title without its "PART II" / "ITEM 7A." lead.
  const m = /^(?:PART|ITEM)\s+\S+\s*(.*)$/i.exec(entry.title);
  return m ? ' ' + m[1] : '';
}

function nextStructural(keyed: Keyed[], i: number): Flat | undefined {
  for (let j = i + 1; j < keyed.length; j++) {
    const k = keyed[j].entry.kind;
    if (k === 'part' || k === 'item') return keyed[j].entry;
  }
  return undefined;
}

/** Characters a reader sees: markup, entities and whitespace left out. */
function visibleChars(s: string): number {
  return s.replace(/<[^>]*>/g, '').replace(/&[#\w]{1,10};/g, ' ').replace(/\s+/g, '').length;
}
