import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, findingsOf, openFiling, waitFor } from './util';

async function actionsAt(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider',
    uri,
    range,
  );
  return (actions ?? []).filter((a): a is vscode.CodeAction => 'kind' in a || 'edit' in a || 'diagnostics' in a);
}

const without = (uri: vscode.Uri, ruleId: string, line: number) => () =>
  vscode.languages.getDiagnostics(uri).some((d) => codeOf(d) === ruleId && d.range.start.line === line)
    ? undefined
    : true;

suite('Quick fixes', () => {
  test('Replace with computed value puts the one consistent change, (28%), back, and the finding goes away', async () => {
    const doc = await openFiling('apple-change-mutated.txt');
    const finding = (await findingsOf(doc.uri, 'percent-change')).find((d) => doc.getText(d.range).includes('38'));
    assert.ok(finding, 'the misprinted (38%) is flagged');
    const fix = (await actionsAt(doc.uri, finding.range)).find((a) => /^Replace with computed value/.test(a.title));
    assert.ok(fix?.edit, 'a replacement is offered');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(doc.lineAt(finding.range.start.line).text, /\(28%\)/);
    await waitFor(
      vscode.languages.onDidChangeDiagnostics,
      without(doc.uri, 'percent-change', finding.range.start.line),
      'the finding to go',
    );
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('Disable here silences exactly that finding, and Restore Silenced Findings brings it back', async () => {
    const doc = await openFiling('seed-mutated.txt');
    const [finding] = await findingsOf(doc.uri, 'percent-of-class');
    const actions = await actionsAt(doc.uri, finding.range);
    assert.ok(actions.some((a) => a.title === 'Turn off percent-of-class in workspace settings'));
    const here = actions.find((a) => a.title === 'Disable percent-of-class here');
    assert.ok(here?.command, 'Disable here is offered');
    await vscode.commands.executeCommand(here.command.command, ...(here.command.arguments ?? []));
    await waitFor(
      vscode.languages.onDidChangeDiagnostics,
      without(doc.uri, 'percent-of-class', finding.range.start.line),
      'the finding to be silenced',
    );
    await vscode.commands.executeCommand('filingLens.restoreSilenced');
    const back = await findingsOf(doc.uri, 'percent-of-class');
    assert.equal(back[0].range.start.line, finding.range.start.line);
  });
});
