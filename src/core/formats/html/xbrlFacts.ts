import type { CellFact, FactPeriod } from '../../model';
import type { HElement } from './tree/nodes';

/**
 * Inline XBRL as the HTML reader meets it: the `xbrli:context` elements of `ix:header` (id -> period, and
 * whether the context names dimension members) and the `ix:nonFraction` facts inside table cells. The tree
 * builder keeps only the attributes layout needs, so a fact's attributes are read from its start tag in the
 * source, once per fact: no cost to the parse of every other tag.
 */

export interface XbrlContext {
  period?: FactPeriod;
  dimensional: boolean;
}

/** A fact as read from its tag; its period comes from the contexts once the whole document is read. */
export type TaggedFact = Omit<CellFact, 'period' | 'dimensional'>;

const ATTR = /[\s/]*([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/y;
const MAX_ATTRS = 40;

/** The attributes of the start tag at `at` (names lower-cased), read from the source. */
export function startTagAttributes(src: string, at: number): Map<string, string> {
  const out = new Map<string, string>();
  if (src.charCodeAt(at) !== 0x3c /* < */) return out;
  let i = at + 1;
  while (i < src.length && !/[\s/>]/.test(src[i])) i++; // the tag name
  for (let n = 0; n < MAX_ATTRS; n++) {
    ATTR.lastIndex = i;
    const m = ATTR.exec(src);
    if (!m || m[0].length === 0) break;
    out.set(m[1].toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
    i = ATTR.lastIndex;
    if (src[i] === '>') break;
  }
  return out;
}

/** The local name of a tag (`xbrli:context` -> `context`). */
function localName(tag: string): string {
  const k = tag.indexOf(':');
  return k < 0 ? tag : tag.slice(k + 1);
}

/** An `ix:nonFraction` element's fact: name, context, decimals, scale, sign, format. */
export function readFact(el: HElement, src: string): TaggedFact | undefined {
  const a = startTagAttributes(src, el.start);
  const name = a.get('name');
  const contextRef = a.get('contextref');
  if (!name || !contextRef) return undefined;
  const fact: TaggedFact = { name, contextRef, scale: 0 };
  const dec = a.get('decimals')?.trim();
  if (dec) {
    if (dec.toUpperCase() === 'INF') fact.decimals = 'INF';
    else if (/^-?\d{1,2}$/.test(dec)) fact.decimals = Number(dec);
  }
  const scale = a.get('scale')?.trim();
  if (scale && /^-?\d{1,2}$/.test(scale)) fact.scale = Number(scale);
  if (a.get('sign')?.trim() === '-') fact.negative = true;
  const format = a.get('format');
  if (format) fact.format = format;
  return fact;
}

/** Whether the element is an XBRL context (`xbrli:context`, or `context` with a default namespace). */
export function isContext(tag: string): boolean {
  return tag === 'xbrli:context' || (tag.endsWith(':context') && !tag.startsWith('ix')) || tag === 'context';
}

/** A context's id and what it says: its period, and whether a segment or scenario holds dimension members. */
export function readContext(el: HElement, src: string): [string, XbrlContext] | undefined {
  const id = startTagAttributes(src, el.start).get('id');
  if (!id) return undefined;
  let start: string | undefined;
  let end: string | undefined;
  let instant: string | undefined;
  let dimensional = false;
  const stack: HElement[] = [el];
  while (stack.length) {
    const e = stack.pop()!;
    const local = localName(e.tagName);
    if (local === 'startdate') start = textOf(e);
    else if (local === 'enddate') end = textOf(e);
    else if (local === 'instant') instant = textOf(e);
    else if (local === 'explicitmember' || local === 'typedmember') dimensional = true;
    for (const c of e.children) if (c.type === 'element') stack.push(c);
  }
  const ctx: XbrlContext = { dimensional };
  const iso = (s: string | undefined) => (s && /^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : undefined);
  if (iso(instant)) ctx.period = { end: iso(instant)!, instant: true };
  else if (iso(end)) ctx.period = iso(start) ? { start: iso(start), end: iso(end)! } : { end: iso(end)! };
  return [id, ctx];
}

function textOf(el: HElement): string {
  let s = '';
  for (const c of el.children) if (c.type === 'text') s += c.value;
  return s.trim();
}

/** A tagged fact with its context's period and dimensionality. */
export function resolveFact(f: TaggedFact, contexts: Map<string, XbrlContext>): CellFact {
  const out: CellFact = { ...f };
  const ctx = contexts.get(f.contextRef);
  if (ctx?.period) out.period = ctx.period;
  if (ctx?.dimensional) out.dimensional = true;
  return out;
}
