import type { Analysis, Cell, Span } from '../core/model';
import type { Interval } from '../core/interval';
import type { CheckedCell, Finding, Related, Severity, TableCheck } from './types';

export type { CheckedCell } from './types';

export interface RuleInfo {
  id: string;
  description: string;
  defaultSeverity: Severity;
}

/** What a rule reports: one finding on one place, with the cells it used. */
export interface Report {
  /** The headline: one short line. */
  message: string;
  /** The whole arithmetic (hover, related information, JSON `detail`). */
  detail?: string;
  span: Span;
  expected?: string;
  actual?: string;
  related?: Related[];
  fix?: Finding['fix'];
  tableId?: string;
}

/** What a rule gets: the analysis, the tolerance multiplier, and ways to report and to record coverage. */
export interface RuleContext {
  analysis: Analysis;
  /** Multiplies every rounding half-width (>= 1 widens). */
  tolerance: number;
  report(report: Report): void;
  /**
   * Record that the rule checked a table (or a part of it), or could not check it or a part of it (reason).
   * Called once per part: a table with parts of both is checked, with the first reason as `skipped`.
   */
  table(tableId: string, status: TableCheck['status'], reason?: string): void;
  /**
   * Record a cell the rule checked (consistent or not), with the values it would accept there, in the
   * cell's printed units (1.42 for 1.42%), and the arithmetic as one line (hovers show it).
   */
  checked(cell: Cell, accepts: Interval[], note?: string): void;
}

/** A rule: one file each in src/rules, with a doc comment saying what it checks and why. */
export interface Rule extends RuleInfo {
  run(context: RuleContext): void;
}

/** Runs one rule, returning its reports as plain Finding objects with its table checks and checked cells. */
export function runRule(
  rule: Rule,
  analysis: Analysis,
  severity: Severity,
  tolerance: number,
): { findings: Finding[]; tableChecks: TableCheck[]; checkedCells: CheckedCell[] } {
  const findings: Finding[] = [];
  const checkedCells: CheckedCell[] = [];
  const checks = new Map<string, TableCheck>();
  const context: RuleContext = {
    analysis,
    tolerance,
    report(r) {
      findings.push({
        ruleId: rule.id,
        severity,
        message: r.message,
        ...(r.detail ? { detail: r.detail } : {}),
        span: r.span,
        expected: r.expected,
        actual: r.actual,
        related: r.related ?? [],
        ...(r.fix ? { fix: r.fix } : {}),
        ...(r.tableId ? { tableId: r.tableId } : {}),
      });
    },
    checked(cell, accepts, note) {
      checkedCells.push({ span: cell.span, ruleId: rule.id, accepts, ...(note ? { note } : {}) });
    },
    table(tableId, status, reason) {
      checks.set(
        tableId,
        mergeCheck(checks.get(tableId), { tableId, ruleId: rule.id, status, ...(reason ? { reason } : {}) }),
      );
    },
  };
  rule.run(context);
  return { findings, tableChecks: [...checks.values()], checkedCells };
}

/**
 * One rule's parts of one table, as one check: all inconclusive stays inconclusive (first reason); a checked
 * part and an inconclusive one make a checked table whose `skipped` says why the rest was not checked.
 */
export function mergeCheck(previous: TableCheck | undefined, next: TableCheck): TableCheck {
  if (!previous) return next;
  if (previous.status === next.status) {
    if (previous.status === 'checked' && !previous.reason && next.reason) return { ...previous, reason: next.reason };
    return previous;
  }
  const [checked, skipped] = previous.status === 'checked' ? [previous, next] : [next, previous];
  if (checked.skipped || !skipped.reason) return checked;
  return { ...checked, skipped: skipped.reason };
}

/** Where each rule's documentation (docs/rules/<id>.md) is published, for SARIF helpUri and diagnostic links. */
export const RULE_DOCS_BASE = 'https://github.com/filing-lens/filing-lens/blob/main/docs/rules/';

export function ruleDocsUrl(id: string): string {
  return `${RULE_DOCS_BASE}${id}.md`;
}
