import { CHANGE } from './meaning/words';

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
