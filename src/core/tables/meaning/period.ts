import type { ColumnPeriod } from '../../model';
import { MONTH_NAMES, monthNumber } from '../../monthNames';

/** A column's period from its header path: duration words, a full date, a year, a fiscal or quarter label. */

const DATE = new RegExp(`\\b(${MONTH_NAMES})\\.?\\s+(\\d{1,2})(?!\\d)\\s*,?\\s*((?:19|20)\\d{2})?\\b`, 'i');
const YEAR = /\b((?:19|20)\d{2})\b/;
const ISO = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/;
/** "4/1/00", "3/27/1999": month/day/year as 1990s SGML headers print dates. */
const SLASHED = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{2}|(?:19|20)\d{2})\s*$/;

const DURATIONS: [RegExp, number][] = [
  // "Four Quarters Ended June 30, 2023": a trailing year, before "quarters" reads as three months. "Annual rates of
  // stock price appreciation" name a rate the column assumes, not a year it covers.
  [/\b(?:four|4)\s+quarters\b/i, 12],
  [
    /\b(?:three|3)[-\s]months?\b|\b(?:13|thirteen)[-\s]weeks?\b|\bquarters?\b|\bq[1-4]\b|\b(?:first|second|third|fourth)\s+quarter\b/i,
    3,
  ],
  [/\b(?:six|6)[-\s]months?\b|\b(?:26|twenty-six)[-\s]weeks?\b|\bhalf\b|\bfirst\s+half\b/i, 6],
  [/\b(?:nine|9)[-\s]months?\b|\b(?:39|thirty-nine)[-\s]weeks?\b/i, 9],
  [
    /\b(?:twelve|12)[-\s]months?\b|\b(?:52|53|fifty-two|fifty-three)[-\s]weeks?\b|\byears?\s+ended\b|\bfiscal\s+years?\b|\byears?\s+ending\b|\bannual\b(?!\s+rates?\b)|\bfull\s+year\b/i,
    12,
  ],
];

/**
 * An aging bucket ("Less than 12 Months", "12 Months or Greater", "More than five years"): how long something has
 * been held or is due in, not the period a column covers.
 */
const AGING =
  /\b(?:less|more|greater|fewer|longer)\s+than\s+(?:[\w-]+\s+)?(?:months?|years?|weeks?)\b|\b(?:months?|years?|weeks?)\s+or\s+(?:greater|more|longer|less|fewer)\b/i;

/** The order of a period: its ISO end, else year and quarter (Fourth Quarter 1997 < First Quarter 1998). */
export function periodKey(p: ColumnPeriod | undefined): string | undefined {
  if (!p) return undefined;
  if (p.end) return p.end;
  const y = p.label ? YEAR.exec(p.label) : null;
  if (!y) return undefined;
  const q = /\b(first|second|third|fourth|q1|q2|q3|q4)\b/i.exec(p.label ?? '');
  const n = q ? ['first', 'second', 'third', 'fourth', 'q1', 'q2', 'q3', 'q4'].indexOf(q[1].toLowerCase()) % 4 : 3;
  return `${y[1]}-q${n + 1}`;
}

export function readPeriod(path: string[]): ColumnPeriod | undefined {
  const p: ColumnPeriod = {};
  const parts: string[] = [];
  let month: number | undefined;
  let day: number | undefined;
  let year: number | undefined;
  for (const band of path) {
    let used = false;
    const aging = AGING.test(band);
    for (const [re, months] of DURATIONS) {
      if (p.months === undefined && !aging && re.test(band)) {
        p.months = months;
        used = true;
      }
    }
    const iso = ISO.exec(band);
    const d = DATE.exec(band);
    const slash = SLASHED.exec(band);
    if (slash && Number(slash[1]) <= 12) {
      const y = Number(slash[3]);
      year = slash[3].length === 4 ? y : y < 50 ? 2000 + y : 1900 + y;
      month = Number(slash[1]);
      day = Number(slash[2]);
      used = true;
    } else if (iso) {
      year = Number(iso[1]);
      month = Number(iso[2]);
      day = Number(iso[3]);
      used = true;
    } else if (d) {
      month = monthNumber(d[1]);
      day = Number(d[2]);
      // "For the Years Ended December 31, 1993, 1992 and 1991": the rows are the years; the band names none alone.
      if (d[3] && new Set(yearsNamed(band)).size < 2) year = Number(d[3]);
      used = true;
    } else {
      const y = YEAR.exec(band);
      // "2009", "Fiscal 2023", "2021 Gas Sales", "2021 Average Euro Exchange Rate" (a leading year names the column).
      // "FAS 109 Method 1994": a method's name, digits and all, before the one year the band ends with.
      const trailing = /^[A-Za-z].{0,40}\s(?:19|20)\d{2}\s*$/.test(band) && yearsNamed(band).length === 1;
      if (y && (trailing || /^\D{0,40}(?:19|20)\d{2}\D{0,12}$|^\s*(?:19|20)\d{2}\s+[A-Za-z]\D{0,40}$/.test(band))) {
        year = Number(y[1]);
        used = true;
      }
    }
    if (/\b(?:as\s+of|at|balance)\b/i.test(band) && (d || iso) && p.months === undefined) p.instant = true;
    if (used || /\bfiscal\b/i.test(band)) parts.push(band.replace(/[,\s]+$/, ''));
  }
  if (parts.length === 0) return undefined;
  if (month && day && year && day <= 31) {
    p.end = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  p.label = parts.join(' ').replace(/\s+/g, ' ');
  if (p.months === undefined && year === undefined && !p.end) return p.label ? { label: p.label } : undefined;
  return p;
}

/** Whether two periods can be the two sides of one change: the same duration when both say it. */
export function sameDuration(a: ColumnPeriod | undefined, b: ColumnPeriod | undefined): boolean {
  if (!a || !b) return true;
  if (a.months !== undefined && b.months !== undefined) return a.months === b.months;
  return true;
}

/** Years a change header names ("Percentage Change 2016 Versus 2015", "Q2 2023 vs. Q2 2022"). */
export function yearsNamed(text: string): number[] {
  const out: number[] = [];
  const re = /\b((?:19|20)\d{2})\b/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(Number(m[1]));
  return out;
}
