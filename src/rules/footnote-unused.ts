/**
 * `footnote-unused`: a table's footnote that no marker points to.
 *
 * Why: a note no marker points to usually means a marker was lost ("(3)" dropped from a holder's name),
 * so the reader cannot tell which row the note explains. Kept conservative: only notes that sit with a
 * table, only when at least one other marker of that table resolved (so markers were read there), never
 * the "* less than 1%" legend (boilerplate), only a note in the middle of the sequence (a later note of
 * the same family is referenced, so "(14) Benefit Plans" after a table pointing at (1) is left alone,
 * being a heading of the notes to financial statements), and never when the note's marker is printed in
 * the table's caption, headers or cells in any form ("(1)" for note "1."): a marker we could not place is
 * still a marker. A marker in prose makes a note referenced, but is not counted as a table marker.
 */
import type { Table } from '../core/model';
import type { Rule } from './rule';
import { isLessThanOneLegend, tableNotes } from './shared/footnoteScope';

export const footnoteUnused: Rule = {
  id: 'footnote-unused',
  description: 'A footnote that no marker points to.',
  defaultSeverity: 'info',
  run(context) {
    // Prose markers make a note referenced, never make another one look skipped: only table markers count as "used".
    const inTables = new Set(context.analysis.references.filter((r) => r.tableId).map((r) => r.id));
    for (const { table, own, refs } of tableNotes(context.analysis)) {
      if (own.length === 0) continue;
      if (!refs.some((r) => r.footnoteId)) {
        context.table(table.id, 'inconclusive', 'no marker of this table resolved to a footnote');
        continue;
      }
      const printed = tableText(table);
      const used = own.filter((f) => f.refIds.some((id) => inTables.has(id)));
      for (const fn of own) {
        if (fn.refIds.length > 0 || isLessThanOneLegend(fn)) continue;
        if (printedForms(fn.marker, fn.key).some((form) => printedAs(printed, form))) continue;
        if (!used.some((u) => follows(u.key, fn.key))) continue;
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

/** Whether note `later` comes after note `key` in the same family ((3) after (1), (c) after (a), *** after **). */
function follows(later: string, key: string): boolean {
  if (/^\d+$/.test(later) && /^\d+$/.test(key)) return Number(later) > Number(key);
  if (/^[a-z]$/i.test(later) && /^[a-z]$/i.test(key)) return later.toLowerCase() > key.toLowerCase();
  if (/^\*{1,3}$/.test(later) && /^\*{1,3}$/.test(key)) return later.length > key.length;
  return false;
}

/** The note's marker as printed, and the forms a reference to it takes: "1." is pointed at by "(1)". */
function printedForms(marker: string, key: string): string[] {
  const forms = [`(${key})`, `[${key}]`];
  if (/^\d+$/.test(key)) forms.push(`<F${key}>`);
  if (marker.trim()) forms.push(marker.trim());
  return forms;
}

/** Whether `form` is printed in `text`; a star run only as a whole run ("**" is not printed in "Services***"). */
function printedAs(text: string, form: string): boolean {
  if (!/^\*+$/.test(form)) return text.includes(form);
  for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
    if (text[i - 1] !== '*' && text[i + form.length] !== '*') return true;
  }
  return false;
}

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
