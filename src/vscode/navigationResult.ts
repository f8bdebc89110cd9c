import type * as vscode from 'vscode';
import type { CheckResult } from '../rules/types';
import type { AnalysisService } from './analysisService';

/** The finished analysis of this version at once when there is one, else the one being computed; never throws. */
export async function resultFor(
  analyses: AnalysisService,
  document: vscode.TextDocument,
): Promise<CheckResult | undefined> {
  const done = analyses.peek(document);
  if (done) return done;
  try {
    return await analyses.get(document);
  } catch {
    return undefined; // superseded by a newer version, or the worker failed: no answer rather than a stale one
  }
}
