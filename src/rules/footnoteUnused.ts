/**
 * `footnote-unused`: a table's footnote that no marker points to.
 *
 * Why: a note no marker points to usually means a marker was lost ("(3)" dropped from a holder's name),
 * so the reader cannot tell which row the note explains. Kept conservative: only notes that sit with a
 * table, only when at least one other marker of that table resolved (so markers were read there), never
 * the "* less than 1%" legend (boilerplate), and never when the note's marker is printed somewhere in
 * the table's caption, headers or cells (a marker we could not place is still a marker).
 */
import type { Table } from '../core/model';
import type { Rule } from './rule';
import { isLessThanOneLegend, tableNotes } from './footnoteScope';

export const footnoteUnused: Rule = {
  id: 'footnote-unused',
  description: 'A footnote that no marker points to.',
  defaultSeverity: 'info',
  run(context) {
    for (const { table, own, refs } of tableNotes(context.analysis)) {
      if (own.length === 0) continue;
      if (!refs.some((r) => r.footnoteId)) {
        context.table(table.id, 'inconclusive', 'no marker of this table resolved to a footnote');
        continue;
      }
      const printed = tableText(table);
      for (const fn of own) {
        if (fn.refIds.length > 0 || isLessThanOneLegend(fn)) continue;
        if (fn.marker.trim() && printed.includes(fn.marker.trim())) continue;
        context.report({
          message: `Footnote ${fn.marker.trim()} is not referenced: no marker in ${table.title ? `'${table.title}'` : 'the table above'} points to it.`,
          span: fn.markerSpan,
          actual: fn.marker.trim(),
          related: [{ span: table.span, message: 'the table these notes belong to' }],
          tableId: table.id,
        });
      }
      context.table(table.id, 'checked');
    }
  },
};

function tableText(table: Table): string {
  const parts = [table.caption ?? '', table.title ?? ''];
  for (const c of table.columns) parts.push(c.path.join(' '));
  for (const row of table.headerRows) for (const c of row) parts.push(c.text);
  for (const row of table.rows) {
    parts.push(row.label);
    for (const c of row.cells) parts.push(c.text);
  }
  return parts.join('\n');
}
