// Helpers for the integration suite: open workspace files and wait on VS Code events (never on time).
import * as vscode from 'vscode';

export const LANGUAGE_ID = 'sec-filing';

/** A file of the test workspace (see scripts/e2e/workspace.mjs, written by test/vscode/build.mjs). */
export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the integration suite needs the test workspace open (see .vscode-test.mjs)');
  return vscode.Uri.joinPath(folder.uri, name);
}

/**
 * Resolves with the first value `check` returns that is not undefined, re-checking whenever `event` fires.
 * The timeout only turns a missing event into a clear failure.
 */
export function waitFor<T, E>(
  event: vscode.Event<E>,
  check: () => T | undefined,
  what: string,
  timeoutMs = 20000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const first = check();
    if (first !== undefined) return resolve(first);
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out waiting for ${what}`));
    }, timeoutMs);
    const sub = event(() => {
      const value = check();
      if (value === undefined) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(value);
    });
  });
}

/** Opens a workspace file in an editor and waits until content detection has made it an SEC Filing document. */
export async function openFiling(name: string): Promise<vscode.TextDocument> {
  const uri = workspaceFile(name);
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  const find = () =>
    vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.languageId === LANGUAGE_ID);
  const doc = await waitFor(vscode.workspace.onDidOpenTextDocument, find, `${name} to open as ${LANGUAGE_ID}`);
  await vscode.window.showTextDocument(doc);
  return doc;
}

/** The diagnostics of `uri` whose code is `ruleId`, once the extension has published at least one. */
export function findingsOf(uri: vscode.Uri, ruleId: string): Promise<vscode.Diagnostic[]> {
  const check = () => {
    const found = vscode.languages.getDiagnostics(uri).filter((d) => codeOf(d) === ruleId);
    return found.length ? found : undefined;
  };
  return waitFor(vscode.languages.onDidChangeDiagnostics, check, `a ${ruleId} diagnostic on ${uri.path}`);
}

export function codeOf(d: vscode.Diagnostic): string | undefined {
  const code = d.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/** Position of the `nth` character of the first occurrence of `needle` in the document. */
export function positionOf(doc: vscode.TextDocument, needle: string, charInNeedle = 0): vscode.Position {
  const at = doc.getText().indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" is not in ${doc.uri.path}`);
  return doc.positionAt(at + charInNeedle);
}

/** Text of hovers, joined, with Markdown's backslash escapes (`T\.` for `T.`) removed. */
export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n')
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');
}

export function flattenSymbols(symbols: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...flattenSymbols(s.children)]);
}
