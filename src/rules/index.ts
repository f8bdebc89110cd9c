import type { Analysis } from '../core/model';
import type { CheckOptions, Finding, TableCheck } from './types';

export interface RuleInfo {
  id: string;
  description: string;
  defaultSeverity: 'error' | 'warning' | 'info';
}

/** Every rule, for settings, docs and the CLI. Placeholder until the rules land (percentage issue). */
export const RULES: RuleInfo[] = [];

export function runRules(_analysis: Analysis, _options: CheckOptions = {}): { findings: Finding[]; tableChecks: TableCheck[] } {
  return { findings: [], tableChecks: [] };
}
