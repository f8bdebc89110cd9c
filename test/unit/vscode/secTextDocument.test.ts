import { test } from 'node:test';
import assert from 'node:assert/strict';
import Module, { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import * as fake from './fakes/vscode';
import { renderFiling } from '../../../src/core/render/renderFiling';
import { detectFormat } from '../../../src/core/detect';
import { corpusUrl } from '../../corpusPaths';

// The provider imports 'vscode'; hand it the fake before loading it.
const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
const load = loader._load;
loader._load = function (request: string, ...rest: unknown[]) {
  return request === 'vscode' ? fake : load.call(this, request, ...rest);
};
const req = createRequire(import.meta.url);
const { registerSecTextDocuments, SEC_TEXT_SCHEME } = req(
  '../../../src/vscode/secTextDocument',
) as typeof import('../../../src/vscode/secTextDocument');

const html = readFileSync(corpusUrl('html/Nestbuilder_10-K_2021.htm'), 'utf8');
const context = { subscriptions: [] as { dispose(): unknown }[] };
registerSecTextDocuments(context as never);
const source = fake.addFile('/ws/Nestbuilder_10-K_2021.htm', html);

async function openFromSourceAt(offset: number): Promise<fake.FakeEditor> {
  const editor = await fake.window.showTextDocument(source);
  const p = source.positionAt(offset);
  editor.selection = new fake.Selection(p, p);
  await fake.commands.executeCommand('filingLens.openAsSecText');
  return fake.window.activeTextEditor!;
}

test('Open as SEC Text shows the rendering read-only in the sec-filing language, at the place the cursor was', async () => {
  const at = html.indexOf('0.047</td>');
  const editor = await openFromSourceAt(at);
  const doc = editor.document;
  assert.equal(doc.uri.scheme, SEC_TEXT_SCHEME);
  assert.ok(doc.uri.path.endsWith('.htm.sec.txt'), 'the virtual path ends in .txt, so nothing reads it as HTML');
  assert.ok(!/\.html?$/i.test(doc.uri.toString()), 'nor does the whole URI, which the analysis sees');
  assert.equal(detectFormat(doc.getText(), doc.uri.toString()), 'converted');
  assert.equal(doc.languageId, 'sec-filing');
  assert.equal(doc.getText(), renderFiling(html, source.uri.path).text);
  const cursor = doc.offsetAt(editor.selection.active);
  assert.equal(doc.getText().slice(cursor, cursor + 6), '0.047%');
});

test('Reveal in Source selects the HTML text of the cell under the cursor', async () => {
  const editor = await openFromSourceAt(0);
  const text = editor.document.getText();
  const cell = text.indexOf('\t7,853\t') + 1;
  editor.selection = new fake.Selection(editor.document.positionAt(cell), editor.document.positionAt(cell + 5));
  await fake.commands.executeCommand('filingLens.revealInSource');
  const back = fake.window.activeTextEditor!;
  assert.equal(back.document, source);
  const s = source.offsetAt(back.selection.start);
  const e = source.offsetAt(back.selection.end);
  assert.equal(html.slice(s, e), '7,853');
  assert.ok(back.revealed);
});

test('the rendering follows edits of the HTML', async () => {
  const editor = await openFromSourceAt(0);
  const doc = editor.document;
  const changed = new Promise<void>((resolve) => {
    const sub = fake.workspace.onDidChangeTextDocument((e) => {
      if (e.document === doc) {
        sub.dispose();
        resolve();
      }
    });
  });
  fake.editFile(source, html.replace('>0.047<', '>0.469<'));
  await changed;
  assert.ok(doc.getText().includes('\t7,853\t0.469%'));
});

test('Open as SEC Text on a file with no HTML says so instead of opening anything', async () => {
  const notes = fake.addFile('/ws/notes.txt', 'Ordinary notes, 1.42% milk.\n');
  await fake.window.showTextDocument(notes);
  await fake.commands.executeCommand('filingLens.openAsSecText');
  assert.equal(fake.window.activeTextEditor?.document, notes);
  assert.match(fake.messages[fake.messages.length - 1], /holds no HTML/);
});

test('disposing the extension context stops the provider and its commands', async () => {
  for (const d of context.subscriptions) d.dispose();
  await assert.rejects(fake.commands.executeCommand('filingLens.openAsSecText'), /not registered/);
});
