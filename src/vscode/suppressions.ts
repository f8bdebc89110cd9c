import * as vscode from 'vscode';
import type { Finding } from '../rules/types';

const KEY = 'filingLens.suppressions';

/**
 * Findings a user silenced with "Disable rule here": rule id, line and the cell's text, per document,
 * kept in workspace state (filings have no comment syntax to carry an inline directive).
 */
export class Suppressions {
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.emitter.event;

  constructor(private readonly state: vscode.Memento) {}

  private all(): Record<string, string[]> {
    return this.state.get<Record<string, string[]>>(KEY, {});
  }

  static keyOf(document: vscode.TextDocument, finding: Finding): string {
    const line = document.positionAt(finding.span.start).line;
    const text = document.getText(
      new vscode.Range(document.positionAt(finding.span.start), document.positionAt(finding.span.end)),
    );
    return `${finding.ruleId}\u0000${line}\u0000${text}`;
  }

  isSuppressed(document: vscode.TextDocument, finding: Finding): boolean {
    const list = this.all()[document.uri.toString()];
    return !!list && list.includes(Suppressions.keyOf(document, finding));
  }

  async add(document: vscode.TextDocument, finding: Finding): Promise<void> {
    const all = this.all();
    const uri = document.uri.toString();
    const key = Suppressions.keyOf(document, finding);
    all[uri] = [...new Set([...(all[uri] ?? []), key])];
    await this.state.update(KEY, all);
    this.emitter.fire(document.uri);
  }

  async clear(uri: vscode.Uri): Promise<void> {
    const all = this.all();
    delete all[uri.toString()];
    await this.state.update(KEY, all);
    this.emitter.fire(uri);
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
