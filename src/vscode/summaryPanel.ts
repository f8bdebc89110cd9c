import * as vscode from 'vscode';
import type { AnalysisService } from './analysisService';
import { renderNoticeHtml, renderSummaryHtml, type WebviewAssets } from '../report/html';
import { parsePanelMessage, type PanelMessage } from '../report/messages';
import { buildSummary } from '../report/summary';
import type { CheckResult } from '../rules/types';
import { allTabUris, knownUri, panelTitle, uriByTitle } from './summaryPanelTabs';

export const SHOW_SUMMARY_COMMAND = 'filingLens.showSummary';
export const SUMMARY_VIEW_TYPE = 'filingLens.summary';
const DEBOUNCE_MS = 300;
const TAB_GRACE_MS = 250;

/**
 * The summary panel: `Filing Lens: Show Filing Summary` opens a webview beside the filing; one panel per
 * document (asking twice reveals it); it follows edits (debounced), closes with its document, reveals a
 * clicked finding/table/footnote in the editor, and comes back after a reload (WebviewPanelSerializer).
 */
export function registerSummaryPanel(context: vscode.ExtensionContext, analyses: AnalysisService): void {
  const panels = new SummaryPanels(context.extensionUri, analyses);
  context.subscriptions.push(
    panels,
    vscode.commands.registerCommand(SHOW_SUMMARY_COMMAND, (resource?: unknown) => panels.show(resource)),
    vscode.window.registerWebviewPanelSerializer(SUMMARY_VIEW_TYPE, panels),
  );
}

class SummaryPanels implements vscode.WebviewPanelSerializer, vscode.Disposable {
  private readonly panels = new Map<string, SummaryPanel>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly analyses: AnalysisService,
  ) {
    this.disposables.push(
      // A language switch (plain text -> SEC Filing) closes and reopens the document: keep the panel
      // while a tab still shows it, and follow the reopened document.
      vscode.workspace.onDidCloseTextDocument((d) => {
        const key = d.uri.toString();
        if (!allTabUris().includes(key)) this.panels.get(key)?.dispose();
      }),
      vscode.workspace.onDidOpenTextDocument((d) => this.panels.get(d.uri.toString())?.rebind(d)),
      // A document can outlive its last tab for a while: close the panel when the last tab showing it
      // closes. Checked a moment later, so a tab dragged to another group (closed there, opened here) counts as open.
      vscode.window.tabGroups.onDidChangeTabs((e) => {
        if (e.closed.length > 0) this.scheduleTabCheck();
      }),
      { dispose: () => clearTimeout(this.tabCheck) },
    );
  }

  private tabCheck: ReturnType<typeof setTimeout> | undefined;

  private scheduleTabCheck(): void {
    clearTimeout(this.tabCheck);
    this.tabCheck = setTimeout(() => {
      const open = new Set(allTabUris());
      for (const [key, panel] of [...this.panels]) if (!open.has(key)) panel.dispose();
    }, TAB_GRACE_MS);
  }

  async show(resource?: unknown): Promise<void> {
    const document = await this.documentFor(resource);
    if (!document) {
      void vscode.window.showInformationMessage('Filing Lens: open a filing in the editor to see its summary.');
      return;
    }
    const existing = this.panels.get(document.uri.toString());
    if (existing) {
      existing.reveal();
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      SUMMARY_VIEW_TYPE,
      panelTitle(document),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      this.webviewOptions(),
    );
    this.adopt(panel, document);
  }

  /** Restores a panel after a reload. The state comes from the webview, so it is only a hint: the
   *  document must be one the workbench already has open (a document or a tab), never a path we open blindly. */
  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const wanted = typeof state === 'object' && state !== null ? (state as { uri?: unknown }).uri : undefined;
    // VS Code may not have flushed the webview's state before a reload: then the panel's own title
    // ("Summary: NAME", set by us) picks the one open document of that name, if there is exactly one.
    const uri =
      (typeof wanted === 'string' && wanted.length < 8192 ? knownUri(wanted) : undefined) ?? uriByTitle(panel.title);
    let document: vscode.TextDocument | undefined;
    try {
      document = uri ? await vscode.workspace.openTextDocument(uri) : undefined;
    } catch {
      document = undefined;
    }
    if (!document || this.panels.has(document.uri.toString())) {
      panel.dispose();
      return;
    }
    panel.webview.options = this.webviewOptions();
    panel.title = panelTitle(document);
    this.adopt(panel, document);
  }

  private adopt(panel: vscode.WebviewPanel, document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const summary = new SummaryPanel(panel, document, this.analyses, this.extensionUri, () => this.panels.delete(key));
    this.panels.set(key, summary);
  }

  private webviewOptions(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
      enableScripts: true,
      enableForms: false,
      enableCommandUris: false,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')],
    };
  }

  /** The command's argument (editor title button: the resource) or the active editor's document. */
  private async documentFor(resource: unknown): Promise<vscode.TextDocument | undefined> {
    if (resource instanceof vscode.Uri) {
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === resource.toString());
      if (open) return open;
    }
    // With the summary itself focused there is no active text editor: use the one filing on screen.
    const visible = vscode.window.visibleTextEditors;
    return vscode.window.activeTextEditor?.document ?? (visible.length === 1 ? visible[0].document : undefined);
  }

  dispose(): void {
    for (const panel of [...this.panels.values()]) panel.dispose();
    this.disposables.forEach((d) => d.dispose());
  }
}

class SummaryPanel {
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private renderedVersion = -1;
  private disposed = false;

  constructor(
    private readonly panel: vscode.WebviewPanel,
    private document: vscode.TextDocument,
    private readonly analyses: AnalysisService,
    private readonly extensionUri: vscode.Uri,
    private readonly onDispose: () => void,
  ) {
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((raw: unknown) => this.onMessage(raw)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.document && e.contentChanges.length > 0) this.schedule();
      }),
      // Another feature may analyse the new version first: use its result and skip our own wait.
      analyses.onDidAnalyze(({ document: d, result }) => {
        if (d === this.document) this.render(result, d.version);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('filingLens')) this.schedule();
      }),
    );
    panel.webview.html = renderNoticeHtml('Analysing…', `Reading ${document.fileName}`, this.assets());
    this.refresh();
  }

  reveal(): void {
    this.panel.reveal(undefined, true);
  }

  /** The same URI reopened as a new document (after a language switch): follow it. */
  rebind(document: vscode.TextDocument): void {
    if (document === this.document) return;
    this.document = document;
    this.renderedVersion = -1;
    this.schedule();
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.refresh();
    }, DEBOUNCE_MS);
  }

  private refresh(): void {
    const version = this.document.version;
    this.analyses.get(this.document).then(
      (result) => this.render(result, version),
      (e: unknown) => {
        // A newer version superseded this one: its own refresh will render.
        if (this.disposed || this.document.version !== version) return;
        this.panel.webview.html = renderNoticeHtml(
          'Could not analyse this filing',
          String((e as Error)?.message ?? e),
          this.assets(),
        );
      },
    );
  }

  private render(result: CheckResult, version: number): void {
    if (this.disposed || version !== this.document.version || version === this.renderedVersion) return;
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    this.renderedVersion = version;
    const summary = buildSummary(result, this.document.getText());
    summary.uri = this.document.uri.toString();
    this.panel.title = panelTitle(this.document);
    this.panel.webview.html = renderSummaryHtml(summary, this.assets());
  }

  private onMessage(raw: unknown): void {
    const message: PanelMessage | undefined = parsePanelMessage(raw);
    if (!message) return;
    switch (message.type) {
      case 'reveal':
        void this.revealRange(message.start, message.end);
        return;
      case 'ready':
        return;
      default: {
        const never: never = message;
        return never;
      }
    }
  }

  /** Selects [start, end) in the filing's editor; offsets past the document's end are refused. */
  private async revealRange(start: number, end: number): Promise<void> {
    const doc = this.document;
    if (doc.isClosed) return;
    const length = doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end);
    if (end > length || start > end) return;
    const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === doc);
    const editor = await vscode.window.showTextDocument(doc, {
      viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
      selection: range,
      preserveFocus: false,
    });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private assets(): WebviewAssets {
    const webview = this.panel.webview;
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    return {
      kind: 'webview',
      cspSource: webview.cspSource,
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'panel.css')).toString(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'build', 'panel.js')).toString(),
    };
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    this.onDispose();
    this.disposables.forEach((d) => d.dispose());
    this.panel.dispose();
  }
}
