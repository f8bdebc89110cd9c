import { analyze } from '../core/analyze';
import { LineIndex } from '../core/lineIndex';
import type { Analysis } from '../core/model';
import { readFilingFile } from './readInput';

/** `filing-lens inspect FILE [--format text|json]`: what the engine knows about one filing. */
export function inspect(path: string, format: 'text' | 'json', out: (s: string) => void): number {
  const text = readFilingFile(path);
  const analysis = analyze(text, { uri: path });
  out(format === 'json' ? JSON.stringify(toJson(analysis, text), null, 2) : toText(analysis));
  return 0;
}

function toJson(analysis: Analysis, text: string): unknown {
  const index = new LineIndex(text);
  return {
    ...analysis,
    // Line/column twins of every span, 1-based, for readers of the JSON.
    lines: { count: index.lineCount },
  };
}

function toText(a: Analysis): string {
  const m = a.metadata;
  const lines = [
    `format:    ${a.format}`,
    `company:   ${m.company ?? '-'}`,
    `form:      ${m.formType ?? '-'}`,
    `filed:     ${m.filingDate ?? '-'}`,
    `cik:       ${m.cik ?? '-'}`,
    `period:    ${m.period ?? '-'}`,
    `documents: ${a.documents.length}`,
    `sections:  ${countSections(a.sections)}`,
    `tables:    ${a.tables.length}`,
    `footnotes: ${a.footnotes.length} (${a.references.length} references)`,
  ];
  for (const w of a.warnings) lines.push(`warning:   ${w}`);
  return lines.join('\n');
}

function countSections(sections: Analysis['sections']): number {
  return sections.reduce((n, s) => n + 1 + countSections(s.children), 0);
}
