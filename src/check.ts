import { analyze, type AnalyzeOptions } from './core/analyze';
import { runRules } from './rules/index';
import type { CheckOptions, CheckResult } from './rules/types';

/** Analyse a filing and run every enabled rule: what the CLI, the extension and the worker call. */
export function check(text: string, options: AnalyzeOptions & CheckOptions = {}): CheckResult {
  const analysis = analyze(text, options);
  const { findings, tableChecks, checkedCells } = runRules(analysis, options);
  return { analysis, findings, tableChecks, checkedCells };
}
