import type { ColumnKind } from '../../model';
import { type CellStats, isPercentColumn } from './stats';
import {
  CHANGE,
  COUNT,
  DRIVER,
  MONEY,
  OPTIONS,
  OPTION_TERMS,
  OWNERSHIP,
  PERCENT,
  PER_SHARE,
  POINTS,
  RATE,
  SHARE,
} from './words';

/** What a column measures, from its header words first and its cells second; `why` when neither says. */
export interface KindResult {
  kind: ColumnKind;
  /** A change column (percent, points or amount) by its header words. */
  change: boolean;
  /** A driver of a change (volume, price, currency effect): no two amounts it compares. */
  driver: boolean;
  why?: string;
}

export interface KindInput {
  path: string[];
  /** The bands no neighbour shares: the column's own header words. */
  own: string[];
  stats: CellStats;
  isLabel: boolean;
  /** The table's title and caption: "Percentage of net sales", "as a percent of revenue". */
  tableWords: string;
  /** The column just before it holds amounts under the same band ("Amount | %"). */
  besideAmount: boolean;
  /** The column continues the change column just before it (a `%` slot or NM marks the HTML put beside it). */
  spill: boolean;
  /** The change column it continues is a percent change. */
  spillOfPercent?: boolean;
  /** The labels of the rows where this column holds a percent. */
  rowLabels: string[];
  /** A row of this column prints 100 (the base of shares). */
  hasHundred: boolean;
  /** The label column's header, which heads every column ("Sales Change", "Gross margin percentage:"). */
  labelWords?: string;
  /** Another column of the table is headed "Change / %": a bare `%` header here means the same (its band unspread). */
  percentMeansChange?: boolean;
}

export function kindOf(x: KindInput): KindResult {
  const none = { change: false, driver: false };
  if (x.isLabel) return { kind: 'text', ...none };
  const s = x.stats;
  const all = x.path.join(' ');
  const own = x.own.length > 0 ? x.own.join(' ') : (x.path[x.path.length - 1] ?? '');
  if (s.figures === 0 && s.notMeaningful === 0 && s.lessThanOne === 0 && s.pointsCells === 0) {
    if (s.text > 0) return { kind: 'text', ...none };
    return { kind: 'unknown', ...none, why: 'no figures in the column' };
  }
  // A figure with its percent sign in the header ("Threshold Level (50% payout)", "5%($)", "+25 bps") is a level the
  // column is for, not the unit of its cells; a header ending in "($)" says its cells are dollars.
  const unitWords = x.path
    .map((b) => b.replace(/[+-]?\d+(?:\.\d+)?\s*(?:%|bps\b|basis\s+points?\b|pts?\b)/gi, ' '))
    .join(' ');
  const leaf = x.path[x.path.length - 1] ?? '';
  const dollarsHeaded = /\(\s*\$/.test(leaf);
  // "Number of Common Shares Owned and Percent of ... > # of Shares": the band's percent is its sibling's.
  const countHeaded = x.path.length > 1 && !PERCENT.test(leaf) && /#|\bnumber\b|\bshares\b/i.test(leaf);
  const percent = isPercentColumn(s, PERCENT.test(unitWords) && s.money === 0 && !dollarsHeaded && !countHeaded);
  // "Variance Due To > Volume | Mix | Cost | Other": the band says the columns below are drivers.
  const dueTo = x.path.slice(0, -1).some((b) => /\bdue\s+to\b|\bdrivers?\s+of\b|\bimpact\s+of\b/i.test(b));
  const driverWords = (DRIVER.test(own) || dueTo) && !/\btotal\b|\bexcluding\b|\bex-|\bconstant\b/i.test(own);
  const bareChange = x.percentMeansChange === true && /^\s*%\s*$/.test(all) && !x.besideAmount;
  const labelChange = percent && CHANGE.test(x.labelWords ?? '') && !SHARE.test(all) && !RATE.test(all);
  const change =
    (CHANGE.test(all) && !(SHARE.test(own) && !CHANGE.test(own))) ||
    (driverWords && percent) ||
    x.spill ||
    bareChange ||
    labelChange;
  const driver = change && driverWords;
  // "+25 bps Discount Rate" names a scenario, not the unit of the cells below it. A column printing more dollars
  // than points ("Effects of Foreign Currency": $(318) ... "20 bps" on the margin rows) is an amount column with a few
  // rows in points.
  const pointsCells = s.pointsCells > 0 && s.pointsCells > s.percents && s.pointsCells >= s.money;
  if (POINTS.test(unitWords) || pointsCells) {
    return { kind: 'points-change', change: true, driver };
  }
  if (OWNERSHIP.test(all)) {
    if (percent) return { kind: 'ownership', ...none };
    // Dashes only ("Number" after the offering, none left) under a share-count header: still a count.
    if ((s.figures > 0 && s.money * 2 < s.figures) || (s.figures === 0 && s.money === 0 && COUNT.test(all))) {
      return { kind: 'count', ...none };
    }
  }
  if (change) {
    // A slot of a percent-change column the HTML split off ("Total Change" thrice, 17.8 alone in the third): its
    // bare numbers are that column's percents.
    if (percent || (x.spill && x.spillOfPercent && s.money === 0)) return { kind: 'percent-change', change, driver };
    return { kind: 'amount', change, driver };
  }
  if (percent) {
    if (RATE.test(all) && !/%\s*of\b|\bpercent(?:age)?\s+(?:of|to)\b/i.test(all)) return { kind: 'rate', ...none };
    // "Percentage of amount assumed to net": one column of the row over another, a ratio, not a share of a total.
    if (RATIO_OF.test(all)) {
      return {
        kind: 'rate',
        ...none,
        why: 'a ratio of two amounts of each row ("percentage of ... to ..."), not a share of a total',
      };
    }
    if (SHARE.test(all)) return { kind: 'share', ...none };
    if (/^\s*(?:%|percent(?:age)?|pct\.?)\s*$/i.test(own) && x.besideAmount) return { kind: 'share', ...none };
    // A mix whose parts add up to 100 (revenue by line of business): shares of a whole.
    const mix = s.parts >= 2 && Math.abs(s.sum - 100) <= 0.05 * s.figures + 0.05;
    if (x.hasHundred || mix || SHARE.test(x.tableWords)) return { kind: 'share', ...none };
    if (RATE.test(x.tableWords) || RATE.test(x.labelWords ?? '')) return { kind: 'rate', ...none };
    const byRows = rowsSay(x.rowLabels);
    if (byRows) return byRows;
    return {
      kind: 'unknown',
      ...none,
      why: 'percents under a header that does not say whether they are shares, rates or changes',
    };
  }
  if (PER_SHARE.test(all)) return { kind: 'per-share', ...none };
  // "Options Owned", "Numbers of warrants outstanding": a count of them, not their "Exercise Price" or "Remaining Life".
  const options = OPTIONS.test(leaf) && !OPTION_TERMS.test(all);
  if (
    (COUNT.test(all) || options) &&
    !MONEY.test(all) &&
    (s.money * 2 < s.figures || (s.figures === 0 && s.money === 0))
  ) {
    return { kind: 'count', ...none };
  }
  // Dashes and NM only, under an amount header: nil amounts.
  if (s.figures === 0 && x.path.length === 0) {
    return { kind: 'unknown', ...none, why: 'only not-meaningful marks, under no header' };
  }
  return { kind: 'amount', ...none };
}

const RATIO_OF =
  /\bpercent(?:age)?\s+of\s+[a-z][a-z\s]*?\s+to\s+(?!(?:total\s+)?(?:net\s+)?(?:sales|revenues?|total)\b)[a-z]/i;

/** Rows of assumptions or statistics whose percents are rates: volatility, dividend yield, discount rate. */
const ROW_RATE = /\bas\s+a\s+percent|\bmarket\s+share\b|\bshare\s+of\b|\bvolatility\b|\bexpected\s+dividends?\b/i;

/** A row labelled as a rate ("Expected volatility", "Risk-free rate", "Gross margin"): its 100% is no base of shares. */
export function isRate(label: string): boolean {
  return RATE.test(label) || ROW_RATE.test(label);
}

const ROW_CHANGE =
  /\bchange\b|\bgrowth\b|\bincrease\b|\bdecrease\b|\borganic\b|\bvolume\b|\bprice\b|\btranslation\b|\bcurrency\b|\bacquisitions?\b|\bdivestitures?\b/i;

/** Percents whose rows say what they are: rates and margins by row, or changes and their drivers by row. */
function rowsSay(labels: string[]): KindResult | undefined {
  if (labels.length === 0) return undefined;
  const rates = labels.filter(isRate).length;
  const changes = labels.filter((l) => ROW_CHANGE.test(l)).length;
  if (rates * 2 > labels.length) return { kind: 'rate', change: false, driver: false };
  // A reconciliation of a rate ("Operating profit margin, GAAP" ... its adjustments ... "margin, non-GAAP"): the rows
  // between are parts of that rate, in its points.
  if (labels.length >= 3 && isRate(labels[0]) && isRate(labels[labels.length - 1])) {
    return {
      kind: 'rate',
      change: false,
      driver: false,
      why: 'a reconciliation of a rate: its first and last rows are rates, the rows between its parts',
    };
  }
  if (changes * 2 > labels.length && rates === 0) {
    return {
      kind: 'percent-change',
      change: true,
      driver: true,
      why: 'changes by row (each row a measure or a driver), not a comparison of columns',
    };
  }
  return undefined;
}
