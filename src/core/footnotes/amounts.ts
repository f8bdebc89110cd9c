import type { Cell, Footnote, FootnoteRef, Table } from '../model';

/**
 * Takes out references that are amounts, not markers: a parenthesised number set off by a space after a
 * figure in a body cell of a number column ("1,221 (13)": a negative amount of a column the builder
 * merged in) that found no note of the table (its own, its section's, or one below it). A marker glued
 * to its figure ("95,200(4)") or with such a note ("81,156 (2)" over notes "2.") stays. Renumbers.
 */
export function withoutAmounts(
  text: string,
  result: { footnotes: Footnote[]; references: FootnoteRef[] },
  tables: Table[],
): { footnotes: Footnote[]; references: FootnoteRef[] } {
  const byTable = new Map(tables.map((t) => [t.id, t]));
  const notes = new Map(result.footnotes.map((f) => [f.id, f]));
  const kept = result.references.filter((r) => !isAmount(text, r, byTable, notes));
  if (kept.length === result.references.length) return result;
  const ids = new Map<string, string>();
  const references = kept.map((r, i) => {
    ids.set(r.id, `r${i}`);
    return { ...r, id: `r${i}` };
  });
  for (const f of result.footnotes) f.refIds = f.refIds.filter((id) => ids.has(id)).map((id) => ids.get(id)!);
  return { footnotes: result.footnotes, references };
}

function isAmount(text: string, ref: FootnoteRef, tables: Map<string, Table>, notes: Map<string, Footnote>): boolean {
  if (!ref.cell || ref.cell.row < 0 || !ref.tableId || !/^\(\s?\d{1,3}\s?\)$/.test(ref.marker.trim())) return false;
  const table = tables.get(ref.tableId);
  const cell = table?.rows.find((r) => r.index === ref.cell!.row)?.cells[ref.cell.column];
  if (!table || !cell || !numberColumn(table, ref.cell.column, cell)) return false;
  // A figure, then white space, then the marker.
  if (!/\d[\s\u00a0]+$/.test(text.slice(Math.max(cell.span.start, ref.span.start - 40), ref.span.start))) return false;
  const note = ref.footnoteId ? notes.get(ref.footnoteId) : undefined;
  return !note || !ofTable(note, table);
}

/** A note of the table: under it, in its section, or loose below it. */
function ofTable(note: Footnote, table: Table): boolean {
  if (note.tableId) return note.tableId === table.id || note.span.start > table.span.end;
  return (table.sectionId !== undefined && note.sectionId === table.sectionId) || note.span.start > table.span.end;
}

/** The cell holds a figure and so does most of its column. */
function numberColumn(table: Table, column: number, cell: Cell): boolean {
  if (column === 0 || cell.value.kind !== 'number') return false;
  let numbers = 0;
  let filled = 0;
  for (const row of table.rows) {
    const c = row.cells[column];
    if (!c || c.text.trim() === '') continue;
    filled++;
    if (c.value.kind === 'number' || c.value.kind === 'percent') numbers++;
  }
  return filled > 0 && numbers * 2 >= filled;
}
