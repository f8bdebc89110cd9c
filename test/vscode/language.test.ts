import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { LANGUAGE_ID, openFiling, workspaceFile } from './util';

suite('SEC Filing language mode', () => {
  test('the seed .txt opens as an SEC Filing document', async () => {
    const doc = await openFiling('000_e04a9582158dea8b.txt');
    assert.equal(doc.languageId, LANGUAGE_ID);
  });

  test('an ordinary .txt note stays plain text', async () => {
    const doc = await vscode.workspace.openTextDocument(workspaceFile('notes.txt'));
    await vscode.window.showTextDocument(doc);
    // Detection answers on open; a filing opened after the note proves the note's turn has passed.
    await openFiling('seed-mutated.txt');
    assert.equal(doc.languageId, 'plaintext');
  });
});
