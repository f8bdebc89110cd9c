import type { CheckResult } from '../rules/types';

/** Over this many characters, per-cell data stays in the worker (VS Code itself stops tokenizing at 20 MB). */
export const LARGE_DOCUMENT_CHARS = 20 * 1024 * 1024;

/**
 * The result of a very large filing without its per-cell data, so that handing it to the extension host's
 * main thread (a structured clone) stays short. Findings, metadata, sections and footnotes are kept.
 */
export function withoutCells(result: CheckResult): CheckResult {
  const mb = (result.analysis.length / (1024 * 1024)).toFixed(0);
  return {
    ...result,
    analysis: {
      ...result.analysis,
      tables: result.analysis.tables.map((t) => ({ ...t, rows: [], headerRows: [] })),
      references: [],
      warnings: [
        ...result.analysis.warnings,
        `large filing (${mb} MB): cell hovers and table details are off; findings are complete`,
      ],
    },
  };
}
