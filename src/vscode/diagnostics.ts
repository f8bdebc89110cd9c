import * as vscode from 'vscode';
import type { Finding, Severity } from '../rules/types';
import { AnalysisService, LANGUAGE_ID } from './analysisService';
import { Superseded } from './analysisRunner';
import type { Suppressions } from './suppressions';

const DEBOUNCE_MS = 300;

/**
 * Findings as diagnostics on `sec-filing` documents: at once on open, debounced on edit, results for a stale
 * version dropped, cleared on close or when the document stops being a filing.
 */
export function registerDiagnostics(
  context: vscode.ExtensionContext,
  analyses: AnalysisService,
  suppressions: Suppressions,
): void {
  const collection = vscode.languages.createDiagnosticCollection('filing-lens');
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const docsUri = (ruleId: string) => vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', `${ruleId}.md`);

  const clearTimer = (key: string) => {
    const t = timers.get(key);
    if (t) clearTimeout(t);
    timers.delete(key);
  };

  const refresh = async (document: vscode.TextDocument) => {
    if (document.languageId !== LANGUAGE_ID || document.isClosed) return;
    const version = document.version;
    try {
      const { findings } = await analyses.get(document);
      if (document.isClosed || document.version !== version || document.languageId !== LANGUAGE_ID) return;
      const shown = findings.filter((f) => !suppressions.isSuppressed(document, f));
      collection.set(
        document.uri,
        shown.map((f) => toDiagnostic(document, f, docsUri)),
      );
    } catch (e) {
      if (e instanceof Superseded) return;
      console.error(`filing-lens: analysis of ${document.uri.toString()} failed`, e);
    }
  };

  const schedule = (document: vscode.TextDocument) => {
    const key = document.uri.toString();
    clearTimer(key);
    timers.set(
      key,
      setTimeout(() => {
        timers.delete(key);
        void refresh(document);
      }, DEBOUNCE_MS),
    );
  };

  const forget = (document: vscode.TextDocument) => {
    clearTimer(document.uri.toString());
    collection.delete(document.uri);
  };

  context.subscriptions.push(
    collection,
    vscode.workspace.onDidOpenTextDocument((d) => (d.languageId === LANGUAGE_ID ? void refresh(d) : forget(d))),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document.languageId === LANGUAGE_ID && e.contentChanges.length > 0) schedule(e.document);
    }),
    vscode.workspace.onDidCloseTextDocument(forget),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('filingLens')) vscode.workspace.textDocuments.forEach((d) => void refresh(d));
    }),
    suppressions.onDidChange((uri) => {
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      if (document) void refresh(document);
    }),
    { dispose: () => timers.forEach((t) => clearTimeout(t)) },
  );
  vscode.workspace.textDocuments.forEach((d) => void refresh(d));
}

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export function toDiagnostic(
  document: vscode.TextDocument,
  finding: Finding,
  docsUri: (ruleId: string) => vscode.Uri,
): vscode.Diagnostic {
  const range = new vscode.Range(document.positionAt(finding.span.start), document.positionAt(finding.span.end));
  const diagnostic = new vscode.Diagnostic(range, finding.message, SEVERITY[finding.severity]);
  diagnostic.source = 'filing-lens';
  diagnostic.code = { value: finding.ruleId, target: docsUri(finding.ruleId) };
  // The headline is the message; the whole arithmetic goes first in the related information.
  const related = finding.detail
    ? [{ span: finding.span, message: finding.detail }, ...finding.related]
    : finding.related;
  diagnostic.relatedInformation = related.map(
    (r) =>
      new vscode.DiagnosticRelatedInformation(
        new vscode.Location(
          document.uri,
          new vscode.Range(document.positionAt(r.span.start), document.positionAt(r.span.end)),
        ),
        r.message,
      ),
  );
  return diagnostic;
}
