import * as vscode from 'vscode';
import type { CheckResult } from '../rules/types';
import { AnalysisService, LANGUAGE_ID } from './analysisService';

/**
 * A status-bar item for the active filing: findings count, "analysing" while work runs, and the engine's
 * notices (binary content, very large file). Clicking it opens the summary panel.
 */
export function registerStatusBar(context: vscode.ExtensionContext, analyses: AnalysisService): void {
  const item = vscode.window.createStatusBarItem('filingLens.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Filing Lens';
  item.command = 'filingLens.showSummary';

  /**
   * `analyse`: start the analysis when none is cached for this version (a newly active editor). An edit only
   * shows "analysing": the diagnostics' debounced run does the work, and onDidAnalyze brings the result here.
   */
  const update = (analyse = true) => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== LANGUAGE_ID) {
      item.hide();
      return;
    }
    const result = analyses.peek(document);
    if (!result) {
      item.text = '$(sync~spin) Filing Lens';
      item.tooltip = 'Analysing the filing…';
      if (analyse) {
        void analyses.get(document).then(
          () => update(),
          () => undefined,
        );
      }
    } else {
      show(item, result);
    }
    item.show();
  };

  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(() => update()),
    analyses.onDidAnalyze(({ document }) => {
      if (document === vscode.window.activeTextEditor?.document) update();
    }),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === vscode.window.activeTextEditor?.document) update(false);
    }),
  );
  update();
}

function show(item: vscode.StatusBarItem, { analysis, findings }: CheckResult): void {
  const notice = analysis.warnings.find((w) => /^(Not analysed|large filing)/.test(w));
  const n = findings.length;
  item.text = notice
    ? '$(warning) Filing Lens'
    : n === 0
      ? '$(check) Filing Lens'
      : `$(report) ${n} ${n === 1 ? 'finding' : 'findings'}`;
  const tables = `${analysis.tables.length} ${analysis.tables.length === 1 ? 'table' : 'tables'}`;
  item.tooltip = [
    notice,
    `${analysis.metadata.formType ?? 'Filing'}: ${tables}, ${n} ${n === 1 ? 'finding' : 'findings'}`,
    'Click for the filing summary',
  ]
    .filter(Boolean)
    .join('\n');
  item.backgroundColor = notice ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
}
