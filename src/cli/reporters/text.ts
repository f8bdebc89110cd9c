import type { Severity } from '../../rules/types';
import { tableStatus } from './tableStatus';
import { countReasons } from '../../rules/tableVerdict';
import type { TableCheck } from '../../rules/types';
import { region, type FileResult } from './types';

/** ESLint-like text: `file:line:col  severity  message  rule-id`, then one summary line. */
export function formatText(results: FileResult[], failedFiles: number): string {
  const lines: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let checked = 0;
  let partly = 0;
  let inconclusive = 0;
  for (const r of results) {
    for (const f of r.findings) {
      const at = region(r.lines, f.span);
      counts[f.severity]++;
      lines.push(`${r.file}:${at.line}:${at.column}  ${f.severity.padEnd(7)}  ${oneLine(f.message)}  ${f.ruleId}`);
    }
    const tables = tableStatus(r);
    checked += tables.checked;
    partly += tables.partly;
    inconclusive += tables.inconclusive;
  }
  const total = counts.error + counts.warning + counts.info;
  const files = `${results.length} file${results.length === 1 ? '' : 's'}`;
  const reasons = countReasons(results.flatMap((r): TableCheck[] => r.tableChecks));
  const why = reasons.length
    ? `: ${reasons
        .slice(0, 3)
        .map((r) => `${r.count} ${r.reason}`)
        .join('; ')}${reasons.length > 3 ? `; ${reasons.length - 3} more reasons` : ''}`
    : '';
  const some = partly ? `, ${partly} partly` : '';
  const tables = `${checked} table${checked === 1 ? '' : 's'} checked${some}, ${inconclusive} inconclusive${inconclusive || partly ? why : ''}`;
  const unread = failedFiles ? `, ${failedFiles} unreadable` : '';
  // A file that could not be read is no clean result: no check mark then (the reason went to stderr).
  if (total === 0) lines.push(`${failedFiles ? '✖' : '✔'} no problems in ${files} (${tables}${unread})`);
  else {
    if (lines.length) lines.push('');
    lines.push(
      `✖ ${total} problem${total === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ` +
        `${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info} info) in ${files} (${tables}${unread})`,
    );
  }
  return lines.join('\n');
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
