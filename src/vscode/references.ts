import * as vscode from 'vscode';
import { referencesAt } from '../features/positionIndex';
import { AnalysisService, LANGUAGE_ID } from './analysisService';
import { resultFor } from './navigationResult';

/** Find All References: from a footnote (or any of its markers) to every marker that points to it. */
export function registerReferences(context: vscode.ExtensionContext, analyses: AnalysisService): void {
  context.subscriptions.push(
    vscode.languages.registerReferenceProvider(LANGUAGE_ID, {
      async provideReferences(document, position, refContext) {
        const result = await resultFor(analyses, document);
        if (!result) return [];
        return referencesAt(result.analysis, document.offsetAt(position), refContext.includeDeclaration).map(
          (span) =>
            new vscode.Location(
              document.uri,
              new vscode.Range(document.positionAt(span.start), document.positionAt(span.end)),
            ),
        );
      },
    }),
  );
}
