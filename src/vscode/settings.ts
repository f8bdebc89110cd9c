import * as vscode from 'vscode';
import type { CheckOptions, RuleSetting } from '../rules/types';
import { RULES } from '../rules/index';

/** Reads `filingLens.*` settings into engine options. */
export function readCheckOptions(scope?: vscode.Uri): CheckOptions {
  const config = vscode.workspace.getConfiguration('filingLens', scope);
  const rules: Record<string, RuleSetting> = {};
  for (const rule of RULES) {
    const value = config.get<RuleSetting>(`rules.${rule.id}`);
    if (value) rules[rule.id] = value;
  }
  const multiplier = config.get<number>('toleranceMultiplier', 1);
  return { rules, toleranceMultiplier: Number.isFinite(multiplier) && multiplier > 0 ? multiplier : 1 };
}
