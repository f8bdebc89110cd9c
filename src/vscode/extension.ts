import * as vscode from 'vscode';
import * as path from 'node:path';
import { AnalysisService } from './analysisService';
import { registerCodeActions } from './codeActions';
import { registerDiagnostics } from './diagnostics';
import { registerLargeFileNotice } from './largeFiles';
import { registerStatusBar } from './statusBar';
import { registerSummaryPanel } from './summaryPanel';
import { Suppressions } from './suppressions';
import { registerSecTextDocuments } from './secTextDocument';
import { registerHover } from './hover';
import { registerDefinition } from './definition';
import { registerReferences } from './references';
import { registerSymbols } from './symbols';
import { registerFolding } from './folding';
import { registerFilingDetection } from './detect';

/** Wiring only: every feature registers itself and goes into context.subscriptions. */
export function activate(context: vscode.ExtensionContext): void {
  const analyses = new AnalysisService(path.join(context.extensionPath, 'dist', 'analysisWorker.js'));
  const suppressions = new Suppressions(context.workspaceState);
  context.subscriptions.push(analyses, suppressions);
  registerDiagnostics(context, analyses, suppressions);
  registerCodeActions(context, analyses, suppressions);
  registerStatusBar(context, analyses);
  registerLargeFileNotice(context);
  registerSummaryPanel(context, analyses);
  registerSecTextDocuments(context, (key, text, path) => analyses.render(key, text, path));
  registerHover(context, analyses);
  registerDefinition(context, analyses);
  registerReferences(context, analyses);
  registerSymbols(context, analyses);
  registerFolding(context, analyses);
  registerFilingDetection(context);
}

export function deactivate(): void {}
