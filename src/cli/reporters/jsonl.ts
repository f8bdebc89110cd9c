import type { Finding } from '../../rules/types';
import { inconclusiveReasons, tableStatus } from './tableStatus';
import { findingObject } from './json';
import type { FileResult } from './types';

/**
 * JSON Lines, for map steps (GNU parallel, Spark's RDD.pipe): per file, one `{"type":"finding"}` line per
 * finding (the fields of --format json plus `type`), then one `{"type":"file"}` summary line. Each line
 * depends only on its file, so the output of runs over parts of a list concatenates to the whole.
 */
export function findingLine(r: FileResult, f: Finding): string {
  return JSON.stringify({ type: 'finding', ...findingObject(r, f) });
}

/** The summary line of one file: its tables, why some were inconclusive, findings by rule, or why it was not read. */
export function fileSummary(entry: { file: string; result?: FileResult; error?: string }): string {
  const r = entry.result;
  if (!r) {
    return JSON.stringify({
      type: 'file',
      file: entry.file,
      tables: 0,
      tablesChecked: 0,
      inconclusive: {},
      findingsByRule: {},
      error: entry.error ?? 'not checked',
    });
  }
  const byRule: Record<string, number> = {};
  for (const f of [...r.findings].sort((a, b) => (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0))) {
    byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
  }
  const verdicts = tableStatus(r);
  return JSON.stringify({
    type: 'file',
    file: r.file,
    tables: r.tables,
    tablesChecked: verdicts.checked,
    tablesPartly: verdicts.partly,
    inconclusive: inconclusiveReasons(r),
    findingsByRule: byRule,
  });
}
