/**
 * Month names as filings print them in headers ("June 30,", "Sept. 30", "Dec 31"): full names and the usual
 * abbreviations, as a regular-expression alternation to build date patterns from, so every reader of dates
 * (the period reader, the stacked-header finder, the fixed-width band reader, the renderer) knows the same months.
 */
export const MONTH_NAMES =
  'january|february|march|april|may|june|july|august|september|october|november|december|' +
  'jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';

/** 1-12 for a month name or abbreviation of MONTH_NAMES (any case), else 0. */
export function monthNumber(name: string): number {
  return (
    ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(
      name.slice(0, 3).toLowerCase(),
    ) + 1
  );
}
