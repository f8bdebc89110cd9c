import type { Cell, CellFact, RawCell, RawTable, Span } from '../model';
import { cleanText, isFigure, isYearText, typeCell } from './cells';
import { itemNumberRows } from './itemNumbers';
import { sharedSlot } from './sharedSlot';
import { CharCode } from '../charCodes';

/**
 * The builder's working grid: one slot per visual column, colSpan expanded. A cell that a colSpan
 * carries over into the next slots appears there again with `covered` set (same `origin`), so header
 * bands can see the span while data typing ignores the copies.
 */
export interface GCell {
  text: string;
  span: Span;
  pieces?: { at: number; span: Span }[];
  header?: boolean;
  /** Index of the raw cell this came from, unique within the table. */
  origin: number;
  covered?: boolean;
  /** The cell typed (set by cellOf, once). */
  typed?: TypedCell;
  /** The inline XBRL fact the cell shows (see RawCell.fact). */
  fact?: CellFact;
  /** A blank header cell no band spreads over (see RawCell.unruled). */
  unruled?: boolean;
}

export interface TypedCell {
  cell: Cell;
  /** The text with footnote markers taken off. */
  stripped: string;
}

export interface GRow {
  cells: GCell[];
  span: Span;
  /** Slots the row's own cells reach (cells past it are absent, not empty). */
  width: number;
}

export function isBlank(c: GCell | undefined): boolean {
  if (c === undefined || c.covered === true) return true;
  const t = c.text;
  for (let i = 0; i < t.length; i++) {
    const k = t.charCodeAt(i);
    if (
      k > CharCode.Space &&
      k !== CharCode.NoBreakSpace &&
      k !== CharCode.FigureSpace &&
      k !== CharCode.ThinSpace &&
      k !== CharCode.NarrowNoBreakSpace
    ) {
      return false;
    }
  }
  return true;
}

export function emptyAt(at: number, origin: number): GCell {
  return { text: '', span: { start: at, end: at }, origin };
}

/**
 * RawTable rows -> grid rows, colSpan expanded; a figure (or a dash over two slots) sits in its last slot
 * (right-aligned), unless the table's narrower figures show its figure slot (placeInFigureSlot: J&J's "0.0" over
 * `$ | figure | )`, Comcast's "65.9" and "NM" over `$ | figure | %`).
 */
export function expandRows(raw: RawTable): GRow[] {
  let origin = 0;
  const rows: GRow[] = [];
  const spanned: Spanned[] = [];
  const figures: FigureSlots = { narrow: [], single: [] };
  // "start:n" of every figure spread over three slots or more (it sits in its last slot or where placeInFigureSlot puts it)
  const wideFigures = new Set<string>();
  const items = itemNumberRows(raw.rows.map((r) => r.cells));
  for (const row of raw.rows) {
    const cells: GCell[] = [];
    const item = items?.[rows.length] === true;
    for (const rc of row.cells) {
      const n = Math.max(1, Math.min(rc.colSpan ?? 1, 64));
      const g = fromRaw(rc, origin++);
      // A year or an exhibit number opening a row is its label (Colgate's benefit payments "2024 ... 2028", IBM's
      // exhibits "(31)" over the label slots).
      const label = cells.length === 0 && (item || isYearText(rc.text));
      const value = rc.header || label || !DIGIT.test(rc.text) ? undefined : typeCell(rc.text);
      if (n === 1 && value !== undefined && isFigure(value)) {
        figures.single[cells.length] = (figures.single[cells.length] ?? 0) + 1;
      }
      if (n === 1) {
        cells.push(g);
        continue;
      }
      // A dash over two slots (the `$` slot and the figure's, "—" for nil) sits where a figure would. Over three
      // (figure, figure, `%`) it stays first: the figure's slot there is not the last one.
      const typed = value ?? (rc.header || label ? undefined : typeCell(rc.text));
      const figureRight = typed !== undefined && (isFigure(typed) || (n === 2 && typed.kind === 'not-meaningful'));
      // words ("20 bps" over a change's group) keep their slot: a points change is a column of its own
      const mark =
        typed !== undefined && (isFigure(typed) || typed.kind === 'not-meaningful' || typed.kind === 'less-than-one');
      const figure = typed !== undefined && isFigure(typed);
      if (mark) spanned.push({ row: rows.length, start: cells.length, n, figure });
      if (n >= 3 && figure) wideFigures.add(`${cells.length}:${n}`);
      for (let k = 0; k < n; k++) {
        const own = figureRight ? k === n - 1 : k === 0;
        cells.push(own ? g : coveredCopy(g));
      }
    }
    rows.push({ cells, span: row.span, width: cells.length });
  }
  // Cells over two slots are placed first, by the one-slot figures; the wider ones then go by where the figures
  // at most two slots wide ended up (3M's "(8,958)" over `figure | %` moved to its figure slot, so "(10,548)"
  // over the whole `$ | figure | %` group follows it there rather than seeing two figure slots).
  const unplaced: Spanned[] = [];
  for (const sp of spanned) {
    if (sp.n === 2 && !placeInFigureSlot(rows[sp.row].cells, sp, figures.single)) unplaced.push(sp);
  }
  placeByOverlap(rows, unplaced);
  figures.narrow = [...figures.single];
  for (const sp of spanned) {
    if (sp.n !== 2 || !sp.figure) continue;
    const at = rows[sp.row].cells[sp.start].covered ? sp.start + 1 : sp.start;
    figures.narrow[at] = (figures.narrow[at] ?? 0) + 1;
  }
  for (const sp of spanned) {
    if (sp.n === 2 || placeInFigureSlot(rows[sp.row].cells, sp, figures.narrow)) continue;
    // A dash or NM spread over exactly the slots other rows spread a figure over (Colgate's "—%" over three slots
    // beside "3.0%" over the same three) is in that figure's column: it sits in the last slot as the figure does.
    if (!sp.figure && wideFigures.has(`${sp.start}:${sp.n}`)) moveTo(rows[sp.row].cells, sp, sp.start + sp.n - 1);
  }
  return rows;
}

const DIGIT = /[0-9]/;

/** A cell spanning several slots: its row, first slot and width. */
interface Spanned {
  row: number;
  start: number;
  n: number;
  /** A number or percent (else a dash, NM or less-than-one mark). */
  figure: boolean;
}

/** Per slot, how many figures of the table sit there in a cell one slot wide (single) or at most two (narrow). */
interface FigureSlots {
  narrow: number[];
  single: number[];
}

/**
 * HTML filers print each figure in a group of slots under one header (`$ | figure | %`) and span a cell over the
 * whole group where a row has no `$` or `%` ("65.9", "NM" over three slots). Such a cell sits in the slot
 * where the table's narrower cells print their figures within its span, when exactly one slot there holds them
 * (a cell over two groups, or over slots no figure marks, keeps its place).
 */
function placeInFigureSlot(cells: GCell[], sp: Spanned, counts: number[]): boolean {
  let slot = -1;
  for (let k = sp.start; k < sp.start + sp.n; k++) {
    if ((counts[k] ?? 0) === 0) continue;
    if (slot >= 0) return true;
    slot = k;
  }
  if (slot < 0) return false;
  moveTo(cells, sp, slot);
  return true;
}

/**
 * Two-slot marks no one-slot figure places: where other rows' two-slot figures overlap the span by one slot, that
 * shared slot is the figure slot. 3M's statement of equity prints `$ | 6,568` over `$ | figure | )` (the figure over
 * the figure and `)` slots) in its balance rows and "48" over the `$` and figure slots in the others: both are in
 * the figure slot, which only the overlap shows (each alone sits in its last slot, two columns for one header).
 * Both neighbours overlapping, or neither, and the mark keeps its place.
 */
function placeByOverlap(rows: GRow[], unplaced: Spanned[]): void {
  const starts = new Set<number>();
  for (const sp of unplaced) if (sp.figure) starts.add(sp.start);
  for (const sp of unplaced) {
    // Only a shared first slot moves a cell: the last is where a two-slot figure already sits.
    if (sharedSlot(starts, sp.start) === sp.start) moveTo(rows[sp.row].cells, sp, sp.start);
  }
}

/** Puts a spanned cell's own (uncovered) copy in `slot` of its span, the span's other slots its covered copies. */
function moveTo(cells: GCell[], sp: Spanned, slot: number): void {
  if (!cells[slot].covered) return;
  let own = sp.start;
  while (own < sp.start + sp.n && cells[own].covered) own++;
  if (own >= sp.start + sp.n) return;
  const g = cells[own];
  cells[own] = coveredCopy(g);
  cells[slot] = g;
}

/** The copy of a cell that a colSpan carries into another slot (a literal: spreading cells was a hot spot). */
function coveredCopy(g: GCell): GCell {
  const c: GCell = { text: g.text, span: g.span, origin: g.origin, covered: true };
  if (g.pieces) c.pieces = g.pieces;
  if (g.header) c.header = true;
  return c;
}

function fromRaw(rc: RawCell, origin: number): GCell {
  const g: GCell = { text: rc.text, span: rc.span, origin };
  if (rc.pieces && rc.pieces.length > 0) g.pieces = rc.pieces;
  if (rc.header) g.header = true;
  if (rc.fact) g.fact = rc.fact;
  if (rc.unruled) g.unruled = true;
  return g;
}

/**
 * Pads rows to one width and drops slots with no figure-row content (spacer columns, `$` columns, the
 * first slot of a colSpan header). `dataRow[r]` says whether row r holds figures; when no row does,
 * any content keeps a slot. A header cell left alone in a dropped slot moves to the nearest kept slot
 * that is blank in its row (right first), so "2021" printed over a `$` column still heads its figures.
 */
export function dropEmptyColumns(rows: GRow[], dataRow: boolean[]): GRow[] {
  const width = rows.reduce((w, r) => Math.max(w, r.cells.length), 0);
  const anyData = dataRow.some((d) => d);
  const kept = new Array<boolean>(width).fill(false);
  for (let c = 0; c < width; c++) {
    kept[c] = rows.some((r, i) => (!anyData || dataRow[i]) && !isBlank(r.cells[c]));
  }
  if (anyData) {
    for (let c = 0; c < width; c++) {
      if (kept[c]) continue;
      rows.forEach((r, i) => {
        const cell = r.cells[c];
        if (dataRow[i] || isBlank(cell)) return;
        const target = nearestKept(r, kept, c);
        if (target < 0) return;
        r.cells[target] = cell;
        r.cells[c] = emptyAt(cell.span.start, -1);
        if (target >= r.width) r.width = target + 1;
      });
    }
  }
  const keep: number[] = [];
  for (let c = 0; c < width; c++) if (kept[c]) keep.push(c);
  if (keep.length === width && rows.every((r) => r.cells.length === width)) return rows;
  return rows.map((r) => {
    const end = r.span.end;
    const cells = keep.map((c) => r.cells[c] ?? emptyAt(end, -1));
    // A label whose own slot was dropped shows in the first kept one, no longer as a colSpan's copy: the label of
    // a `<td colspan=3>` section row over rows indented into its slots (a 1999 Schedule II's "Year Ended ...").
    const first = cells[0];
    if (first?.covered && first.origin >= 0 && !cells.some((c) => c.origin === first.origin && !c.covered)) {
      cells[0] = { ...first, covered: false, typed: undefined };
    }
    let reach = 0;
    for (const c of keep) if (c < r.width) reach++;
    return { cells, span: r.span, width: reach };
  });
}

function nearestKept(r: GRow, kept: boolean[], c: number): number {
  for (let d = 1; d < kept.length; d++) {
    for (const t of [c + d, c - d]) {
      if (t <= 0 || t >= kept.length || !kept[t]) continue;
      const cell = r.cells[t];
      if (cell === undefined || (!cell.covered && cleanText(cell.text).length === 0)) return t;
      if (cell.covered && cell.origin === r.cells[c]?.origin) return -1;
    }
  }
  return -1;
}

/** Original offset of position `i` of a cell's text (through its pieces when it has them). */
export function offsetIn(cell: GCell, i: number): number {
  if (cell.pieces && cell.pieces.length > 0) {
    let p = cell.pieces[0];
    for (const q of cell.pieces) if (q.at <= i) p = q;
    return Math.min(p.span.start + Math.max(0, i - p.at), p.span.end);
  }
  return Math.min(cell.span.start + i, cell.span.end);
}
