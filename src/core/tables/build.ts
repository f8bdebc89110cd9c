import type { Cell, Column, RawFootnote, RawHeading, RawTable, ReaderResult, Row, Section, Table } from '../model';
import { realignDrift } from './align';
import { reflowTabColumns } from './tabReflow';
import { resolveBands } from './bands';
import { cleanText, isDataValue, isFigure, isYearText } from './cells';
import { itemNumberRows } from './itemNumbers';
import { type GRow, dropEmptyColumns, expandRows, isBlank } from './grid';
import { mergeFragments, mergeMarkerColumns } from './merge';
import { basedOnCandidate, basedOnCount, lessThanLegend, scaleOf, statedOutstanding } from './notes';
import { columnRole, columnYear, rowKind } from './roles';
import { type MeaningInput, readMeanings } from './meaning';
import { inheritContinuedHeaders } from './continuedHeader';
import { spreadDatedBandOverTotal, spreadLonePeriodBand, spreadPeriodBands } from './periodBands';
import { splitRows, stackedStarts } from './stacked';
import { isUnitCaption } from './meaning/words';
import { cellOf } from './typed';
import { countHeaderRows } from './headerRows';
import { typePercentColumns } from './percentCells';
import { splitMarkers } from './markers';
import { firstStartingAtOrAfter } from '../spanSearch';

/**
 * RawTable (from any reader) -> Table: colSpan expanded, drifted TAB rows realigned, `$` `%` `)` fragments
 * merged into their figures, spacer columns dropped, header bands resolved into column paths, cells typed
 * with their footnote markers, roles and row kinds assigned, and the table's notes read (scale, `*` legend,
 * shares outstanding). Form-agnostic: everything it knows comes through RawTable.
 */
export function buildTables(text: string, raw: ReaderResult, sections: Section[]): Table[] {
  const order = raw.tables.map((t, i) => i).sort((a, b) => raw.tables[a].span.start - raw.tables[b].span.start);
  const out: Table[] = [];
  const footnotes = [...raw.footnotes].sort((a, b) => a.span.start - b.span.start);
  const headings = [...raw.headings].sort((a, b) => a.span.start - b.span.start);
  for (let k = 0; k < order.length; k++) {
    const whole = raw.tables[order[k]];
    const prevEnd = k > 0 ? raw.tables[order[k - 1]].span.end : 0;
    const nextStart = k + 1 < order.length ? raw.tables[order[k + 1]].span.start : text.length;
    try {
      for (const table of buildTable(text, whole, { footnotes, headings, sections, prevEnd, nextStart })) {
        table.id = `t${out.length}`;
        out.push(table);
      }
    } catch {
      // A table we cannot read is left out rather than breaking the whole analysis.
    }
  }
  inheritContinuedHeaders(out, meaningInputs, text);
  shareNotesAcrossContinuations(out, text);
  return out;
}

/**
 * A table broken by a page ("... (continued)") repeats its header; its notes (the `*` legend, the
 * shares outstanding) sit after the last part, so earlier parts take them from the part that follows.
 */
function shareNotesAcrossContinuations(tables: Table[], text: string): void {
  for (let k = tables.length - 2; k >= 0; k--) {
    const a = tables[k];
    const b = tables[k + 1];
    const gap = b.span.start - a.span.end;
    if (gap > 40000 || a.columns.length !== b.columns.length || a.headerRows.length === 0) continue;
    if (!a.columns.every((c, i) => c.path.join('|') === b.columns[i].path.join('|'))) continue;
    // Close by, or a page apart with "(continued)" between (HTML page breaks carry a lot of markup).
    if (
      gap < 2000 ||
      /\bcontinued\b/i.test(b.title ?? '') ||
      /\(continued\)/i.test(text.slice(a.span.end, b.span.start))
    ) {
      if (!a.lessThanOneLegend && b.lessThanOneLegend && b.lessThanThreshold !== undefined) {
        a.lessThanThreshold = b.lessThanThreshold;
      }
      a.lessThanOneLegend ||= b.lessThanOneLegend;
      const stated = basedOnCount(b);
      if (!basedOnCount(a) && stated) a.outstandingCandidates = [{ ...stated }];
    }
  }
}

const MAX_COLUMNS = 400;

/** What each built table's meanings were read from, for a continuation reading them again under its header. */
const meaningInputs = new WeakMap<Table, MeaningInput>();

interface Context {
  /** The reader's footnotes and headings, in document order. */
  footnotes: RawFootnote[];
  headings: RawHeading[];
  sections: Section[];
  prevEnd: number;
  nextStart: number;
  /** Set for a part of a stacked table: where the notes under the whole table start. */
  notesFrom?: number;
}

/**
 * The table, or its parts when a header reappears inside it (stacked sub-tables, see stacked.ts): each
 * part is built as a table of its own, the notes under the whole table counting for every part. Ids are
 * the caller's to set.
 */
export function buildTable(text: string, t: RawTable, ctx: Context): Table[] {
  const built = buildOne(text, t, ctx);
  if (!Array.isArray(built)) return built ? [built] : [];
  const notesFrom = t.span.end;
  return built.flatMap((part) => {
    const table = buildOne(text, part, { ...ctx, notesFrom });
    return table && !Array.isArray(table) ? [table] : [];
  });
}

/** One table; or, for a whole table (not a part) whose header reappears, the parts to build instead. */
function buildOne(text: string, t: RawTable, ctx: Context): Table | RawTable[] | undefined {
  let grid: GRow[] = expandRows(t);
  // Fragments merge within their row first, so a ")%" cell does not count as a column when realigning.
  mergeFragments(grid);
  if (t.layout === 'tab') grid = reflowTabColumns(realignDrift(grid));
  // Slots empty in every row hold nothing: drop them first so every later pass runs on fewer columns.
  grid = dropEmptyColumns(grid, []);
  mergeMarkerColumns(grid);
  grid = dropEmptyColumns(
    grid,
    grid.map((r) => r.cells.some((c, i) => i > 0 && !isBlank(c) && isDataValue(c.text, cellOf(c).cell.value))),
  );
  // No table is that wide: a line of thousands of pipes or TABs is not worth seconds of work.
  if (grid.length === 0 || grid[0].cells.length === 0 || grid[0].cells.length > MAX_COLUMNS) return undefined;
  const columns = grid[0].cells.length;
  // Rows with nothing in them (HTML spacer rows) are not rows of the table.
  grid = grid.filter((r) => r.cells.some((c) => !isBlank(c) || (c.covered === true && cleanText(c.text).length > 0)));
  if (grid.length === 0) return undefined;
  const cells = grid.map((r) => r.cells.map((c) => cellOf(c).cell));
  const items = itemNumberRows(cells);
  const headerCount = countHeaderRows(t, grid, cells, items);
  if (ctx.notesFrom === undefined) {
    const parts = stackedParts(t, grid, cells, headerCount);
    if (parts) return parts;
  }
  const dataCells = cells.slice(headerCount);
  const labelColumn = hasLabelColumn(dataCells, items?.slice(headerCount));
  const bands = resolveBands(grid.slice(0, headerCount), columns, labelColumn);
  // Unit captions set the scale; they are no column's header.
  const captions = bands.paths.flat().filter(isUnitCaption);
  if (captions.length > 0) {
    bands.paths = bands.paths.map((p) => p.filter((b) => !isUnitCaption(b)));
    bands.own = bands.own.map((p) => p.filter((b) => !isUnitCaption(b)));
  }
  spreadPeriodBands(bands.paths, labelColumn ? 0 : -1);
  spreadDatedBandOverTotal(bands.paths, labelColumn ? 0 : -1);
  if (t.layout === 'html') spreadLonePeriodBand(bands.paths, grid.slice(0, headerCount), labelColumn ? 0 : -1);

  const rows: Row[] = dataCells.map((rowCells, i) => {
    const g = grid[headerCount + i];
    const label = labelColumn ? labelOf(cellOf(g.cells[0]).stripped) : '';
    return { index: i, label, kind: rowKind(label, rowCells, labelColumn), cells: rowCells, span: g.span };
  });
  const cols: Column[] = [];
  for (let c = 0; c < columns; c++) {
    const path = bands.paths[c];
    const column = rows.map((r) => r.cells[c]);
    const col: Column = {
      index: c,
      path,
      role: columnRole(path, column, labelColumn && c === 0, bands.own[c]),
      headerSpans: bands.headerSpans[c],
      markers: bands.markers[c],
    };
    const year = c === 0 && labelColumn ? undefined : columnYear(path);
    if (year !== undefined) col.year = year;
    cols.push(col);
  }
  const notesFrom = Math.max(t.span.end, ctx.notesFrom ?? 0);
  const footnotesAfter = between(ctx.footnotes, notesFrom, Math.min(ctx.nextStart, notesFrom + 8000));
  const threshold = lessThanLegend(t.after, footnotesAfter);
  const table: Table = {
    id: '',
    layout: t.layout,
    span: t.span,
    scale: scaleOf([t.caption?.text, t.before, ...captions, ...bands.paths.flat()]),
    columns: cols,
    headerRows: bands.headerCells,
    rows,
    lessThanOneLegend: threshold !== undefined,
    footnoteIds: [],
  };
  if (threshold !== undefined) table.lessThanThreshold = threshold;
  if (t.caption) table.caption = t.caption.text;
  const title = titleOf(t, ctx);
  if (title) table.title = title;
  if (cols.some((c) => c.role === 'percent')) {
    const stated = statedOutstanding(text, t, ctx.nextStart, ctx.prevEnd);
    if (stated) table.outstandingCandidates = [basedOnCandidate(stated)];
  }
  const section = innermostSection(ctx.sections, t.span.start);
  if (section) table.sectionId = section.id;
  const input = {
    own: bands.own,
    notes: new Map(footnotesAfter.map((f): [string, string] => [f.key, f.text]).reverse()),
  };
  readMeanings(table, input);
  meaningInputs.set(table, input);
  typePercentColumns(table);
  return table;
}

/** The parts of a stacked table (grid rows mapped back to the reader's rows), or undefined. */
function stackedParts(t: RawTable, grid: GRow[], cells: Cell[][], headerCount: number): RawTable[] | undefined {
  const starts = stackedStarts(
    {
      length: grid.length,
      hasData: (i) => cells[i].some((c, k) => k > 0 && isDataValue(c.text, c.value)),
      texts: (i) => slotTexts(grid[i]),
    },
    headerCount,
  );
  if (starts.length === 0) return undefined;
  // Grid rows keep their reader row's span: the reader's index of each start.
  const rawStarts = starts.map((i) => t.rows.findIndex((r) => r.span === grid[i].span)).filter((i) => i > 0);
  return rawStarts.length > 0 ? splitRows(t, rawStarts) : undefined;
}

/**
 * Each slot's text without markers, a spanning cell's once (in its first slot left in the grid: a band
 * whose own slot was dropped survives in its covered copies).
 */
function slotTexts(row: GRow): string[] {
  const seen = new Set<number>();
  return row.cells.map((g) => {
    if (seen.has(g.origin)) return '';
    seen.add(g.origin);
    return g.covered ? cleanText(splitMarkers(g.text, 0).text) : cleanText(cellOf(g).stripped);
  });
}

/** A row label: markers off, spaces collapsed (wrapped labels arrive joined with line breaks). */
function labelOf(stripped: string): string {
  const t = cleanText(stripped);
  return /\s\s|[\t\n\r]/.test(t) ? t.replace(/\s+/g, ' ') : t;
}

function hasLabelColumn(rows: Cell[][], items: boolean[] | undefined): boolean {
  let text = 0;
  let figures = 0;
  let years = 0;
  for (let i = 0; i < rows.length; i++) {
    const c = rows[i][0];
    if (!c) continue;
    // exhibit numbers ("(31)", "3.1") label their rows
    if (c.value.kind === 'text' || items?.[i] === true) text++;
    else if (isYearText(c.text)) years++;
    else if (isFigure(c.value)) figures++;
  }
  // Rows labelled by years ("2024 ... 2028, 2029-2033", "2025 ... Thereafter, Total"): a first column with no
  // other figure than years holds their labels.
  if (figures === 0 && years >= 2) return true;
  return text > 0 && text >= figures + years;
}

function titleOf(t: RawTable, ctx: Context): string | undefined {
  if (t.caption?.text.trim()) return t.caption.text.trim();
  const lines = (t.before ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && l.length <= 200);
  for (let i = lines.length - 1; i >= 0; i--) {
    if (!/^\(?\s*(dollars\s+|amounts\s+)?in\s+(thousands|millions|billions)/i.test(lines[i])) return lines[i];
  }
  const above = between(ctx.headings, ctx.prevEnd, t.span.start).filter((h) => h.span.end <= t.span.start);
  return above.length > 0 ? above[above.length - 1].title : undefined;
}

/** Items (sorted by start) starting in [from, to), by binary search. */
function between<T extends { span: { start: number } }>(items: T[], from: number, to: number): T[] {
  const lo = firstStartingAtOrAfter(items, from, (item) => item.span.start);
  const out: T[] = [];
  for (let i = lo; i < items.length && items[i].span.start < to; i++) out.push(items[i]);
  return out;
}

function innermostSection(sections: Section[], at: number): Section | undefined {
  let found: Section | undefined;
  let level = sections;
  for (;;) {
    const s = level.find((x) => x.range.start <= at && at < x.range.end);
    if (!s) return found;
    found = s;
    level = s.children;
  }
}
