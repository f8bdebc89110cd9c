import * as vscode from 'vscode';
import { looksLikeFiling } from '../core/detect';

/** The language id the grammar, hovers and diagnostics attach to. */
export const FILING_LANGUAGE = 'sec-filing';

/** looksLikeFiling decides from the first 4 KB; reading more would only cost time on large files. */
const HEAD_CHARS = 4096;

/** Documents that are not files a user opened to read: output channels, debug consoles, SCM input boxes. */
const SKIPPED_SCHEMES = new Set(['output', 'debug', 'vscode-scm', 'comment']);

/**
 * Content detection: a plain-text document that looks like a filing (SGML markers, EDGAR header
 * fields, a converted-text `Form 424B3` header) is switched to the SEC Filing language, when it is
 * opened and for the documents already open at activation. Behind `filingLens.detectFilings`.
 *
 * A document is switched once: VS Code re-fires close/open with the same document object when the
 * language changes, so a user who sets it back to Plain Text keeps Plain Text; reopening the file
 * (a new document object) checks it again.
 */
export function registerFilingDetection(context: vscode.ExtensionContext): void {
  const switched = new WeakSet<vscode.TextDocument>();

  const check = (doc: vscode.TextDocument): void => {
    if (doc.languageId !== 'plaintext' || SKIPPED_SCHEMES.has(doc.uri.scheme) || switched.has(doc)) return;
    if (!vscode.workspace.getConfiguration('filingLens', doc.uri).get<boolean>('detectFilings', true)) return;
    if (!looksLikeFiling(readHead(doc))) return;
    switched.add(doc);
    // The document may be closed before the switch lands; nothing to do then.
    vscode.languages.setTextDocumentLanguage(doc, FILING_LANGUAGE).then(undefined, () => undefined);
  };

  vscode.workspace.textDocuments.forEach(check);
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(check),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('filingLens.detectFilings')) vscode.workspace.textDocuments.forEach(check);
    }),
  );
}

/** The first few KB of a document, without materialising the whole text. */
function readHead(doc: vscode.TextDocument): string {
  return doc.getText(new vscode.Range(new vscode.Position(0, 0), doc.positionAt(HEAD_CHARS)));
}
