import type { OutstandingCandidate, RawFootnote, RawTable, Span, Table } from '../model';

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

// "less than 1%", "less than one percent", "less than 0.1%", "less than .5 of 1%", "less than one-tenth of one percent".
const LESS_THAN =
  /less\s+than\s+(?:(\d{0,2}\.?\d{1,3})\s*(?:%|percent\b|per\s+cent\b)|(\d{0,2}\.\d{1,3})\s+of\s+(?:1|one)\s*(?:%|percent\b|per\s+cent\b)|(one|one-half\s+of\s+one|one-tenth\s+of\s+one)\s+(?:percent\b|per\s+cent\b))/i;
const WORDS: Record<string, number> = { one: 1, 'one-half of one': 0.5, 'one-tenth of one': 0.1 };

function thresholdOf(m: RegExpExecArray): number | undefined {
  const v = m[1] ?? m[2];
  if (v !== undefined) {
    const n = Number(v);
    return n > 0 && n <= 5 ? n : undefined;
  }
  return WORDS[m[3].toLowerCase().replace(/\s+/g, ' ')];
}

/**
 * A `*` legend and its threshold in percent units: "* Represents less than 1%" is 1, "* less than 0.1%" is
 * 0.1, from the text after the table or a `*` footnote saying so; undefined when there is none.
 */
export function lessThanLegend(after: string | undefined, footnotes: RawFootnote[]): number | undefined {
  for (const f of footnotes) {
    if (f.key !== '*') continue;
    const m = LESS_THAN.exec(f.text);
    const t = m ? thresholdOf(m) : undefined;
    if (t !== undefined) return t;
  }
  if (!after) return undefined;
  const re = new RegExp(LESS_THAN.source, 'gi');
  for (let m = re.exec(after); m; m = re.exec(after)) {
    const lead = after.slice(Math.max(0, m.index - 120), m.index);
    const t = thresholdOf(m);
    if (lead.includes('*') && t !== undefined) return t;
  }
  return undefined;
}

/** A `*` legend of any threshold ("* Represents less than 1%", "* less than 0.1%"). */
export function hasLessThanOneLegend(after: string | undefined, footnotes: RawFootnote[]): boolean {
  return lessThanLegend(after, footnotes) !== undefined;
}

const BASED_ON =
  /\b(?:based\s+(?:up)?on|there\s+were|calculated\s+(?:using|on)|computed\s+on)\s+(?:a\s+total\s+of\s+|an\s+aggregate\s+of\s+|approximately\s+)?(\d{1,3}(?:,\d{3})+|\d{5,})\s+(?:shares|ordinary\s+shares)\b/gi;

/** The count the table's notes say its percentages are based on (the `basedOn` candidate), if any. */
export function basedOnCount(table: Table): OutstandingCandidate | undefined {
  return table.outstandingCandidates?.find((c) => c.basedOn);
}

/** A count the table's notes state its percentages on, as the candidate that marks it (class not yet read). */
export function basedOnCandidate(stated: { value: number; span: Span }): OutstandingCandidate {
  return { value: stated.value, span: stated.span, className: 'common', text: '', scope: 'notes', basedOn: true };
}

/** "based on 7,150,000 shares ... outstanding" in the text after the table (its notes), else just before it. */
export function statedOutstanding(
  text: string,
  table: RawTable,
  nextStart: number,
  prevEnd: number,
): { value: number; span: Span } | undefined {
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
