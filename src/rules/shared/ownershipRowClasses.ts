/**
 * Ownership tables whose rows (not columns) are per class of stock: a holder listed with a "Class A common
 * stock" row and a "Class B common stock" row, sub-sections of rows headed "Class B Common Stock:", or a
 * "Title of Class" column whose cells say "Class A" / "Class B". Each such row is a percent of its own class,
 * so it divides by that class's shares outstanding; a row whose class the table does not tell is left
 * unchecked (ownership.ts makes it inconclusive), never divided by another class's count.
 */
import type { Row, Table } from '../../core/model';

/** The class a piece of row text names, in the keys statements of shares outstanding carry ("class b", "series a"). */
const CLASS_WORDS =
  /\b(class [a-z])\b|\b(series [a-z0-9]{1,3})\s+(?:convertible\s+)?(?:preferred|stock|shares)\b|\b(preferred) (?:stock|shares)\b|\b(common) (?:stock|shares)\b/i;

export function classNamed(text: string): string | undefined {
  const m = CLASS_WORDS.exec(text);
  if (!m) return undefined;
  return (m[1] ?? m[2] ?? m[3] ?? m[4]).toLowerCase().replace(/\s+/g, ' ');
}

/** The class a row names itself: in its label or in a text cell (a class column). */
function ownClass(row: Row): string | undefined {
  const named = classNamed(row.label);
  if (named) return named;
  for (let i = 1; i < row.cells.length; i++) {
    const c = row.cells[i];
    if (c.value.kind !== 'text') continue;
    const k = classNamed(c.text);
    if (k) return k;
  }
  return undefined;
}

const cache = new WeakMap<Table, (string | undefined)[] | null>();

/**
 * Per row index, the class the row is a percent of: the class it names, else the class of the nearest section
 * row above that names one (a sub-section headed by its class); undefined where neither tells. Undefined as a
 * whole when no row names a class other than common: the rows are not per class and columns decide as before.
 */
export function rowClasses(table: Table): (string | undefined)[] | undefined {
  const hit = cache.get(table);
  if (hit !== undefined) return hit ?? undefined;
  const out: (string | undefined)[] = [];
  let section: string | undefined;
  let perClass = false;
  for (const row of table.rows) {
    const own = ownClass(row);
    if (row.kind === 'section' && own) section = own;
    const k = own ?? section;
    if (k && k !== 'common') perClass = true;
    out.push(k);
  }
  cache.set(table, perClass ? out : null);
  return perClass ? out : undefined;
}
