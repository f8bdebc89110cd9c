import type { RawFootnote, RawTable, Span } from '../model';

/**
 * What the prose around a table says about it: the scale ("in thousands", "(In millions, except per
 * share)", "(000's omitted)"), a "less than 1%" legend for `*`, and a stated count of shares outstanding.
 */

const SCALE = /\bin\s+(thousands|millions|billions)\b|\(\s*\$?\s*000'?s?\s*(?:omitted)?\s*\)|\$\s?000s?\b/i;

export function scaleOf(texts: (string | undefined)[]): number {
  for (const t of texts) {
    if (!t) continue;
    const m = SCALE.exec(t);
    if (!m) continue;
    const word = (m[1] ?? 'thousands').toLowerCase();
    return word === 'thousands' ? 1e3 : word === 'millions' ? 1e6 : 1e9;
  }
  return 1;
}

const LESS_THAN_ONE = /less\s+than\s+(?:1(?:\.0)?\s*%|one\s+percent|1\s+percent|one\s+per\s+cent|1\s+per\s+cent)/i;

/** A `*` legend: "* Represents less than 1%", "* Less than one percent", or a `*` footnote saying so. */
export function hasLessThanOneLegend(after: string | undefined, footnotes: RawFootnote[]): boolean {
  for (const f of footnotes) if (f.key === '*' && LESS_THAN_ONE.test(f.text)) return true;
  if (!after) return false;
  const re = new RegExp(LESS_THAN_ONE.source, 'gi');
  for (let m = re.exec(after); m; m = re.exec(after)) {
    const lead = after.slice(Math.max(0, m.index - 120), m.index);
    if (lead.includes('*')) return true;
  }
  return false;
}

const BASED_ON =
  /\b(?:based\s+(?:up)?on|there\s+were|calculated\s+(?:using|on)|computed\s+on)\s+(?:a\s+total\s+of\s+|an\s+aggregate\s+of\s+|approximately\s+)?(\d{1,3}(?:,\d{3})+|\d{5,})\s+(?:shares|ordinary\s+shares)\b/gi;

/** "based on 7,150,000 shares ... outstanding" in the text after the table (its notes), else just before it. */
export function statedOutstanding(text: string, table: RawTable, nextStart: number, prevEnd: number): { value: number; span: Span } | undefined {
  const afterEnd = Math.min(nextStart, table.span.end + 8000);
  const after = find(text, table.span.end, afterEnd, false);
  if (after) return after;
  return find(text, Math.max(prevEnd, table.span.start - 3000), table.span.start, true);
}

function find(text: string, from: number, to: number, lastOne: boolean): { value: number; span: Span } | undefined {
  if (to <= from) return undefined;
  // Only the neighbourhood of each "outstanding" is searched, so a long region costs one indexOf scan.
  let found: { value: number; span: Span } | undefined;
  let searchedTo = from;
  const region = text.slice(from, to);
  for (let r = region.indexOf('utstanding'); r >= 0; r = region.indexOf('utstanding', r + 10)) {
    const o = from + r;
    const wFrom = Math.max(searchedTo, o - 400, from);
    const wTo = Math.min(to, o + 10);
    if (wTo <= wFrom) continue;
    searchedTo = wTo;
    const window = text.slice(wFrom, wTo);
    const re = new RegExp(BASED_ON.source, 'gi');
    for (let m = re.exec(window); m; m = re.exec(window)) {
      const at = m.index + m[0].indexOf(m[1]);
      found = { value: Number(m[1].replace(/,/g, '')), span: { start: wFrom + at, end: wFrom + at + m[1].length } };
      if (!lastOne) return found;
    }
  }
  return found;
}
