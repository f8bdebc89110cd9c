import type { RawRow, RawTable } from '../model';
import { cleanText, isDataValue, typeCell } from './cells';
import { mayHaveMarker, splitMarkers } from './markers';
import { CHANGE, PERCENT, POINTS } from './meaning/words';

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
 * words. One pass over the rows; a row stops being looked at on its first figure.
 */

const YEAR = /^(?:fiscal\s+|fy\s*)?'?(?:19|20)\d{2}[a-z]?,?$/i;
const MONTH =
  /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+\d{1,2}\b/i;
const SLASH_DATE = /^\d{1,2}\/\d{1,2}\/(?:\d{2}|\d{4})$/;
const DURATION =
  /\b(?:three|six|nine|twelve|\d{1,2})[-\s]+(?:months?|weeks?)\b|\bquarters?\b|\b(?:years?|periods?|months?|weeks?)\s+ended\b|\bended\b|\bq[1-4]\b|\bytd\b|\byear[-\s]to[-\s]date\b|\bfiscal\b/i;
const WORDS =
  /^(?:\(?(?:in\s+)?(?:mils?|millions|thousands|billions|dollars|amounts?|\$)\.?\)?|amount|percent(?:age)?|%|actual|reported|as\s+reported|before\s+offering|after\s+offering|total|change|increase|decrease)$/i;

/** Splits a table where its header reappears after data rows; a table with no such header is returned alone. */
export function splitStacked(t: RawTable): RawTable[] {
  const rows = t.rows;
  if (rows.length < 4) return [t];
  const firstData = rows.findIndex((r, i) => i >= (t.headerRows ?? 0) && hasData(r));
  if (firstData <= 0) return [t];
  const top = new Set<string>();
  for (let i = 0; i < firstData; i++) for (const c of rows[i].cells) addText(top, c.text);
  if (top.size === 0) return [t];
  const starts: number[] = [];
  let dataSince = true; // data rows since the last split
  for (let i = firstData + 1; i < rows.length; i++) {
    const r = rows[i];
    if (hasData(r)) {
      dataSince = true;
      continue;
    }
    if (!dataSince) continue;
    const head = headerRun(rows, i);
    if (head === undefined) continue;
    i = head.end - 1;
    if (!head.period || !head.texts.some((x) => top.has(x))) continue;
    if (!rows.slice(head.end).some(hasData)) break;
    starts.push(head.start);
    dataSince = false;
  }
  if (starts.length === 0) return [t];
  const parts: RawTable[] = [];
  const bounds = [0, ...starts, rows.length];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const part = rows.slice(bounds[k], bounds[k + 1]);
    const raw: RawTable = {
      span: {
        start: k === 0 ? t.span.start : part[0].span.start,
        end: k + 2 === bounds.length ? t.span.end : rows[bounds[k + 1]].span.start,
      },
      layout: t.layout,
      rows: part,
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
function headerRun(rows: RawRow[], at: number): HeaderRun | undefined {
  const first = headerRow(rows[at]);
  if (first === undefined) return undefined;
  const run: HeaderRun = { start: at, end: at + 1, period: first.period, texts: [...first.texts] };
  for (let i = at + 1; i < rows.length; i++) {
    if (isBlankRow(rows[i])) continue;
    const h = hasData(rows[i]) ? undefined : headerRow(rows[i]);
    if (!h) break;
    run.end = i + 1;
    run.period ||= h.period;
    run.texts.push(...h.texts);
  }
  return run;
}

/** A row with no figures whose cells past the first are all header words; undefined otherwise. */
function headerRow(r: RawRow): { period: boolean; texts: string[] } | undefined {
  const texts: string[] = [];
  let period = false;
  const label = r.cells.length > 0 ? bare(r.cells[0].text) : '';
  // A heading or a band ("Six Months Ended June 30,"), not a line of prose read into the label column.
  if (label.length > 60 || /[.;]$/.test(label)) return undefined;
  if (label && (DURATION.test(label) || MONTH.test(label))) period = true;
  for (let c = 1; c < r.cells.length; c++) {
    const t = bare(r.cells[c].text);
    if (!t) continue;
    if (t.length > 60) return undefined;
    const isPeriod = YEAR.test(t) || SLASH_DATE.test(t) || MONTH.test(t) || DURATION.test(t);
    if (!isPeriod && !WORDS.test(t) && !CHANGE.test(t) && !PERCENT.test(t) && !POINTS.test(t)) return undefined;
    period ||= isPeriod;
    texts.push(norm(t));
  }
  return texts.length > 0 ? { period, texts } : undefined;
}

function hasData(r: RawRow): boolean {
  for (let c = 1; c < r.cells.length; c++) {
    const t = r.cells[c].text;
    if (t.length === 0) continue;
    const v = typeCell(t);
    if (isDataValue(t, v)) return true;
    // "1,234 (2)": a figure once its footnote marker is off.
    if (v.kind === 'text' && mayHaveMarker(t)) {
      const s = splitMarkers(t, 0).text;
      if (s !== t && isDataValue(s, typeCell(s))) return true;
    }
  }
  return false;
}

function isBlankRow(r: RawRow): boolean {
  return r.cells.every((c) => cleanText(c.text) === '');
}

/** The cell's text without footnote markers, spaces normalised. */
function bare(text: string): string {
  return cleanText(splitMarkers(text, 0).text);
}

function norm(t: string): string {
  return t.toLowerCase().replace(/\s+/g, ' ').replace(/[,:]$/, '');
}

function addText(set: Set<string>, text: string): void {
  const t = bare(text);
  if (t) set.add(norm(t));
}
