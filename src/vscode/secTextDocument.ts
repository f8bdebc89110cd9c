import * as vscode from 'vscode';
import { hasHtml, renderFiling } from '../core/render/renderFiling';
import { OffsetMap } from '../core/render/offsetMap';
import type { Rendering } from '../core/render/renderHtml';
import type { RenderedText } from './workerProtocol';

/** Renders off the main thread (AnalysisService.render); the default renders in place (tests). */
export type Renderer = (key: string, text: string, path: string) => Promise<RenderedText>;

const renderInPlace: Renderer = async (_key, text, path) => {
  const r = renderFiling(text, path);
  return { text: r.text, segments: r.map.segments() };
};

/** URI scheme of the read-only SEC text renderings: filing-lens:/path/file.htm.sec.txt?<source uri>. */
export const SEC_TEXT_SCHEME = 'filing-lens';
const LANGUAGE_ID = 'sec-filing';
const DEBOUNCE_MS = 300;
/** Renderings (text and offset map) kept for Reveal in Source; older ones are rendered again when asked. */
const MAX_CACHED = 4;

/**
 * "Open as SEC Text": renders an HTML filing (or an HTML-bearing full submission) as seed-style
 * converted text in a read-only virtual document in the `sec-filing` language, so diagnostics, hovers,
 * outline and panel work on it like on any filing; "Reveal in Source" maps the cursor back to the HTML.
 */
export function registerSecTextDocuments(context: vscode.ExtensionContext, render: Renderer = renderInPlace): void {
  const provider = new SecTextProvider(render);
  context.subscriptions.push(
    provider,
    vscode.workspace.registerTextDocumentContentProvider(SEC_TEXT_SCHEME, provider),
    vscode.commands.registerCommand('filingLens.openAsSecText', (uri?: vscode.Uri) => openAsSecText(provider, uri)),
    vscode.commands.registerCommand('filingLens.revealInSource', () => revealInSource(provider)),
  );
}

/**
 * The virtual URI showing `source` as SEC text. Its path and its whole string end in `.txt` (the analysis
 * detects the form from the URI: one ending in `.htm` would be read as HTML again).
 */
export function secTextUri(source: vscode.Uri): vscode.Uri {
  const query = `src=${encodeURIComponent(source.toString())}&as=sec.txt`;
  return vscode.Uri.from({ scheme: SEC_TEXT_SCHEME, path: `${source.path}.sec.txt`, query });
}

export function sourceUri(secText: vscode.Uri): vscode.Uri {
  return vscode.Uri.parse(new URLSearchParams(secText.query).get('src') ?? '', true);
}

class SecTextProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly renderings = new Map<string, Rendering>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.emitter.event;
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [this.emitter];

  constructor(private readonly render: Renderer) {
    this.disposables.push(
      // re-render when the HTML changes (debounced); the rendering's own features follow its changes
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.scheme === SEC_TEXT_SCHEME || e.contentChanges.length === 0) return;
        const source = e.document.uri.toString();
        for (const doc of vscode.workspace.textDocuments) {
          if (doc.uri.scheme !== SEC_TEXT_SCHEME || sourceUri(doc.uri).toString() !== source) continue;
          const key = doc.uri.toString();
          clearTimeout(this.timers.get(key));
          this.timers.set(
            key,
            setTimeout(() => this.emitter.fire(doc.uri), DEBOUNCE_MS),
          );
        }
      }),
    );
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const source = await vscode.workspace.openTextDocument(sourceUri(uri));
    let rendering: Rendering;
    try {
      const rendered = await this.render(uri.toString(), source.getText(), source.uri.path);
      rendering = { text: rendered.text, map: OffsetMap.fromSegments(rendered.segments) };
    } catch (e) {
      // never leave the user with an exception: show why in the document itself
      return `Filing Lens could not render ${source.uri.path}: ${(e as Error).message}`;
    }
    // a small cache, not tied to open documents: a language change closes and reopens the document
    const key = uri.toString();
    this.renderings.delete(key);
    this.renderings.set(key, rendering);
    if (this.renderings.size > MAX_CACHED) this.renderings.delete(this.renderings.keys().next().value!);
    return rendering.text;
  }

  /** The rendering shown at `uri` (the offset map with it), rendered again when the cache lost it. */
  async rendering(uri: vscode.Uri): Promise<Rendering | undefined> {
    const hit = this.renderings.get(uri.toString());
    if (hit) return hit;
    await this.provideTextDocumentContent(uri);
    return this.renderings.get(uri.toString());
  }

  dispose(): void {
    this.timers.forEach((t) => clearTimeout(t));
    this.disposables.forEach((d) => d.dispose());
    this.renderings.clear();
  }
}

async function openAsSecText(provider: SecTextProvider, arg?: vscode.Uri): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const target = arg instanceof vscode.Uri ? arg : editor?.document.uri;
  if (!target) {
    void vscode.window.showInformationMessage(
      'Filing Lens: open an .htm/.html filing (or a full-submission .txt) first.',
    );
    return;
  }
  if (target.scheme === SEC_TEXT_SCHEME) return;
  const source = await vscode.workspace.openTextDocument(target);
  if (!hasHtml(source.getText(), target.path)) {
    void vscode.window.showInformationMessage(`Filing Lens: ${baseName(target)} holds no HTML to render as SEC text.`);
    return;
  }
  let doc = await vscode.workspace.openTextDocument(secTextUri(target));
  if (doc.languageId !== LANGUAGE_ID) doc = await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
  // start where the user was in the HTML (decided before showing, so a late answer never moves the cursor)
  let selection: vscode.Range | undefined;
  const rendering = await provider.rendering(doc.uri);
  if (rendering && editor && editor.document.uri.toString() === target.toString()) {
    const offset = editor.document.offsetAt(editor.selection.active);
    if (offset > 0) {
      const at = doc.positionAt(rendering.map.toRendered(offset));
      selection = new vscode.Range(at, at);
    }
  }
  await vscode.window.showTextDocument(doc, { preview: false, viewColumn: vscode.ViewColumn.Beside, selection });
}

async function revealInSource(provider: SecTextProvider): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.uri.scheme !== SEC_TEXT_SCHEME) {
    void vscode.window.showInformationMessage(
      'Filing Lens: Reveal in Source works in a document opened with "Open as SEC Text".',
    );
    return;
  }
  const rendering = await provider.rendering(editor.document.uri);
  if (!rendering) return;
  const source = await vscode.workspace.openTextDocument(sourceUri(editor.document.uri));
  const doc = editor.document;
  const sel = editor.selection;
  const start = rendering.map.toSource(doc.offsetAt(sel.start));
  const end = sel.isEmpty ? start : Math.max(start, rendering.map.toSource(doc.offsetAt(sel.end) - 1) + 1);
  const range = new vscode.Range(source.positionAt(start), source.positionAt(end));
  const open = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === source.uri.toString());
  const viewColumn = open?.viewColumn ?? vscode.ViewColumn.One;
  const shown = await vscode.window.showTextDocument(source, { selection: range, preview: false, viewColumn });
  shown.revealRange(range, vscode.TextEditorRevealType.InCenter);
}

function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
