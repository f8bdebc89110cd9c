import * as vscode from 'vscode';
import { AnalysisService, LANGUAGE_ID } from './analysisService';
import { resultFor } from './navigationResult';
import { foldSpans } from '../features/outline';

/** Folding for sections (heading to end), tables and footnote blocks. */
export function registerFolding(context: vscode.ExtensionContext, analyses: AnalysisService): void {
  context.subscriptions.push(
    vscode.languages.registerFoldingRangeProvider(LANGUAGE_ID, {
      async provideFoldingRanges(document) {
        const result = await resultFor(analyses, document);
        if (!result) return [];
        const seen = new Set<string>();
        const ranges: vscode.FoldingRange[] = [];
        for (const f of foldSpans(result.analysis)) {
          const start = document.positionAt(f.span.start).line;
          const end = document.positionAt(Math.max(f.span.start, f.span.end - 1)).line;
          const key = `${start}:${end}`;
          if (end <= start || seen.has(key)) continue;
          seen.add(key);
          ranges.push(
            new vscode.FoldingRange(
              start,
              end,
              f.kind === 'footnotes' ? vscode.FoldingRangeKind.Comment : vscode.FoldingRangeKind.Region,
            ),
          );
        }
        return ranges;
      },
    }),
  );
}
