import * as vscode from 'vscode';
import { AnalysisService, LANGUAGE_ID } from './analysisService';
import { hoverAt } from '../features/hoverContent';
import { readCheckOptions } from './settings';
import { resultFor } from './navigationResult';

/** Hovers on footnote markers (the note), footnotes (their uses), header cells (column path), percent cells (arithmetic). */
export function registerHover(context: vscode.ExtensionContext, analyses: AnalysisService): void {
  context.subscriptions.push(
    vscode.languages.registerHoverProvider(LANGUAGE_ID, {
      async provideHover(document, position) {
        const result = await resultFor(analyses, document);
        if (!result) return undefined;
        const content = hoverAt({
          analysis: result.analysis,
          findings: result.findings,
          checked: result.checkedCells,
          offset: document.offsetAt(position),
          tolerance: readCheckOptions(document.uri).toleranceMultiplier ?? 1,
          lineOf: (offset) => document.positionAt(offset).line,
        });
        if (!content) return undefined;
        const markdown = new vscode.MarkdownString(content.markdown);
        markdown.isTrusted = false;
        markdown.supportHtml = false;
        return new vscode.Hover(
          markdown,
          new vscode.Range(document.positionAt(content.span.start), document.positionAt(content.span.end)),
        );
      },
    }),
  );
}
