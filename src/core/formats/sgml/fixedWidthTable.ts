/**
 * An EDGAR plain-text `<TABLE>` block -> RawTables (layout 'fixed-width') and footnote definitions.
 * The `<S>`/`<C>` line gives the column starts; lines above it (up to `<CAPTION>`) are headers, lines
 * below are rows. A block with several `<S>` lines ("Second Quarter" then "Six Months Ended") gives one
 * table per `<S>` line, each with its own headers. Text under a bottom rule, `*` legends and the `<FN>`
 * block are footnotes, not rows.
 */
import type { RawCell, RawFootnote, RawRow, RawTable, Span } from '../../model';
import { type Line, type Word, isBlank, isRuleLine, offsetAtColumn, wordsOf } from './fixedWidthLine';
import { type Group, cellFromWords, emptyCell, isValueWord, joinRuns, parseLine, placeGroups } from './fixedWidthRows';
import { type Zone, readHeader } from './fixedWidthHeader';
import { FootnoteCollector, footnoteStart } from './footnotes';

export interface TableBlockResult {
  tables: RawTable[];
  footnotes: RawFootnote[];
  /** Legend and footnote lines inside the block (for the tables' `after`). */
  legend: Span[];
}

const TAG = /^<\/?(?:TABLE|CAPTION|S|C|PAGE|FN)>$|^\[[SC]\]$/i; // some filers typed [S] [C]
const JOINER = /(?:,|\band|\bor|\bof|&|-|\bthe|\bfor|\bin|\bto|\bfbo|\bon|\bwith|\bless|\bplus|\bnet)$/i;

const MAX_HEADER_LINES = 40;
const MAX_COLUMNS = 64;

interface MarkerLine {
  index: number;
  cols: number[];
}

function markerCols(words: Word[]): number[] | null {
  if (!words.length) return null;
  const cols: number[] = [];
  for (const w of words) {
    // "<C><C>": two column starts written without a space.
    if (/^(?:<[SC]>)+$/i.test(w.text)) {
      for (let j = 0; j < w.text.length; j += 3) cols.push(w.c0 + j);
    } else if (!TAG.test(w.text)) return null;
  }
  if (!cols.length) return null;
  cols.sort((a, b) => a - b);
  // Real tables have a handful of columns; a runaway marker line must not make every row cost more.
  return cols.filter((c, i) => i === 0 || c !== cols[i - 1]).slice(0, MAX_COLUMNS);
}

/** A label-only line continues onto the next line (a wrapped row label), rather than heading a group. */
function continues(prev: Word[], next: Word[]): boolean {
  const last = prev[prev.length - 1].text;
  if (/:$/.test(last) || (prev.length === 1 && isValueWord(last))) return false; // "Costs:", a year "1994"
  if (JOINER.test(last)) return true;
  // "Common stock issued under stock / (hanging indent) option and purchase plans" continues;
  // "Special Charges / (indented) In-process research..." is a group heading over its own rows.
  if (/^[^A-Za-z]*[a-z]/.test(next[0].text)) return true;
  return next[0].c0 <= prev[0].c0 + 1;
}

export function readTableBlock(text: string, lines: Line[]): TableBlockResult {
  const words = lines.map((l) => wordsOf(text, l));
  let fnAt = lines.length;
  const markers: MarkerLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = words[i][0]?.text;
    if (first && /^<FN>$/i.test(first)) {
      fnAt = i;
      break;
    }
    const cols = markerCols(words[i]);
    if (cols) markers.push({ index: i, cols });
  }
  const result: TableBlockResult = { tables: [], footnotes: [], legend: [] };
  const notes = new FootnoteCollector(text);
  for (let m = 0; m < markers.length; m++) {
    const { index, cols } = markers[m];
    // Headers are a few lines; a block with pages of text before its <S> line must not cost quadratic time.
    const headerFrom = Math.max(
      index - MAX_HEADER_LINES,
      m === 0 ? 0 : segmentHeaderStart(text, lines, words, markers[m - 1].index, index, cols[0]),
    );
    const dataTo =
      m + 1 < markers.length
        ? segmentHeaderStart(text, lines, words, index, markers[m + 1].index, markers[m + 1].cols[0])
        : fnAt;
    const table = readSegment(
      text,
      lines,
      words,
      { headerFrom, headerTo: index, dataFrom: index + 1, dataTo },
      cols,
      notes,
      result.legend,
    );
    if (table) result.tables.push(table);
  }
  for (let i = fnAt; i < lines.length; i++) {
    const ws = words[i].filter((w) => !TAG.test(w.text));
    if (!ws.length) {
      notes.close();
      continue;
    }
    if (notes.feed(lines[i], ws)) result.legend.push({ start: lines[i].start, end: lines[i].end });
  }
  notes.close();
  result.footnotes = notes.footnotes;
  return result;
}

/** First header line of the segment whose `<S>` line is at `sAt`: indented lines just above it. */
function segmentHeaderStart(
  text: string,
  lines: Line[],
  words: Word[][],
  prevS: number,
  sAt: number,
  labelCol: number,
): number {
  let h = sAt;
  for (let i = sAt - 1; i > prevS; i--) if (/^<CAPTION>$/i.test(words[i][0]?.text ?? '')) return i;
  for (let i = sAt - 1; i > prevS; i--) {
    if (isBlank(text, lines[i]) || isRuleLine(text, lines[i])) continue;
    const ws = words[i].filter((w) => !TAG.test(w.text));
    if (!ws.length) continue;
    if (ws[0].c0 <= labelCol + 2 || ws.some((w) => /^[$(]|\d,\d|\.\d/.test(w.text))) break;
    h = i;
  }
  return h;
}

/** Line ranges of one table: header lines [headerFrom, headerTo), data lines [dataFrom, dataTo). */
export interface SegmentRange {
  headerFrom: number;
  headerTo: number;
  dataFrom: number;
  dataTo: number;
}

/** One table from its lines, given the visual column starts (label column first). */
export function readSegment(
  text: string,
  lines: Line[],
  words: Word[][],
  range: SegmentRange,
  cols: number[],
  notes: FootnoteCollector,
  legend: Span[],
): RawTable | null {
  const { headerFrom, headerTo, dataFrom, dataTo } = range;
  const firstC = cols[1] ?? Infinity;
  const starts = cols.slice(1);
  const rows: RawRow[] = [];
  const zones: Zone[] = cols.map(() => ({ c0: Infinity, c1: -Infinity }));
  const wordy: boolean[] = cols.map(() => false);
  const grow = (k: number, c0: number, c1: number) => {
    zones[k].c0 = Math.min(zones[k].c0, c0);
    zones[k].c1 = Math.max(zones[k].c1, c1);
  };
  let pending: { line: Line; label: Word[] }[] = [];
  const hasData: boolean[] = [];
  let ruleAt = -1; // rows.length when a rule line came after the last data row
  const emit = (label: { line: Line; label: Word[] }[], line: Line, placed: Group[][]) => {
    const runs: Span[] = label.map((p) => ({ start: p.label[0].start, end: p.label[p.label.length - 1].end }));
    for (const p of label) grow(0, p.label[0].c0, p.label[p.label.length - 1].c1);
    const cells: RawCell[] = [runs.length ? joinRuns(text, runs) : emptyCell(offsetAtColumn(text, line, cols[0]))];
    placed.forEach((gs, k) => {
      if (!gs.length) {
        cells.push(emptyCell(offsetAtColumn(text, line, starts[k])));
        return;
      }
      const ws = gs.length === 1 ? gs[0].words : gs.flatMap((g) => g.words);
      cells.push(cellFromWords(text, ws));
      if (!wordy[k + 1] && ws.some((w) => /[A-Za-z]{3}/.test(w.text) && !isValueWord(w.text))) wordy[k + 1] = true;
      grow(k + 1, ws[0].c0, ws[ws.length - 1].c1);
    });
    const first = label.length ? label[0].line.start : line.start;
    rows.push({ cells, span: { start: first, end: line.end } });
    hasData.push(placed.some((gs) => gs.length > 0));
  };
  const flush = () => {
    for (const p of pending) {
      emit(
        [p],
        p.line,
        starts.map(() => []),
      );
    }
    pending = [];
  };
  for (let i = dataFrom; i < dataTo; i++) {
    const line = lines[i];
    const ws = words[i].filter((w) => !TAG.test(w.text));
    if (!ws.length || isRuleLine(text, line)) {
      flush();
      notes.close();
      if (ws.length && rows.length && ruleAt === -1) ruleAt = rows.length;
      continue;
    }
    const parsed = parseLine(ws, firstC);
    if (!parsed.groups.length) {
      if ((footnoteStart(ws) && ws.length > 1) || notes.isOpen) {
        flush();
        notes.feed(line, ws);
        legend.push({ start: line.start, end: line.end });
        continue;
      }
      if (!parsed.label.length) continue;
      const prev = pending[pending.length - 1];
      if (prev && !continues(prev.label, parsed.label)) flush();
      pending.push({ line, label: parsed.label });
      continue;
    }
    notes.close();
    ruleAt = -1;
    const placed = placeGroups(parsed.groups, starts);
    if (parsed.label.length && pending.length && continues(pending[pending.length - 1].label, parsed.label)) {
      emit([...pending, { line, label: parsed.label }], line, placed);
      pending = [];
    } else {
      flush();
      emit(parsed.label.length ? [{ line, label: parsed.label }] : [], line, placed);
    }
  }
  flush();
  notes.close();
  // Text lines under the table's bottom rule are its legend, not rows.
  if (ruleAt !== -1 && hasData.slice(ruleAt).every((d) => !d)) {
    for (const r of rows.splice(ruleAt)) legend.push(r.span);
  }
  if (!rows.length) return null;
  const zoneList = zones.map((z, k): Zone => {
    const end = k + 1 < cols.length ? cols[k + 1] : cols[k] + 12;
    const numeric = k > 0 && z.c0 !== Infinity && !wordy[k];
    if (z.c0 === Infinity) return { c0: cols[k], c1: end };
    if (k === 0) return { c0: z.c0, c1: Math.min(z.c1, firstC) };
    // A stray wide cell must not stretch a column over its neighbours.
    const c0 = Math.max(z.c0, cols[k] - 4, cols[k - 1] + 1);
    const c1 = Math.min(z.c1, k + 1 < cols.length ? cols[k + 1] : Infinity);
    return c1 > c0 ? { c0, c1, numeric } : { c0: cols[k], c1: end, numeric };
  });
  const header = readHeader(text, lines.slice(headerFrom, headerTo), zoneList, cols);
  const first = header.rows[0]?.span.start ?? lines[headerFrom].start;
  const table: RawTable = {
    span: { start: Math.min(first, lines[headerFrom].start), end: rows[rows.length - 1].span.end },
    layout: 'fixed-width',
    rows: [...header.rows, ...rows],
    headerRows: header.rows.length,
  };
  if (header.caption.length) {
    const c = header.caption;
    table.caption = {
      text: c.map((s) => text.slice(s.start, s.end).replace(/\s+/g, ' ')).join(' '),
      span: { start: c[0].start, end: c[c.length - 1].end },
    };
  }
  return table;
}
