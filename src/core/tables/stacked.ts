import type { RawTable } from '../model';
import { CHANGE, PERCENT, POINTS } from './meaning/words';
import { MONTH_NAMES } from '../monthNames';

/**
 * Stacked sub-tables: one table printing a quarter block, then a header row again ("Six Months Ended
 * June 30, | 2023 | 2022") and a year-to-date block below it, or assets and then liabilities each under
 * their own years row. Read whole, every row falls under the first header, so the second block's
 * figures get the first block's periods. The table is split where its header reappears: each part is
 * a table of its own, with its own columns and meanings, and every rule, hover and summary works on it
 * unchanged.
 *
 * A reappearing header is a run of rows with no figures whose cells (past the label) are header words
 * (years, dates, durations, change and percent words, units), holding a period (a year, a date or a
 * duration), coming after data rows and followed by more, and sharing at least one cell text with the
 * table's first header (the same years, the same "Inc/(Dec)"): a header printed again, not any row of
 * words. One pass over the builder's typed rows (cells are typed once, for every pass).
 */

const YEAR = /^(?:fiscal\s+|fy\s*)?'?(?:19|20)\d{2}[a-z]?,?$/i;
const MONTH = new RegExp(`\\b(?:${MONTH_NAMES})\\.?\\s+\\d{1,2}\\b`, 'i');
const SLASH_DATE = /^\d{1,2}\/\d{1,2}\/(?:\d{2}|\d{4})$/;
const DURATION =
  /\b(?:three|six|nine|twelve|\d{1,2})[-\s]+(?:months?|weeks?)\b|\bquarters?\b|\b(?:years?|periods?|months?|weeks?)\s+ended\b|\bended\b|\bq[1-4]\b|\bytd\b|\byear[-\s]to[-\s]date\b|\bfiscal\b/i;
const WORDS =
  /^(?:\(?(?:in\s+)?(?:mils?|millions|thousands|billions|dollars|amounts?|\$)\.?\)?|amount|percent(?:age)?|%|actual|reported|as\s+reported|before\s+offering|after\s+offering|total|change|increase|decrease)$/i;

/**
 * What the finder needs of a table's rows (the builder's typed grid: cells typed once, for every pass).
 * texts(i): each slot's text without footnote markers ('' for empty or covered slots); slot 0 is the label.
 */
export interface StackedRows {
  length: number;
  hasData(i: number): boolean;
  texts(i: number): string[];
}

/** Rows where a reappearing header starts a new block (none: the table is one block). */
export function stackedStarts(rows: StackedRows, headerRows: number): number[] {
  if (rows.length < 4) return [];
  let firstData = -1;
  for (let i = headerRows; i < rows.length && firstData < 0; i++) if (rows.hasData(i)) firstData = i;
  if (firstData <= 0) return [];
  // The first header's texts, read only once a candidate turns up (most tables have none).
  let top: Set<string> | undefined;
  const topHas = (x: string): boolean => {
    if (!top) {
      top = new Set<string>();
      for (let i = 0; i < firstData; i++) for (const t of rows.texts(i)) if (t) top.add(norm(t));
    }
    return top.has(x);
  };
  const starts: number[] = [];
  let dataSince = true; // data rows since the last split
  for (let i = firstData + 1; i < rows.length; i++) {
    if (rows.hasData(i)) {
      dataSince = true;
      continue;
    }
    if (!dataSince) continue;
    const head = headerRun(rows, i);
    if (head === undefined) continue;
    i = head.end - 1;
    if (!head.period || !head.texts.some(topHas)) continue;
    let more = false;
    for (let k = head.end; k < rows.length && !more; k++) more = rows.hasData(k);
    if (!more) break;
    starts.push(titleRowsAbove(rows, head.start));
    dataSince = false;
  }
  return starts;
}

/**
 * Where the block starts: label-only rows right above its header ("Six Months Ended June 30,", "Liabilities") title the
 * block below them, since nothing of the block above follows them. At most three, each short and not a sentence.
 */
function titleRowsAbove(rows: StackedRows, start: number): number {
  let s = start;
  while (s > 1 && start - s < 3 && !rows.hasData(s - 1)) {
    const texts = rows.texts(s - 1);
    const label = texts[0] ?? '';
    if (!label || label.length > 60 || /[.;]$/.test(label) || texts.some((t, c) => c > 0 && t !== '')) break;
    s--;
  }
  return s;
}

/** The table cut before each of `starts` (indexes into t.rows); notes, caption and title lines go to every part. */
export function splitRows(t: RawTable, starts: number[]): RawTable[] {
  const rows = t.rows;
  const bounds = [0, ...starts, rows.length];
  const parts: RawTable[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const raw: RawTable = {
      span: {
        start: k === 0 ? t.span.start : rows[bounds[k]].span.start,
        end: k + 2 === bounds.length ? t.span.end : rows[bounds[k + 1]].span.start,
      },
      layout: t.layout,
      rows: rows.slice(bounds[k], bounds[k + 1]),
    };
    if (k === 0 && t.headerRows !== undefined) raw.headerRows = t.headerRows;
    if (t.caption) raw.caption = t.caption;
    if (t.before !== undefined) raw.before = t.before;
    if (t.after !== undefined) raw.after = t.after;
    parts.push(raw);
  }
  return parts;
}

interface HeaderRun {
  start: number;
  end: number;
  /** Some cell holds a year, a date or a duration. */
  period: boolean;
  /** Normalised texts of the cells past the label. */
  texts: string[];
}

/** The run of header-like rows through row `at` (blank rows inside it included), if `at` is one. */
function headerRun(rows: StackedRows, at: number): HeaderRun | undefined {
  const first = headerRow(rows.texts(at));
  if (first === undefined) return undefined;
  const run: HeaderRun = { start: at, end: at + 1, period: first.period, texts: [...first.texts] };
  for (let i = at + 1; i < rows.length; i++) {
    const texts = rows.texts(i);
    if (texts.every((t) => t === '')) continue;
    const h = rows.hasData(i) ? undefined : headerRow(texts);
    if (!h) break;
    run.end = i + 1;
    run.period ||= h.period;
    run.texts.push(...h.texts);
  }
  return run;
}

/** A row with no figures whose cells past the first are all header words; undefined otherwise. */
function headerRow(cells: string[]): { period: boolean; texts: string[] } | undefined {
  const texts: string[] = [];
  let period = false;
  const label = cells.length > 0 ? cells[0] : '';
  // A heading or a band ("Six Months Ended June 30,"), not a line of prose read into the label column.
  if (label.length > 60 || /[.;]$/.test(label)) return undefined;
  if (label && (DURATION.test(label) || MONTH.test(label))) period = true;
  for (let c = 1; c < cells.length; c++) {
    const t = cells[c];
    if (!t) continue;
    if (t.length > 60) return undefined;
    const isPeriod = YEAR.test(t) || SLASH_DATE.test(t) || MONTH.test(t) || DURATION.test(t);
    if (!isPeriod && !WORDS.test(t) && !CHANGE.test(t) && !PERCENT.test(t) && !POINTS.test(t)) return undefined;
    period ||= isPeriod;
    texts.push(norm(t));
  }
  return texts.length > 0 ? { period, texts } : undefined;
}

function norm(t: string): string {
  return t.toLowerCase().replace(/\s+/g, ' ').replace(/[,:]$/, '');
}
