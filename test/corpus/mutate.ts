// Misprints of a printed percent cell, shared by the mutation and recall tests: two digits swapped, x1.5, and the
// decimal point shifted; each applied to a copy of the table holding the cell.
import type { Cell, Table } from '../../src/core/model';

type Kind = 'swap' | 'x1.5' | 'shift';

export interface Mutation {
  kind: Kind;
  digits: string;
  value: number;
  decimals: number;
}

const NUMBER = /\d[\d,]*(?:\.\d+)?|\.\d+/;

/** The three misprints of a printed percent (none that leave its value unchanged). */
export function mutations(cell: Cell): Mutation[] {
  const m = NUMBER.exec(cell.text);
  const value = cell.value.value;
  if (!m || value === undefined) return [];
  const printed = m[0].replace(/,/g, '');
  const decimals = cell.value.decimals ?? 0;
  const sign = value < 0 ? -1 : 1;
  const out: Mutation[] = [];
  const chars = [...printed];
  const at = chars.map((c, i) => (/\d/.test(c) ? i : -1)).filter((i) => i >= 0);
  for (let k = at.length - 1; k > 0; k--) {
    const [i, j] = [at[k - 1], at[k]];
    if (chars[i] === chars[j]) continue;
    const swapped = [...chars];
    [swapped[i], swapped[j]] = [swapped[j], swapped[i]];
    const digits = swapped.join('');
    out.push({ kind: 'swap', digits, value: sign * Number(digits), decimals });
    break;
  }
  const scaled = Math.abs(value) * 1.5;
  out.push({ kind: 'x1.5', digits: scaled.toFixed(decimals), value: sign * Number(scaled.toFixed(decimals)), decimals });
  const shifted = Math.abs(value) / 10;
  out.push({ kind: 'shift', digits: shifted.toFixed(decimals + 1), value: sign * Number(shifted.toFixed(decimals + 1)), decimals: decimals + 1 });
  return out.filter((x) => x.value !== value && Number.isFinite(x.value));
}

export function mutateTable(table: Table, cell: Cell, mutation: Mutation): Table {
  const copy = structuredClone(table);
  for (const row of copy.rows) {
    for (const c of row.cells) {
      if (c.span.start !== cell.span.start || c.span.end !== cell.span.end) continue;
      c.text = c.text.replace(NUMBER, mutation.digits);
      c.value = { ...c.value, value: mutation.value, decimals: mutation.decimals };
    }
  }
  return copy;
}
