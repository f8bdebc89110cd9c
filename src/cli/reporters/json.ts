import { region, type FileResult } from './types';

/** JSON: an array of findings with 1-based lines and columns into the original file. */
export function formatJson(results: FileResult[]): string {
  const out = results.flatMap((r) => r.findings.map((f) => ({
    file: r.file,
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    ...(f.detail ? { detail: f.detail } : {}),
    ...region(r.lines, f.span),
    expected: f.expected ?? null,
    actual: f.actual ?? null,
  })));
  return JSON.stringify(out, null, 2);
}
