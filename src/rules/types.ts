import type { Analysis, Span } from '../core/model';

export type Severity = 'error' | 'warning' | 'info';
export type RuleSetting = Severity | 'off';

/** A place a finding used, shown as related information ("printed total 100.0%"). */
export interface Related {
  span: Span;
  message: string;
}

/** One finding, in the plain, serialisable shape `runRules` returns (reporters add lines and columns). */
export interface Finding {
  ruleId: string;
  severity: Severity;
  /** One line for the Problems panel: a short headline ("12.4% change, but 131 vs 114 is 13.97%–15.86%"). */
  message: string;
  /** The whole arithmetic behind the headline (hover, related information, JSON `detail`), when there is more to say. */
  detail?: string;
  span: Span;
  /** The computed value or interval, as text ("1.40%-1.44%"). */
  expected?: string;
  /** The printed value, as text ("2.42%"). */
  actual?: string;
  related: Related[];
  /** A single consistent replacement, when exactly one value is consistent. */
  fix?: { span: Span; text: string; title: string };
  tableId?: string;
}

export interface TableCheck {
  tableId: string;
  ruleId: string;
  status: 'checked' | 'inconclusive';
  /** Why inconclusive ("no shares column"), for the summary; for a checked table, what the check rested on. */
  reason?: string;
  /**
   * A checked table the rule could check only in part: why the rest could not be ("a change on the
   * constant-currency basis; the amounts beside it are reported"). The table then counts as partly checked.
   */
  skipped?: string;
}

export interface CheckOptions {
  /** Per-rule severity override; 'off' disables the rule. */
  rules?: Record<string, RuleSetting>;
  /** Multiplies rounding tolerance (>= 1 widens). Default 1. */
  toleranceMultiplier?: number;
}

/**
 * A cell a rule checked (consistent or not): the values it accepts there, in the cell's printed units
 * (1.42 for 1.42%; empty when it cannot say), and the arithmetic as one line for hovers
 * ("101,700 / (O + x), O inferred 7,053,628–7,198,282 from 1 of 2 rows: 1.39%–1.44%").
 */
export interface CheckedCell {
  span: Span;
  ruleId: string;
  accepts: { lo: number; hi: number }[];
  note?: string;
}

export interface CheckResult {
  analysis: Analysis;
  findings: Finding[];
  tableChecks: TableCheck[];
  /** Every cell the rules checked, with the arithmetic (for hovers and the mutation test). */
  checkedCells?: CheckedCell[];
}
