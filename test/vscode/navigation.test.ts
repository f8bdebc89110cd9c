import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { flattenSymbols, hoverText, openFiling, positionOf } from './util';

suite('Footnotes and outline', () => {
  test('a hover on (3) in the seed shows footnote (3)', async () => {
    const doc = await openFiling('000_e04a9582158dea8b.txt');
    const at = positionOf(doc, 'James T. Betts (3)', 'James T. Betts ('.length);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
    assert.match(hoverText(hovers), /James T\. Betts has investment and voting power/);
  });

  test('go to definition on (3) lands on the line that defines footnote (3)', async () => {
    const doc = await openFiling('000_e04a9582158dea8b.txt');
    const at = positionOf(doc, 'James T. Betts (3)', 'James T. Betts ('.length);
    const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider', doc.uri, at);
    assert.ok(defs.length >= 1, 'a definition is found');
    const range = 'targetRange' in defs[0] ? defs[0].targetRange : defs[0].range;
    assert.equal(range.start.line, positionOf(doc, '- (3) James T. Betts').line);
  });

  test('find all references on footnote (3) lists the (3) marker after James T. Betts', async () => {
    const doc = await openFiling('000_e04a9582158dea8b.txt');
    const at = positionOf(doc, '- (3) James T. Betts', '- ('.length);
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, at);
    const marker = positionOf(doc, 'James T. Betts (3)', 'James T. Betts ('.length);
    assert.ok(refs.some((r) => r.range.contains(marker)), `a reference covers line ${marker.line + 1}: ${JSON.stringify(refs.map((r) => r.range.start))}`);
  });

  test('the document symbols of a 10-K list its Items in order', async () => {
    const doc = await openFiling('Apple_10-K_1997.txt');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    const names = flattenSymbols(symbols).map((s) => s.name.replace(/\s+/g, ' '));
    const items = names.filter((n) => /^ITEM \d+\./i.test(n)).map((n) => Number(/\d+/.exec(n)?.[0]));
    assert.deepEqual(items.filter((n, i) => items.indexOf(n) === i), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
  });
});
