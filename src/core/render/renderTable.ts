import type { GridCell, TableBlock } from '../formats/html/blocks';
import type { RenderWriter } from './offsetMap';
import { firstAtOrAfter } from '../spanSearch';
import { MONTH_NAMES } from '../monthNames';
import { sharedSlot } from '../tables/sharedSlot';

/** A rendered cell: one or more source cells merged (`$` + `1,234`, `0.42` + `%`). */
interface OutCell {
  col: number;
  colSpan: number;
  parts: GridCell[];
}

const PREFIX = /^(\$|US\$|€|£|¥)$/;
const SUFFIX = /^(%|\)|%\)|\)%|pts?\.?|bps)$/;
const NUMBERISH = /^[(\-–—]?\s?[$€£¥]?\s?[0-9.(]/;
/** A nil dash: a `$` before it joins it as it joins a number, so "$ | —" does not leave a `$` column of its own. */
const NIL_DASH = /^[-–—]{1,3}$/;

/**
 * Writes a data table (rows joined by newlines, no trailing newline) in the seed's style: one line per row, cells split by TAB, `$` / `%` / `)`
 * fragments merged into their numbers, columns that stay empty in every row dropped, and a header
 * spanning several columns written once with empty cells after it (a banded header). A header row where a cell
 * is followed by empty cells it does not span (J&J's "January 1, 2023" over Carrying Value, not the flows after
 * it), which the text reader would spread it over, is underlined by a rule row: `---` under each column a cell
 * spans, as SEC text underlines a band over its extent (see bandRules).
 */
export function renderTable(w: RenderWriter, t: TableBlock): void {
  const rows = t.rows.map((r) => mergeFragments(r.cells));
  const kept = keptColumns(rows);
  if (kept.length === 0) return;
  const lines: { cells: (OutCell | undefined)[]; source: GridCell[] }[] = [];
  rows.forEach((row, r) => {
    if (row.length === 0) return;
    const line: (OutCell | undefined)[] = new Array(kept.length).fill(undefined);
    for (const c of row) {
      const k = placeOf(c, kept);
      if (k >= 0 && !line[k]) line[k] = c;
    }
    lines.push({ cells: line, source: t.rows[r].cells });
  });
  // Header lines: those above the first line with a figure past the label column.
  let header = 0;
  while (header < lines.length && !lines[header].cells.some((c, i) => i > 0 && c !== undefined && isDataFigure(c))) {
    header++;
  }
  // The last header line with a column header in it (a section label alone below the header heads no column).
  let lastHead = Math.min(header, MAX_HEADER_LINES + 1) - 1;
  while (lastHead >= 0 && !lines[lastHead].cells.some((c, i) => i > 0 && c !== undefined)) lastHead--;
  lines.forEach((line, r) => {
    if (r > 0) w.write('\n');
    line.cells.forEach((c, i) => {
      if (i > 0) w.write('\t');
      if (c) writeCell(w, c);
    });
    // A band: a header line over another header line, in a header of a few lines over figures (not an exhibit
    // index or a signature block, whose rows of words before a first figure are no header).
    const rule = r < lastHead && header <= MAX_HEADER_LINES ? bandRules(line.cells, line.source, kept) : undefined;
    if (rule) w.write(`\n${rule}`);
  });
}

/**
 * A figure of a data row: a number, not a header's year, date or `(1)` marker, nor a name a digit starts ("3M
 * Company Shareholders", a band: read as a figure, it ended 3M's header above it and so had no rule row).
 */
function isDataFigure(c: OutCell): boolean {
  const t = c.parts.map((p) => p.text).join(' ');
  return NUMBERISH.test(t) && !DATE_END.test(t) && !/^\(\d\)$/.test(t) && !/^\d+[A-Za-z]/.test(t);
}

/**
 * The rule row under a band line whose cells the text would spread too far, or undefined when it needs none. The
 * HTML reading spreads a band over the empty cells right of it, as the text does, but not over an empty cell that
 * spans a column group of its own (J&J's empty `<td colspan=3>` over the flows after "January 1, 2023"): such a
 * column, right after a band's extent, is left out of the rule, which has `---` under every column a band spans.
 */
function bandRules(line: (OutCell | undefined)[], source: GridCell[], kept: number[]): string | undefined {
  const closed = new Array<boolean>(line.length).fill(false);
  for (const c of source) {
    if (c.text.length > 0 || c.colSpan < 2) continue;
    for (let k = firstKeptIn(kept, c.col, c.col + c.colSpan); k >= 0 && k < kept.length; k++) {
      if (kept[k] >= c.col + c.colSpan) break;
      closed[k] = true;
    }
  }
  const under = new Array<boolean>(line.length).fill(false);
  let short = false;
  for (let k = 1; k < line.length; k++) {
    const c = line[k];
    if (!c) continue;
    let e = k;
    while (e + 1 < line.length && !line[e + 1] && (kept[e + 1] < c.col + c.colSpan || !closed[e + 1])) e++;
    for (let i = k; i <= e; i++) under[i] = true;
    if (e + 1 < line.length && !line[e + 1]) short = true;
  }
  return short ? under.map((u) => (u ? RULE : '')).join('\t') : undefined;
}

const RULE = '---';
const MAX_HEADER_LINES = 5;

function writeCell(w: RenderWriter, c: OutCell): void {
  c.parts.forEach((p, i) => {
    // "$" joins its number with no space, as "(1,045)" and "1.42%" are printed
    if (i > 0 && !PREFIX.test(c.parts[i - 1].text) && !SUFFIX.test(p.text)) w.write(' ');
    w.pieces(p.text, p.pieces, p.span);
  });
}

/** Filled cells of a row with `$` joined to the number after it and `%` / `)` to the number before it. */
function mergeFragments(cells: GridCell[]): OutCell[] {
  const filled = cells.filter((c) => c.text.length > 0);
  const out: OutCell[] = [];
  let pending: GridCell[] = [];
  for (let i = 0; i < filled.length; i++) {
    const c = filled[i];
    const nextText = i + 1 < filled.length ? filled[i + 1].text : '';
    if (PREFIX.test(c.text) && (NUMBERISH.test(nextText) || NIL_DASH.test(nextText))) {
      pending.push(c);
      continue;
    }
    const prev = out[out.length - 1];
    if (SUFFIX.test(c.text) && prev && pending.length === 0 && joinsSuffix(prev.parts[prev.parts.length - 1].text)) {
      prev.parts.push(c);
      continue;
    }
    out.push({ col: c.col, colSpan: c.colSpan, parts: [...pending, c] });
    pending = [];
  }
  for (const p of pending) out.push({ col: p.col, colSpan: p.colSpan, parts: [p] });
  return out;
}

const DATE_END = new RegExp(`(?:^|\\b(?:${MONTH_NAMES})\\.?\\s+\\d{1,2},?\\s+)(?:19|20)\\d\\d$`, 'i');

/**
 * Whether a `%` / `)` cell joins the cell before it: a number ("1.42" + "%"), never a header year or date
 * (Comcast's `2023 | 2022 | | %` header row, where the `%` heads a change column of its own and "2022%" hid it
 * from the text reader). A dash and its `%` stay two cells: joined, the `%` slot would no longer be kept and
 * the figures would drift one column off their headers (Honeywell's "Organic | 16% | 21%").
 */
function joinsSuffix(before: string): boolean {
  const t = before.replace(/[%)]+$/, '').trim();
  return /[0-9]$/.test(t) && !DATE_END.test(t);
}

/**
 * Grid columns holding text in some row; a spanning header with none inside keeps its first column, but two-slot
 * figures overlapping by one slot share it (figureSlots).
 */
function keptColumns(rows: OutCell[][]): number[] {
  const kept = new Set<number>();
  for (const row of rows) for (const c of row) if (c.colSpan === 1) kept.add(c.col);
  const single = [...kept].sort((a, b) => a - b);
  for (const col of figureSlots(rows, single)) kept.add(col);
  const list = kept.size === single.length ? single : [...kept].sort((a, b) => a - b);
  for (const row of rows) {
    for (const c of row) if (c.colSpan > 1 && firstKeptIn(list, c.col, c.col + c.colSpan) < 0) kept.add(c.col);
  }
  return kept.size === list.length ? list : [...kept].sort((a, b) => a - b);
}

/**
 * The kept column a cell is written in: the first it spans; but a right-aligned one spanning the label column and
 * figures (Microsoft's "Shares" over the label slot and the counts) stands over the figures, in the first column
 * past the label, as a reader of the page sees it (the text never reads a label column's header as a band).
 */
function placeOf(c: OutCell, kept: number[]): number {
  const k = firstKeptIn(kept, c.col, c.col + c.colSpan);
  const right = k === 0 && kept.length > 1 && kept[1] < c.col + c.colSpan && c.parts.some((p) => p.right);
  return right ? 1 : k;
}

/**
 * The slot two-slot figures share where no one-slot cell marks their column: 3M's statement of equity prints
 * `$ | 6,568` (the figure over the figure and `)` slots) in its balance rows and "48" over the `$` and figure slots in
 * the others; each kept its first slot, two columns under one header. A span overlapped by one other start only
 * (the one before it, or the one after) takes the slot they share, as the HTML reading places it (tables/grid.ts).
 */
function figureSlots(rows: OutCell[][], single: number[]): number[] {
  const starts = new Set<number>();
  for (const row of rows) {
    for (const c of row) {
      if (c.colSpan === 2 && isFigureCell(c) && firstKeptIn(single, c.col, c.col + 2) < 0) starts.add(c.col);
    }
  }
  const out: number[] = [];
  for (const s of starts) {
    const slot = sharedSlot(starts, s);
    if (slot !== undefined) out.push(slot);
  }
  return out;
}

function isFigureCell(c: OutCell): boolean {
  return /[0-9]/.test(c.parts[c.parts.length - 1].text) && isDataFigure(c);
}

function firstKeptIn(kept: number[], from: number, to: number): number {
  const lo = firstAtOrAfter(kept, from);
  return lo < kept.length && kept[lo] < to ? lo : -1;
}
