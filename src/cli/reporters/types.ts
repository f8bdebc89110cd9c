import type { LineIndex } from '../../core/lineIndex';
import type { Finding, TableCheck } from '../../rules/types';

/** One checked file, as the reporters see it. */
export interface FileResult {
  /** The path as the user gave it (or as found walking a directory). */
  file: string;
  findings: Finding[];
  tableChecks: TableCheck[];
  tables: number;
  lines: LineIndex;
}

/** 1-based line/column range of a span (columns in UTF-16 code units, end exclusive). */
export function region(lines: LineIndex, span: { start: number; end: number }) {
  const r = lines.range(span);
  return { line: r.start.line + 1, column: r.start.column + 1, endLine: r.end.line + 1, endColumn: r.end.column + 1 };
}
