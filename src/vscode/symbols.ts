import * as vscode from 'vscode';
import { AnalysisService, LANGUAGE_ID } from './analysisService';
import { resultFor } from './navigationResult';
import { outline, type OutlineNode } from '../features/outline';

const KINDS: Record<OutlineNode['kind'], vscode.SymbolKind> = {
  document: vscode.SymbolKind.File,
  part: vscode.SymbolKind.Package,
  item: vscode.SymbolKind.Module,
  heading: vscode.SymbolKind.Namespace,
  table: vscode.SymbolKind.Struct,
};

/** Outline and breadcrumbs: documents, Parts, Items, headings and tables, nested. */
export function registerSymbols(context: vscode.ExtensionContext, analyses: AnalysisService): void {
  context.subscriptions.push(
    vscode.languages.registerDocumentSymbolProvider(
      LANGUAGE_ID,
      {
        async provideDocumentSymbols(document) {
          const result = await resultFor(analyses, document);
          if (!result) return [];
          const range = (s: { start: number; end: number }) =>
            new vscode.Range(document.positionAt(s.start), document.positionAt(s.end));
          const toSymbol = (n: OutlineNode): vscode.DocumentSymbol => {
            const full = range(n.range);
            const selection = range(n.selection);
            const symbol = new vscode.DocumentSymbol(
              n.name,
              n.detail,
              KINDS[n.kind],
              full,
              full.contains(selection) ? selection : full,
            );
            symbol.children = n.children.map(toSymbol);
            return symbol;
          };
          return outline(result.analysis).map(toSymbol);
        },
      },
      { label: 'Filing Lens' },
    ),
  );
}
