import type { Finding } from '../../rules/types';
import { region, type FileResult } from './types';

/** One finding as JSON and JSON Lines print it: 1-based lines and columns into the original file. */
export function findingObject(r: FileResult, f: Finding) {
  return {
    file: r.file,
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    ...(f.detail ? { detail: f.detail } : {}),
    ...region(r.lines, f.span),
    expected: f.expected ?? null,
    actual: f.actual ?? null,
  };
}

/** JSON: an array of findings with 1-based lines and columns into the original file. */
export function formatJson(results: FileResult[]): string {
  return JSON.stringify(
    results.flatMap((r) => r.findings.map((f) => findingObject(r, f))),
    null,
    2,
  );
}
