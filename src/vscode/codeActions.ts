import * as vscode from 'vscode';
import type { Finding } from '../rules/types';
import { AnalysisService, LANGUAGE_ID } from './analysisService';
import { Suppressions } from './suppressions';

export const DISABLE_HERE = 'filingLens.disableRuleHere';
export const DISABLE_IN_WORKSPACE = 'filingLens.disableRuleInWorkspace';
export const RESTORE_SILENCED = 'filingLens.restoreSilenced';

/**
 * Quick fixes on Filing Lens diagnostics: "Replace with computed value" when exactly one value is consistent,
 * "Disable rule here" (this finding, remembered per document) and "Turn off rule in workspace settings";
 * "Filing Lens: Restore Silenced Findings" undoes the "here" ones for the active document.
 */
export function registerCodeActions(
  context: vscode.ExtensionContext,
  analyses: AnalysisService,
  suppressions: Suppressions,
): void {
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider(LANGUAGE_ID, new FindingActions(analyses), {
      providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
    }),
    vscode.commands.registerCommand(DISABLE_HERE, async (uri: unknown, start: unknown) => {
      if (!(uri instanceof vscode.Uri) || typeof start !== 'number') return;
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      const finding = document && analyses.peek(document)?.findings.find((f) => f.span.start === start);
      if (document && finding) await suppressions.add(document, finding);
    }),
    vscode.commands.registerCommand(RESTORE_SILENCED, async () => {
      const document = vscode.window.activeTextEditor?.document;
      if (document) await suppressions.clear(document.uri);
    }),
    vscode.commands.registerCommand(DISABLE_IN_WORKSPACE, async (ruleId: unknown) => {
      if (typeof ruleId !== 'string' || !/^[a-z0-9-]+$/.test(ruleId)) return;
      await vscode.workspace
        .getConfiguration('filingLens')
        .update(`rules.${ruleId}`, 'off', vscode.ConfigurationTarget.Workspace);
    }),
  );
}

class FindingActions implements vscode.CodeActionProvider {
  constructor(private readonly analyses: AnalysisService) {}

  provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    const result = this.analyses.peek(document);
    if (!result) return [];
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== 'filing-lens') continue;
      const finding = findingFor(document, diagnostic, result.findings);
      if (!finding) continue;
      if (finding.fix) {
        const fix = new vscode.CodeAction(finding.fix.title, vscode.CodeActionKind.QuickFix);
        fix.edit = new vscode.WorkspaceEdit();
        fix.edit.replace(
          document.uri,
          new vscode.Range(document.positionAt(finding.fix.span.start), document.positionAt(finding.fix.span.end)),
          finding.fix.text,
        );
        fix.diagnostics = [diagnostic];
        fix.isPreferred = true;
        actions.push(fix);
      }
      const here = new vscode.CodeAction(`Disable ${finding.ruleId} here`, vscode.CodeActionKind.QuickFix);
      here.command = { title: here.title, command: DISABLE_HERE, arguments: [document.uri, finding.span.start] };
      here.diagnostics = [diagnostic];
      actions.push(here);
      const off = new vscode.CodeAction(
        `Turn off ${finding.ruleId} in workspace settings`,
        vscode.CodeActionKind.QuickFix,
      );
      off.command = { title: off.title, command: DISABLE_IN_WORKSPACE, arguments: [finding.ruleId] };
      off.diagnostics = [diagnostic];
      actions.push(off);
    }
    return actions;
  }
}

function findingFor(
  document: vscode.TextDocument,
  diagnostic: vscode.Diagnostic,
  findings: Finding[],
): Finding | undefined {
  const start = document.offsetAt(diagnostic.range.start);
  const end = document.offsetAt(diagnostic.range.end);
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return findings.find((f) => f.span.start === start && f.span.end === end && f.ruleId === code);
}
