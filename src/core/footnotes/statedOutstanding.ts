import type { Footnote, Span, Table } from '../model';
import { basedOnCandidate, basedOnCount } from '../tables/notes';

// "based on 7,150,000 shares ... outstanding", "Based upon a total of 37,198,845 shares of Common Stock outstanding".
// Bounded, lazy gap: no nested quantifiers, linear on any input.
const STATED =
  /\bbased\s+(?:up)?on\s+(?:(?:a total|an aggregate) of\s+)?(\d{1,3}(?:,\d{3})+|\d{4,12})\b[^.;]{0,100}?\boutstanding/gi;

/**
 * Marks the shares-outstanding count an ownership table's percentages are based on (the `basedOn` candidate)
 * from the table's own notes when the builder has not. Only when the notes state exactly one such count
 * (two different counts, e.g. two classes, give none: missing input is no finding, never a guess).
 */
export function statedOutstandingFromNotes(text: string, tables: Table[], footnotes: Footnote[]): void {
  const byId = new Map(footnotes.map((f) => [f.id, f]));
  for (const table of tables) {
    if (basedOnCount(table)) continue;
    const found = new Map<number, Span>();
    for (const id of table.footnoteIds) {
      const fn = byId.get(id);
      if (!fn) continue;
      for (const hit of statedCounts(text, fn.span)) if (!found.has(hit.value)) found.set(hit.value, hit.span);
    }
    if (found.size === 1) {
      const [[value, span]] = [...found];
      table.outstandingCandidates = [basedOnCandidate({ value, span }), ...(table.outstandingCandidates ?? [])];
    }
  }
}

function statedCounts(text: string, span: Span): { value: number; span: Span }[] {
  const body = text.slice(span.start, Math.min(span.end, span.start + 5000));
  const out: { value: number; span: Span }[] = [];
  STATED.lastIndex = 0;
  for (let m = STATED.exec(body); m; m = STATED.exec(body)) {
    const value = Number(m[1].replace(/,/g, ''));
    const at = span.start + m.index + m[0].indexOf(m[1]);
    if (Number.isFinite(value) && value > 0) out.push({ value, span: { start: at, end: at + m[1].length } });
  }
  return out;
}
