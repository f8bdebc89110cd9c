import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, findingsOf, openFiling } from './util';

suite('Percentage diagnostics', () => {
  test('flags the mutated 2.42% of class on its own cell, with the cells used as related information', async () => {
    const doc = await openFiling('seed-mutated.txt');
    const findings = await findingsOf(doc.uri, 'percent-of-class');
    assert.equal(findings.length, 1);
    const [d] = findings;
    assert.equal(d.range.start.line, 26);
    assert.match(doc.getText(d.range), /^2\.42%?$/);
    assert.equal(d.source, 'filing-lens');
    assert.ok((d.relatedInformation ?? []).length > 0, 'the finding names the cells it used');
  });

  test("a finding's rule id links to the rule's documentation, shipped inside the extension", async () => {
    const doc = await openFiling('seed-mutated.txt');
    const [d] = await findingsOf(doc.uri, 'percent-of-class');
    const target = typeof d.code === 'object' ? d.code.target : undefined;
    assert.ok(target, 'the diagnostic code carries a link');
    const stat = await vscode.workspace.fs.stat(target);
    assert.ok(stat.size > 0, `${target.toString()} is not empty`);
  });

  test('the untouched seed has no percentage findings once its analysis has answered', async () => {
    const doc = await openFiling('000_e04a9582158dea8b.txt');
    // A hover waits for the document's analysis, after which its diagnostics are published.
    await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, new vscode.Position(26, 0));
    const percent = vscode.languages.getDiagnostics(doc.uri).filter((d) => /^percent-/.test(codeOf(d) ?? ''));
    assert.deepEqual(
      percent.map((d) => d.message),
      [],
    );
  });
});
