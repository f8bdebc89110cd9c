/**
 * `footnote-undefined`: a footnote marker in a table with no footnote in scope.
 *
 * Why: a marker promises a note ("(5)" after a holder's name); a missing note hides what the number
 * means. Kept conservative so it never cries wolf: only in tables whose notes were read (at least one
 * note sits with the table or one of its markers resolved), only for markers of the same family as
 * those notes ((5) beside notes (1)-(4), not "(a)" beside them) when that family's first note is there,
 * and never for a `*` cell when the table has a "less than 1%" legend.
 */
import type { Rule } from './rule';
import type { Footnote } from '../core/model';
import { markerList, markerStyle, tableNotes } from './shared/footnoteScope';

function hasFirst(notes: Footnote[], style: ReturnType<typeof markerStyle>): boolean {
  if (style === 'symbol') return true;
  const firsts = style === 'number' ? ['1'] : ['a', 'A', 'i', 'I'];
  return notes.some((f) => firsts.includes(f.key));
}

export const footnoteUndefined: Rule = {
  id: 'footnote-undefined',
  description: 'A footnote marker with no footnote in scope.',
  defaultSeverity: 'warning',
  run(context) {
    for (const { table, own, inScope, refs } of tableNotes(context.analysis)) {
      if (refs.length === 0) continue;
      const notes = inScope.length > 0 ? inScope : own;
      if (notes.length === 0) {
        context.table(table.id, 'inconclusive', 'markers in the table, but no footnotes were found for it');
        continue;
      }
      // Notes of a family count as read only when the family's first note is there ((1), (a), (i)):
      // notes "(b), (c)" alone are more likely an enumeration than a table's complete notes.
      const styles = new Set(notes.filter((f) => hasFirst(notes, markerStyle(f.key))).map((f) => markerStyle(f.key)));
      for (const ref of refs) {
        if (ref.footnoteId) continue;
        if (ref.key === '*' && table.lessThanOneLegend) continue;
        if (!styles.has(markerStyle(ref.key))) continue;
        context.report({
          message: `Footnote marker ${ref.marker.trim()} has no footnote: the notes of this table are ${markerList(notes)}.`,
          span: ref.span,
          actual: ref.marker.trim(),
          related: notes.slice(0, 6).map((f) => ({ span: f.markerSpan, message: `footnote ${f.marker.trim()}` })),
          tableId: table.id,
        });
      }
      context.table(table.id, 'checked');
    }
  },
};
