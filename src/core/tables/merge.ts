import type { Span } from '../model';
import { cleanText, firstCleanCode, isYearText, typeCell } from './cells';
import { type GCell, type GRow, emptyAt, isBlank } from './grid';
import { CharCode } from '../charCodes';

/**
 * Merges the fragments HTML tables (and text and Markdown rendered from them) put in cells of their own:
 * `$` into the figure on its right; `%`, `)`, `)%`, `%)` into the figure on its left. The merged cell
 * keeps the figure's slot, its span covers both pieces, and `pieces` map its text back to the original.
 */

const LEFT_FRAGMENTS = new Set([')', '%', ')%', '%)']);
const MAX_GAP = 2;

export function mergeFragments(rows: GRow[]): void {
  for (const row of rows) mergeRow(row);
}

function mergeRow(row: GRow): void {
  const cells = row.cells;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (c.covered || c.text.length === 0 || c.text.length > 8) continue;
    // Fragments start with `$`, `(`, `)` or `%`: other cells need no cleaned copy.
    const first = firstCleanCode(c.text);
    if (
      first !== CharCode.Dollar &&
      first !== CharCode.OpenParen &&
      first !== CharCode.CloseParen &&
      first !== CharCode.Percent
    ) {
      continue;
    }
    const t = cleanText(c.text);
    if (t === '$' || t === '($' || t === '$(') {
      const j = neighbour(cells, i, +1);
      if (j < 0) continue;
      const joined = join(c, cells[j], cells[j].origin);
      if (!isFigureText(joined.text)) continue;
      cells[j] = joined;
      cells[i] = emptyAt(c.span.start, c.origin);
    } else if (isLeftFragment(t)) {
      const j = neighbour(cells, i, -1);
      if (j < 0) continue;
      // "(in millions) | 2023 | 2022 | % | %": in a header row the `%` heads a column of its own, it is not 2022's.
      if (isYearText(cells[j].text) && isHeaderLike(cells)) continue;
      const joined = join(cells[j], c, cells[j].origin);
      const kind = typeCell(stripMarkersLoose(joined.text)).kind;
      if (kind !== 'number' && kind !== 'percent' && kind !== 'not-meaningful') continue;
      cells[j] = joined;
      cells[i] = emptyAt(c.span.end, c.origin);
    }
  }
}

/** A row whose figures are all years (and `%` fragments): a header row ("2023 | 2022 | %"), no data. */
function isHeaderLike(cells: GCell[]): boolean {
  return cells.every(
    (c, k) =>
      k === 0 ||
      c.covered ||
      isBlank(c) ||
      isYearText(c.text) ||
      isLeftFragment(cleanText(c.text)) ||
      typeCell(cleanText(c.text)).kind === 'text',
  );
}

/** `)`, `%`, `)%`, `%)`, spaces inside allowed. `t` is trimmed, so its first character shows most cells are not. */
function isLeftFragment(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c !== CharCode.CloseParen && c !== CharCode.Percent) return false;
  return LEFT_FRAGMENTS.has(t) || LEFT_FRAGMENTS.has(t.replace(/\s+/g, ''));
}

const MARKER_ONLY = /^(?:\(\s?\d{1,2}\s?\)|\([a-z]\)|<F\d{1,3}>)+$/i;

/**
 * A column holding nothing but footnote markers ("6,888,619 | (3)" in text rendered from HTML) gives its
 * markers to the cell on their left, so "(3)" is not read as a negative three.
 */
export function mergeMarkerColumns(rows: GRow[]): void {
  const width = rows.reduce((w, r) => Math.max(w, r.cells.length), 0);
  for (let c = 1; c < width; c++) {
    let seen = 0;
    let other = false;
    // One cell that is not a marker settles the column, so the scan stops there.
    for (let i = 0; i < rows.length && !other; i++) {
      const cell = rows[i].cells[c];
      if (isBlank(cell)) continue;
      if (isMarkerOnly(cell.text)) seen++;
      else other = true;
    }
    if (seen === 0 || other) continue;
    for (const r of rows) {
      const cell = r.cells[c];
      if (isBlank(cell)) continue;
      const j = neighbour(r.cells, c, -1);
      if (j < 0) continue;
      r.cells[j] = join(r.cells[j], cell, r.cells[j].origin);
      r.cells[c] = emptyAt(cell.span.end, cell.origin);
    }
  }
}

/** MARKER_ONLY on the cleaned text, which must start with `(` or `<` (checked first, without a copy). */
function isMarkerOnly(text: string): boolean {
  const c = firstCleanCode(text);
  if (c !== CharCode.OpenParen && c !== CharCode.LessThan) return false;
  return MARKER_ONLY.test(cleanText(text));
}

/**
 * A number, or a dash standing for one (Apple's `$ | —` in the row whose other cells print `$ | 26,686`). The text
 * as it stands first: `$ | (3)` is minus three (a marker does not follow a `$`), Comcast's `$ | (56)`.
 */
function isFigureText(text: string): boolean {
  if (typeCell(text).kind === 'number') return true;
  const kind = typeCell(stripMarkersLoose(text)).kind;
  return kind === 'number' || kind === 'not-meaningful';
}

/** Footnote markers may trail a figure ("1.42%(1)"); typing here only needs them gone. */
function stripMarkersLoose(text: string): string {
  return text.replace(/\s*(\(\s?[0-9a-z]{1,2}\s?\)|<F\d{1,3}>|\*{1,3})$/i, '');
}

/**
 * The next cell with text within MAX_GAP blank slots. A colSpan's copy ends the search, except rightwards through the
 * copies of that same cell: `$ | 44` with the 44 spanning two slots, right-aligned in the second.
 */
function neighbour(cells: GCell[], i: number, dir: 1 | -1): number {
  let through = -1;
  for (let k = 1, j = i + dir; j >= 0 && j < cells.length && k <= MAX_GAP + 1; k++, j += dir) {
    const c = cells[j];
    if (c.covered) {
      if (dir < 0 || (through >= 0 && c.origin !== through)) return -1;
      through = c.origin;
      continue;
    }
    if (through >= 0) return c.origin === through && !isBlank(c) ? j : -1;
    if (!isBlank(c)) return j;
  }
  return -1;
}

function join(left: GCell, right: GCell, origin: number): GCell {
  const lt = left.text.replace(/\s+$/, '');
  const rt = right.text.replace(/^\s+/, '');
  const lpieces = left.pieces ?? [{ at: 0, span: left.span }];
  const lead = right.text.length - rt.length;
  const rpieces = (right.pieces ?? [{ at: 0, span: right.span }]).map((p) => ({
    at: Math.max(0, p.at - lead) + lt.length,
    span: p.at < lead ? { start: p.span.start + (lead - p.at), end: p.span.end } : p.span,
  }));
  const span: Span = {
    start: Math.min(left.span.start, right.span.start),
    end: Math.max(left.span.end, right.span.end),
  };
  const out: GCell = { text: lt + rt, span, pieces: [...lpieces, ...rpieces], origin };
  if (left.header) out.header = true;
  // `$` | 1,234 or 1,234 | `)`: the figure's fact stays with the figure
  const fact = left.fact ?? right.fact;
  if (fact) out.fact = fact;
  return out;
}
