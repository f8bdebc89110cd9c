import type { Cell } from '../../model';

/** What a column's cells hold, counted once for every reader of its meaning. */
export interface CellStats {
  figures: number;
  percents: number;
  money: number;
  notMeaningful: number;
  lessThanOne: number;
  text: number;
  /** The first figure cell carries `%` (and the last, or no cell is money): the rows between print bare numbers. */
  percentEnds: boolean;
  /** Cells printed like "460 bps", "1ppt". */
  pointsCells: number;
  /** The sum of the figures (a mix of shares sums to 100). */
  sum: number;
  /** Figures strictly between 0 and 100: the parts of a mix (a lone 100 beside zeros is none). */
  parts: number;
}

export function statsOf(cells: Cell[]): CellStats {
  const s: CellStats = {
    figures: 0,
    percents: 0,
    money: 0,
    notMeaningful: 0,
    lessThanOne: 0,
    text: 0,
    percentEnds: false,
    pointsCells: 0,
    sum: 0,
    parts: 0,
  };
  let first: Cell | undefined;
  let last: Cell | undefined;
  for (const c of cells) {
    const k = c.value.kind;
    if (k === 'number' || k === 'percent') {
      s.figures++;
      s.sum += c.value.value ?? 0;
      const v = Math.abs(c.value.value ?? 0);
      if (v > 0 && v < 100) s.parts++;
      first ??= c;
      last = c;
    }
    if (k === 'percent') s.percents++;
    if (c.value.money) s.money++;
    if (k === 'not-meaningful') s.notMeaningful++;
    if (k === 'less-than-one') s.lessThanOne++;
    if (k === 'text') {
      s.text++;
      if (/^\(?-?\d[\d.,]*\)?\s*(?:bps|pts?|ppts?|basis\s+points?)$/i.test(c.text.trim())) s.pointsCells++;
    }
  }
  // "12.0%" on the first row only (or the first and the total row), bare numbers between.
  s.percentEnds =
    first !== undefined &&
    first.value.kind === 'percent' &&
    (last === first || last?.value.kind === 'percent' || s.money === 0);
  return s;
}

/** A column whose cells are percents in most rows (or whose first and last figures are): its bare numbers are percents. */
export function isPercentColumn(s: CellStats, headerSaysPercent: boolean): boolean {
  if (s.figures === 0) return s.lessThanOne > 0 || (headerSaysPercent && s.notMeaningful > 0);
  if (s.money * 2 > s.figures) return false;
  return s.percents * 2 > s.figures || (s.percents > 0 && s.percentEnds) || headerSaysPercent;
}
