// Analyses with hand-built tables and real footnote resolution, for the footnote rules.
import type { Analysis, Section, Table } from '../../../src/core/model';
import { resolveFootnotes } from '../../../src/core/footnotes/resolveFootnotes';
import type { Rule } from '../../../src/rules/rule';
import { runRule } from '../../../src/rules/rule';
import { raw } from '../core/footnotes/fixture';
import type { RawFootnote } from '../../../src/core/model';

export function analysisOf(
  text: string,
  tables: Table[],
  footnotes: RawFootnote[],
  sections: Section[] = [],
): Analysis {
  const r = raw(text, footnotes);
  const { footnotes: fns, references } = resolveFootnotes(text, r, tables, sections);
  return {
    format: 'converted',
    length: text.length,
    metadata: {},
    documents: r.documents,
    sections,
    tables,
    footnotes: fns,
    references,
    warnings: [],
  };
}

export function run(rule: Rule, analysis: Analysis) {
  return runRule(rule, analysis, rule.defaultSeverity, 1);
}
