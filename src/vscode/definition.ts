import * as vscode from 'vscode';
import { definitionAt } from '../features/positionIndex';
import { AnalysisService, LANGUAGE_ID } from './analysisService';
import { resultFor } from './navigationResult';

/** Go to Definition: from a footnote marker ("(3)", "*", "<F1>") to its footnote. */
export function registerDefinition(context: vscode.ExtensionContext, analyses: AnalysisService): void {
  context.subscriptions.push(
    vscode.languages.registerDefinitionProvider(LANGUAGE_ID, {
      async provideDefinition(document, position) {
        const result = await resultFor(analyses, document);
        const span = result && definitionAt(result.analysis, document.offsetAt(position));
        if (!span) return undefined;
        return new vscode.Location(
          document.uri,
          new vscode.Range(document.positionAt(span.start), document.positionAt(span.end)),
        );
      },
    }),
  );
}
