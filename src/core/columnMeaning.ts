/**
 * What a table column measures (its meaning, read by tables/meaning) and what an inline XBRL fact tagged in a
 * cell says; re-exported by model.ts, so importers keep one import.
 */

/** A period as an XBRL context states it: a duration from `start` to `end`, or an instant on `end` (ISO dates). */
export interface FactPeriod {
  start?: string;
  end: string;
  instant?: boolean;
}

/**
 * An inline XBRL numeric fact (`ix:nonFraction`) shown in a cell. `decimals` is the fact's rounding in its own
 * unit (-6: to the million; 'INF': exact); `scale` the power of ten the displayed digits are multiplied by (6: the
 * cell prints millions); `negative`: `sign="-"`, the fact is the negative of what the digits say.
 */
export interface CellFact {
  name: string;
  contextRef: string;
  decimals?: number | 'INF';
  scale: number;
  negative?: boolean;
  format?: string;
  /** The context's period (absent when the filing defines no context of that id). */
  period?: FactPeriod;
  /** The context has segment or scenario members: a fact of one dimension's member (a segment, a class). */
  dimensional?: boolean;
}

/** What a column's cells measure. `unknown`: its header does not say (see `why`). */
export type ColumnKind =
  | 'amount'
  | 'percent-change'
  | 'points-change'
  | 'share'
  | 'ownership'
  | 'rate'
  | 'count'
  | 'per-share'
  | 'text'
  | 'unknown';

/** On which basis a column is stated; only `reported` changes derive from reported amounts. */
export type ColumnBasis =
  'reported' | 'constant-currency' | 'ex-currency' | 'organic' | 'adjusted' | 'pro-forma' | 'comparable';

/** The period a column is for: a duration in months ending on `end`, or an instant (a balance) on `end`. */
export interface ColumnPeriod {
  /** 3, 6, 9, 12 for a quarter, half, nine months, year; absent for an instant or when not stated. */
  months?: number;
  /** A balance at a date rather than a flow over a period. */
  instant?: boolean;
  /** ISO date (2023-07-01) when the header or the XBRL context gives one, else absent. */
  end?: string;
  /** The period as printed or as far as read: "Three Months Ended July 1, 2023", "2023", "Fiscal 2023". */
  label?: string;
}

export interface ColumnMeaning {
  kind: ColumnKind;
  period?: ColumnPeriod;
  basis: ColumnBasis;
  /** For changes: increase/(decrease), or better/(worse) and favorable/(unfavorable) (a rising cost prints negative). */
  sign?: 'increase-decrease' | 'better-worse';
  /** For a change column: the column indexes of [current, comparator], same basis and duration; null: not determined. */
  compares: [number, number] | null;
  /** For a share column: the amount column of the same period and the base row it divides by (null row: not found). */
  shareOf: { column: number; row: number | null } | null;
  /** Where the meaning came from: the header text, or (its period) the inline XBRL facts of the column's cells. */
  source: 'header' | 'xbrl';
  /** The period the header text says, when the facts' period (in `period`) disagrees with it. */
  headerPeriod?: ColumnPeriod;
  /** Why a meaning (or its `compares` / `shareOf`) could not be determined; absent when all is known. */
  why?: string;
}
