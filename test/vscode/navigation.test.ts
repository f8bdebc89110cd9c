import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { flattenSymbols, hoverText, openFiling, positionOf, waitFor, workspaceFile } from './util';

suite('Footnotes and outline', () => {
  test('a hover on (3) in the seed shows footnote (3)', async () => {
    const doc = await openFiling('000_e04a9582158dea8b.txt');
    const at = positionOf(doc, 'James T. Betts (3)', 'James T. Betts ('.length);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
    assert.match(hoverText(hovers), /James T\. Betts has investment and voting power/);
  });

  test('a hover on the % change header of a 10-Q opened as SEC text says what the column compares', async () => {
    const source = workspaceFile('GeneralMotors_10-Q_2023.htm');
    await vscode.commands.executeCommand('filingLens.openAsSecText', source);
    const rendered = () =>
      vscode.workspace.textDocuments.find(
        (d) => d.uri.scheme === 'filing-lens' && d.uri.path.endsWith('/GeneralMotors_10-Q_2023.htm.sec.txt'),
      );
    const doc = await waitFor(
      vscode.workspace.onDidOpenTextDocument,
      rendered,
      'the SEC text rendering of the GM 10-Q',
    );
    // GM Financial's results: `Increase/ (Decrease)` (the amount change) then `%` (the percent change), per period.
    const at = positionOf(doc, 'Increase/ (Decrease)\t%', 'Increase/ (Decrease)\t'.length);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
    const text = hoverText(hovers);
    assert.match(text, /% change, 3 months ended June 30, 2023 vs June 30, 2022/);
    assert.doesNotMatch(text, /not derivable/);
  });

  test('go to definition on (3) lands on the line that defines footnote (3)', async () => {
    const doc = await openFiling('000_e04a9582158dea8b.txt');
    const at = positionOf(doc, 'James T. Betts (3)', 'James T. Betts ('.length);
    const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider',
      doc.uri,
      at,
    );
    assert.ok(defs.length >= 1, 'a definition is found');
    const range = 'targetRange' in defs[0] ? defs[0].targetRange : defs[0].range;
    assert.equal(range.start.line, positionOf(doc, '- (3) James T. Betts').line);
  });

  test('find all references on footnote (3) lists the (3) marker after James T. Betts', async () => {
    const doc = await openFiling('000_e04a9582158dea8b.txt');
    const at = positionOf(doc, '- (3) James T. Betts', '- ('.length);
    const refs = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider',
      doc.uri,
      at,
    );
    const marker = positionOf(doc, 'James T. Betts (3)', 'James T. Betts ('.length);
    assert.ok(
      refs.some((r) => r.range.contains(marker)),
      `a reference covers line ${marker.line + 1}: ${JSON.stringify(refs.map((r) => r.range.start))}`,
    );
  });

  test('the document symbols of a 10-K list its Items in order', async () => {
    const doc = await openFiling('Apple_10-K_1997.txt');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider',
      doc.uri,
    );
    const names = flattenSymbols(symbols).map((s) => s.name.replace(/\s+/g, ' '));
    const items = names.filter((n) => /^ITEM \d+\./i.test(n)).map((n) => Number(/\d+/.exec(n)?.[0]));
    assert.deepEqual(
      items.filter((n, i) => items.indexOf(n) === i),
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14],
    );
  });
});
