import { cleanText, isFigure, typeCell } from './cells';

// Exhibit indexes number their rows "(31)", "(3.1)", "10.1", "104": figures by their look, labels by their place.

// The number, then the footnote marks an index puts on it ("10.1*": a management contract).
const ITEM_NUMBER = /^(\([1-9]\d{0,2}(?:\.\d{1,3})?[a-z]?\)|[1-9]\d{0,2}(?:\.\d{1,3}[a-z]?)?)[*†‡#+]*$/i;

/**
 * Which rows an item number labels: the first cell an exhibit or item number and the first cell after it holding
 * anything words ("(3.1) | Trust Agreement ..."), in a table where at least two rows are so labelled, no two by
 * the same number, and no other row opens with a figure. A cash bridge ("7.4 | net cash generated ...",
 * "$21.2 | Q2 2023 Cash") opens its rows with amounts: a `$`, a repeated number or a "0.1" is no item number.
 * Undefined when no row is.
 */
export function itemNumberRows(rows: readonly (readonly { text: string }[])[]): boolean[] | undefined {
  const flags = new Array<boolean>(rows.length).fill(false);
  const seen = new Set<string>();
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r];
    const first = cells[0] ? cleanText(cells[0].text) : '';
    if (first.length === 0 || !/\d/.test(first)) continue;
    const m = first.length <= 12 ? ITEM_NUMBER.exec(first) : null;
    if (!m) {
      if (isFigure(typeCell(first))) return undefined;
      continue;
    }
    if (seen.has(m[1]) || !wordsAfter(cells)) return undefined;
    seen.add(m[1]);
    flags[r] = true;
  }
  return seen.size >= 2 ? flags : undefined;
}

/** The first cell after the row's first holding anything is words. */
function wordsAfter(cells: readonly { text: string }[]): boolean {
  for (let i = 1; i < cells.length; i++) {
    if (cleanText(cells[i].text).length > 0) return typeCell(cells[i].text).kind === 'text';
  }
  return false;
}
