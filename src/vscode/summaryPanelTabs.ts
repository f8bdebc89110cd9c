import * as vscode from 'vscode';

// Which documents and tabs the summary panels belong to: titles name a filing, tabs tell what is still open.

export function panelTitle(document: vscode.TextDocument): string {
  const name = document.uri.path.split('/').pop() || 'filing';
  return `${TITLE_PREFIX}${name}`;
}

function tabUris(tab: vscode.Tab): vscode.Uri[] {
  const input = tab.input;
  if (input instanceof vscode.TabInputText) return [input.uri];
  if (input instanceof vscode.TabInputTextDiff) return [input.original, input.modified];
  return [];
}

export function allTabUris(): string[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs.flatMap(tabUris)).map((u) => u.toString());
}

const TITLE_PREFIX = 'Summary: ';

/** The only open document or tab whose file name the panel's title names. */
export function uriByTitle(title: string): vscode.Uri | undefined {
  if (!title.startsWith(TITLE_PREFIX)) return undefined;
  const name = title.slice(TITLE_PREFIX.length);
  const open = [
    ...vscode.workspace.textDocuments.map((d) => d.uri),
    ...vscode.window.tabGroups.all.flatMap((g) => g.tabs.flatMap(tabUris)),
  ];
  const matches = new Map(open.filter((u) => u.path.split('/').pop() === name).map((u) => [u.toString(), u]));
  return matches.size === 1 ? [...matches.values()][0] : undefined;
}

/** The URI of an open document or tab whose URI prints as `wanted`; undefined for anything else. */
export function knownUri(wanted: string): vscode.Uri | undefined {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === wanted);
  if (doc) return doc.uri;
  for (const group of vscode.window.tabGroups.all) {
    for (const tab of group.tabs) {
      const uri = tabUris(tab).find((u) => u.toString() === wanted);
      if (uri) return uri;
    }
  }
  return undefined;
}
