import type { Analysis } from '../core/model';
import type { CheckOptions, Finding, TableCheck } from './types';
import { runRule, type CheckedCell, type Rule } from './rule';
import { percentOfClass } from './percent-of-class';
import { lessThanOnePercent } from './less-than-one-percent';
import { percentChange } from './percent-change';
import { percentOfTotal } from './percent-of-total';
import { offeringArithmetic } from './offering-arithmetic';
import { footnoteUndefined } from './footnote-undefined';
import { footnoteUnused } from './footnote-unused';

export type { CheckedCell, Rule, RuleInfo } from './rule';

/** Every rule, for settings, docs and the CLI. Each lives in its own file with a doc comment. */
export const RULES: Rule[] = [
  percentOfClass,
  lessThanOnePercent,
  percentChange,
  percentOfTotal,
  offeringArithmetic,
  footnoteUndefined,
  footnoteUnused,
];

/**
 * Runs every enabled rule over an analysis; findings carry spans (line and column are the reporters'
 * business). A rule that throws is skipped, never fatal.
 * `checkedCells` lists every cell a rule checked (what the mutation test mutates).
 */
export function runRules(
  analysis: Analysis,
  options: CheckOptions = {},
): { findings: Finding[]; tableChecks: TableCheck[]; checkedCells: CheckedCell[] } {
  const findings: Finding[] = [];
  const tableChecks: TableCheck[] = [];
  const checkedCells: CheckedCell[] = [];
  const tolerance = options.toleranceMultiplier && options.toleranceMultiplier > 0 ? options.toleranceMultiplier : 1;
  for (const rule of RULES) {
    const setting = options.rules?.[rule.id] ?? rule.defaultSeverity;
    if (setting === 'off') continue;
    try {
      const result = runRule(rule, analysis, setting, tolerance);
      findings.push(...result.findings);
      tableChecks.push(...result.tableChecks);
      checkedCells.push(...result.checkedCells);
    } catch (e) {
      analysis.warnings.push(`rule ${rule.id} failed: ${(e as Error).message}`);
    }
  }
  // rule ids are ASCII: plain comparison (localeCompare would load ICU's collator, ~2 MB, into the process)
  findings.sort((a, b) => a.span.start - b.span.start || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  return { findings, tableChecks, checkedCells };
}
