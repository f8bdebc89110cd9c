import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openFiling, waitFor } from './util';

suite('Summary panel', () => {
  test('Filing Lens: Show Filing Summary opens a webview panel for the active filing', async () => {
    await openFiling('seed-mutated.txt');
    await vscode.commands.executeCommand('filingLens.showSummary');
    const isSummary = (t: vscode.Tab) =>
      t.input instanceof vscode.TabInputWebview && t.label.includes('seed-mutated.txt');
    const tab = await waitFor(
      vscode.window.tabGroups.onDidChangeTabs,
      () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find(isSummary),
      'the summary panel tab',
    );
    assert.ok(tab.label.includes('Summary'));
  });
});
