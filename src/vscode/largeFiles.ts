import * as vscode from 'vscode';

/** VS Code does not hand documents over this size to extensions. */
const SYNC_LIMIT_BYTES = 50 * 1024 * 1024;
const FILING_NAME = /\.(txt|sec|filing|htm|html|md)$/i;

/**
 * A filing opened in a tab but never handed to extensions (over 50 MB) gets a clear message instead of
 * silence: what happened and how to check it anyway (the CLI has no such limit).
 */
export function registerLargeFileNotice(context: vscode.ExtensionContext): void {
  const told = new Set<string>();
  const inspect = async (uri: vscode.Uri) => {
    const key = uri.toString();
    if (told.has(key) || !FILING_NAME.test(uri.path)) return;
    if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === key)) return;
    let size: number;
    try {
      size = (await vscode.workspace.fs.stat(uri)).size;
    } catch {
      return;
    }
    if (size <= SYNC_LIMIT_BYTES) return;
    told.add(key);
    const name = uri.path.split('/').pop() ?? key;
    void vscode.window.showWarningMessage(
      `Filing Lens cannot check ${name} (${(size / (1024 * 1024)).toFixed(0)} MB): VS Code does not pass files over 50 MB to extensions. ` +
        `Run "filing-lens check ${name}" in a terminal instead.`,
    );
  };
  const scan = (tabs: readonly vscode.Tab[]) => {
    for (const tab of tabs) if (tab.input instanceof vscode.TabInputText) void inspect(tab.input.uri);
  };
  context.subscriptions.push(vscode.window.tabGroups.onDidChangeTabs((e) => scan([...e.opened, ...e.changed])));
  scan(vscode.window.tabGroups.all.flatMap((g) => g.tabs));
}
