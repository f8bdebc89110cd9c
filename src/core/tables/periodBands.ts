import { CHANGE } from './meaning/words';
import { readPeriod } from './meaning/period';
import { cleanText } from './cells';
import type { GRow } from './grid';

/**
 * A period band ("Three Months Ended June 30,") that the HTML spans over its first year only, or a
 * change band that a spacer slot carries over the next year: the year just right of a banded year
 * (another year, nothing or a change band above it) belongs under the same period band.
 */
const PERIOD_CELL = /^(?:\D{0,20}\s)?(?:19|20)\d{2}\s*$|^[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(?:19|20)\d{2}$/;
const PERIOD_BAND = /\bmonths?\b|\bquarters?\b|\bweeks?\b|\byears?\b|\bended\b|\bending\b|\bfiscal\b/i;

export function spreadPeriodBands(paths: string[][], first: number): void {
  for (let c = Math.max(1, first + 1); c < paths.length; c++) {
    const prev = paths[c - 1];
    const cur = paths[c];
    if (prev.length < 2 || cur.length === 0 || cur.length > 2) continue;
    const year = cur[cur.length - 1];
    const band = prev.slice(0, -1);
    if (!PERIOD_CELL.test(year) || !PERIOD_CELL.test(prev[prev.length - 1]) || year === prev[prev.length - 1]) continue;
    if (!PERIOD_BAND.test(band[band.length - 1])) continue;
    if (cur.length === 2 && !CHANGE.test(cur[0])) continue;
    paths[c] = [...band, year];
  }
}

/**
 * A period band over the first data columns that the HTML's colSpan stops short of the table's end (Lowe's
 * "Three Months Ended August 4, 2023" over the equity columns but not Total, Colgate's "December 31, 2023" over two
 * of four hedges, Adobe's "Fiscal Year 2023" over Low but not High): when it is the only period the header names,
 * the columns right of it, under no band of their own, are for it too, as a reader of the printed table sees.
 */
export function spreadLonePeriodBand(paths: string[][], header: GRow[], first: number): void {
  const start = first + 1;
  const head = paths[start]?.[0];
  if (head === undefined || paths[start].length < 2) return;
  // The band's row, and the rows above it, hold nothing over the columns right of it (no band of their own).
  const written = (h: number, c: number): boolean => cleanText(header[h].cells[c]?.text ?? '').length > 0;
  let row = 0;
  while (row < header.length && !written(row, start)) row++;
  if (row === header.length) return;
  const p = readPeriod([head]);
  if (!p || (p.months === undefined && !p.end)) return;
  let end = start;
  while (end + 1 < paths.length && paths[end + 1][0] === head) end++;
  if (end + 1 >= paths.length) return;
  for (let c = end + 1; c < paths.length; c++) {
    if (paths[c].some((b) => readPeriod([b]) !== undefined)) return;
    for (let h = 0; h <= row; h++) if (written(h, c)) return;
  }
  // The bands all its columns share ("Fiscal Year Ended" / "November 30," over 2021 | 2020), each keeping a leaf.
  let n = 1;
  const shared = (k: number): boolean => {
    for (let c = start; c <= end; c++) if (paths[c].length <= k + 1 || paths[c][k] !== paths[start][k]) return false;
    return true;
  };
  while (shared(n)) n++;
  const band = paths[start].slice(0, n);
  for (let c = end + 1; c < paths.length; c++) paths[c] = [...band, ...paths[c]];
}

/**
 * A dated band over a group of columns that are no periods themselves ("July 2, 2023" over Level 1 | Level 2 |
 * Level 3) that the HTML's colSpan stops one column short of their "Total", a column with no band of its own (J&J's
 * fair-value table, where "January 1, 2023" then heads its own Total): the Total is the group's at that date.
 */
export function spreadDatedBandOverTotal(paths: string[][], first: number): void {
  let c = Math.max(0, first + 1);
  while (c < paths.length) {
    const band = paths[c].length >= 2 ? paths[c][0] : undefined;
    let end = c;
    while (band !== undefined && end + 1 < paths.length && paths[end + 1].length >= 2 && paths[end + 1][0] === band) {
      end++;
    }
    const total = paths[end + 1];
    if (
      band !== undefined &&
      end > c &&
      total?.length === 1 &&
      /^total$/i.test(total[0]) &&
      readPeriod([band])?.end !== undefined &&
      paths.slice(c, end + 1).every((p) => readPeriod([p[p.length - 1]]) === undefined)
    ) {
      paths[end + 1] = [band, total[0]];
    }
    c = end + 1;
  }
}
