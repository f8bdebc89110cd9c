import * as vscode from 'vscode';
import { AnalysisService } from './analysisService';

/** Wiring only: every feature registers itself and goes into context.subscriptions. */
export function activate(context: vscode.ExtensionContext): void {
  const analyses = new AnalysisService();
  context.subscriptions.push(analyses);
}

export function deactivate(): void {}
