// Rule metadata has one source, the RULES list (src/rules/index.ts: id, default severity, description). This
// writes what is made from it: the `filingLens.rules.*` settings in package.json, the rule table in README.md
// ("What it checks") and the one in docs/rules/README.md. `npm run docs:rules` after changing a rule;
// test/unit/rules/metadata.test.ts fails while the three differ from RULES.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../src/rules/index';
import type { RuleInfo } from '../src/rules/rule';

/** The files made from RULES, relative to the repository root. */
export const RULE_DOC_FILES = ['package.json', 'README.md', 'docs/rules/README.md'] as const;
export type RuleDocFile = (typeof RULE_DOC_FILES)[number];

const BEGIN = '<!-- rules: made from RULES in src/rules/index.ts by `npm run docs:rules`; edit there -->';
const END = '<!-- /rules -->';
const SETTING = 'filingLens.rules.';

/** The VS Code setting for one rule's severity, as package.json declares it. */
export function ruleSetting(rule: RuleInfo): Record<string, unknown> {
  return {
    type: 'string',
    enum: ['off', 'info', 'warning', 'error'],
    default: rule.defaultSeverity,
    markdownDescription: `${rule.description} Severity of \`${rule.id}\` findings, or \`off\`.`,
  };
}

/** package.json with its rule settings replaced by RULES' (in RULES order, where the first one was). */
export function withRuleSettings(packageJson: string, rules: readonly RuleInfo[] = RULES): string {
  const pkg = JSON.parse(packageJson);
  const properties: Record<string, unknown> = pkg.contributes.configuration.properties;
  const out: Record<string, unknown> = {};
  let placed = false;
  const place = () => {
    for (const rule of rules) out[SETTING + rule.id] = ruleSetting(rule);
    placed = true;
  };
  for (const [key, value] of Object.entries(properties)) {
    if (!key.startsWith(SETTING)) out[key] = value;
    else if (!placed) place();
  }
  if (!placed) place();
  pkg.contributes.configuration.properties = out;
  return JSON.stringify(pkg, null, 2) + '\n';
}

/** Text from a table cell's point of view: pipes and asterisks escaped (`'*'` is not emphasis), one line. */
const cell = (s: string) => s.replace(/[|*]/g, '\\$&').replace(/\s+/g, ' ');

/** The README's rule table ("What it checks"). */
export function readmeTable(rules: readonly RuleInfo[] = RULES): string {
  return [
    '| rule | default | what it flags |',
    '|---|---|---|',
    ...rules.map((r) => `| \`${r.id}\` | ${r.defaultSeverity} | ${cell(r.description)} |`),
  ].join('\n');
}

/** docs/rules/README.md's table, each rule linked to its page. */
export function rulesReadmeTable(rules: readonly RuleInfo[] = RULES): string {
  return [
    '| rule | default | checks |',
    '|---|---|---|',
    ...rules.map((r) => `| [\`${r.id}\`](${r.id}.md) | ${r.defaultSeverity} | ${cell(r.description)} |`),
  ].join('\n');
}

/** `markdown` with the text between its rules markers replaced by `table` (an error when it has none). */
export function withTable(markdown: string, table: string, name: string): string {
  const from = markdown.indexOf(BEGIN);
  const to = markdown.indexOf(END, from);
  if (from < 0 || to < 0) throw new Error(`${name}: no ${BEGIN} ... ${END} block to write the rule table into`);
  return markdown.slice(0, from) + `${BEGIN}\n\n${table}\n\n` + markdown.slice(to);
}

/** What each file should hold, given what it holds now. */
export function regenerate(
  current: Record<RuleDocFile, string>,
  rules: readonly RuleInfo[] = RULES,
): Record<RuleDocFile, string> {
  return {
    'package.json': withRuleSettings(current['package.json'], rules),
    'README.md': withTable(current['README.md'], readmeTable(rules), 'README.md'),
    'docs/rules/README.md': withTable(current['docs/rules/README.md'], rulesReadmeTable(rules), 'docs/rules/README.md'),
  };
}

export function readRuleDocs(root: string): Record<RuleDocFile, string> {
  const out = {} as Record<RuleDocFile, string>;
  for (const f of RULE_DOC_FILES) out[f] = readFileSync(join(root, f), 'utf8');
  return out;
}

if (process.argv[1] && /rule-docs\.ts$/.test(process.argv[1])) {
  const root = join(__dirname, '..');
  const current = readRuleDocs(root);
  const next = regenerate(current);
  for (const f of RULE_DOC_FILES) {
    if (next[f] === current[f]) continue;
    writeFileSync(join(root, f), next[f]);
    console.log(`wrote ${f}`);
  }
}
