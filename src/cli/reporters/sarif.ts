import { createHash } from 'node:crypto';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ArtifactLocation, Location, Log, ReportingDescriptor, Result } from 'sarif';
import { RULES } from '../../rules/index';
import { ruleDocsUrl } from '../../rules/rule';
import type { Finding, Severity } from '../../rules/types';
import { region, type FileResult } from './types';

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note' };

/** The base the artifact URIs are relative to, as GitHub code scanning resolves them (the checkout). */
export const SRCROOT = '%SRCROOT%';

/** The `partialFingerprints` key: versioned, so a change in what is hashed never matches old alerts wrongly. */
export const FINGERPRINT_KEY = 'filingLensCellContext/v1';

/**
 * Where a file is: relative to %SRCROOT% (the working directory) with forward slashes when it is under it,
 * else an absolute file: URI (GitHub drops relative locations it cannot place, and `../` escapes the checkout).
 */
export function artifactLocation(file: string, cwd = process.cwd()): ArtifactLocation {
  const abs = resolve(cwd, file);
  const rel = relative(cwd, abs);
  if (rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)) {
    return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
  }
  return { uri: pathToFileURL(abs).href };
}

/**
 * A fingerprint that survives reruns and lines moving: the rule, the file, the flagged cell's text and the
 * text of the line it sits on (the row: label and neighbouring cells), whitespace folded; never a line
 * number. Identical rows in one file are told apart by their order among equals.
 */
function fingerprints(r: FileResult, uri: string): (f: Finding) => string {
  const seen = new Map<string, number>();
  return (f) => {
    const text = r.lines.text;
    const line = r.lines.lineAt(f.span.start);
    const row = text.slice(r.lines.lineStart(line), r.lines.lineEnd(line));
    const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
    const key = [f.ruleId, uri, fold(text.slice(f.span.start, f.span.end)), fold(row)].join('\u0000');
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return createHash('sha256').update(`${key}\u0000${n}`).digest('hex');
  };
}

function descriptor(id: string): ReportingDescriptor {
  const rule = RULES.find((r) => r.id === id);
  const description = rule?.description ?? `Findings of ${id}.`;
  const url = ruleDocsUrl(id);
  return {
    id,
    name: id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()),
    shortDescription: { text: description },
    fullDescription: { text: description },
    helpUri: url,
    help: {
      text: `${description} Why it matters, how the check works and how to silence it: ${url}`,
      markdown: `${description}\n\nWhy it matters, how the check works and how to silence it: [${id}](${url}).`,
    },
    defaultConfiguration: { level: LEVEL[rule?.defaultSeverity ?? 'warning'] },
  };
}

/**
 * SARIF 2.1.0, one run, as GitHub code scanning ingests it: every rule once with its help, artifact URIs
 * relative to %SRCROOT% (declared in `originalUriBaseIds`), and `partialFingerprints` per result.
 */
export function formatSarif(results: FileResult[], version: string, cwd = process.cwd()): string {
  const rules = RULES.map((r) => descriptor(r.id));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  for (const r of results) {
    for (const f of r.findings) {
      if (!index.has(f.ruleId)) {
        index.set(f.ruleId, rules.length);
        rules.push(descriptor(f.ruleId));
      }
    }
  }
  const sarifResults: Result[] = results.flatMap((r) => {
    const where = artifactLocation(r.file, cwd);
    const fingerprint = fingerprints(r, where.uri!);
    const location = (span: { start: number; end: number }): Location => {
      const at = region(r.lines, span);
      return {
        physicalLocation: {
          artifactLocation: { ...where },
          region: { startLine: at.line, startColumn: at.column, endLine: at.endLine, endColumn: at.endColumn },
        },
      };
    };
    return r.findings.map((f): Result => ({
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId)!,
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [location(f.span)],
      partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(f) },
      ...(f.related.length
        ? {
            relatedLocations: f.related.map((rel, i) => ({
              id: i + 1,
              ...location(rel.span),
              message: { text: rel.message },
            })),
          }
        : {}),
      ...(f.expected !== undefined || f.actual !== undefined || f.detail
        ? {
            properties: {
              expected: f.expected ?? null,
              actual: f.actual ?? null,
              ...(f.detail ? { detail: f.detail } : {}),
            },
          }
        : {}),
    }));
  });
  const root = pathToFileURL(cwd).href;
  const sarif: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'filing-lens',
            version,
            semanticVersion: version,
            informationUri: 'https://github.com/filing-lens/filing-lens',
            rules,
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: root.endsWith('/') ? root : `${root}/` } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
}
