import { relative, sep } from 'node:path';
import { RULES } from '../../rules/index';
import { ruleDocsUrl } from '../../rules/rule';
import type { Severity } from '../../rules/types';
import { region, type FileResult } from './types';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** A repository-relative URI with forward slashes, as GitHub code scanning expects. */
function artifactUri(file: string): string {
  const rel = relative(process.cwd(), file);
  const path = rel.startsWith('..') ? file : rel;
  return path.split(sep).map(encodeURIComponent).join('/');
}

/** SARIF 2.1.0, one run: the rules (with help links) and every finding with its related cells. */
export function formatSarif(results: FileResult[], version: string): string {
  const rules = RULES.map((r) => ({
    id: r.id,
    name: r.id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()),
    shortDescription: { text: r.description },
    fullDescription: { text: r.description },
    helpUri: ruleDocsUrl(r.id),
    help: { text: `${r.description} See ${ruleDocsUrl(r.id)}` },
    defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const sarifResults = results.flatMap((r) => {
    const uri = artifactUri(r.file);
    const location = (span: { start: number; end: number }) => {
      const at = region(r.lines, span);
      return {
        physicalLocation: {
          artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
          region: { startLine: at.line, startColumn: at.column, endLine: at.endLine, endColumn: at.endColumn },
        },
      };
    };
    return r.findings.map((f) => ({
      ruleId: f.ruleId,
      ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [location(f.span)],
      relatedLocations: f.related.map((rel, i) => ({ id: i + 1, ...location(rel.span), message: { text: rel.message } })),
      ...(f.expected !== undefined || f.actual !== undefined || f.detail
        ? { properties: { expected: f.expected ?? null, actual: f.actual ?? null, ...(f.detail ? { detail: f.detail } : {}) } }
        : {}),
    }));
  });
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'filing-lens', version, informationUri: 'https://github.com/filing-lens/filing-lens', rules } },
      columnKind: 'utf16CodeUnits',
      results: sarifResults,
    }],
  };
  return JSON.stringify(sarif, null, 2);
}
