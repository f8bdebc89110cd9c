import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { RULES } from '../../../src/rules/index';
import { readRuleDocs, regenerate, RULE_DOC_FILES, withRuleSettings, withTable } from '../../../scripts/rule-docs';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

for (const file of RULE_DOC_FILES) {
  test(`${file} says what the RULES list says (id, default severity, description); npm run docs:rules rewrites it`, () => {
    const current = readRuleDocs(ROOT);
    assert.equal(current[file], regenerate(current)[file], `${file} differs from RULES: run npm run docs:rules`);
  });
}

test('package.json declares one severity setting per rule, in RULES order, defaulting to its severity', () => {
  const pkg = JSON.parse(readRuleDocs(ROOT)['package.json']);
  const settings = Object.entries(
    pkg.contributes.configuration.properties as Record<string, { default: string; markdownDescription: string }>,
  ).filter(([key]) => key.startsWith('filingLens.rules.'));
  assert.deepEqual(
    settings.map(([key, s]) => [key, s.default]),
    RULES.map((r) => [`filingLens.rules.${r.id}`, r.defaultSeverity]),
  );
  for (const [i, [, s]] of settings.entries()) {
    assert.ok(s.markdownDescription.startsWith(RULES[i].description), RULES[i].id);
  }
});

test('the check catches drift: a changed description or a missing rule makes the files differ', () => {
  const current = readRuleDocs(ROOT);
  const drifted = RULES.map((r) =>
    r.id === 'percent-change' ? { ...r, description: 'A % change that does not follow.' } : r,
  );
  assert.notEqual(regenerate(current, drifted)['README.md'], current['README.md']);
  assert.notEqual(regenerate(current, drifted)['docs/rules/README.md'], current['docs/rules/README.md']);
  assert.notEqual(withRuleSettings(current['package.json'], RULES.slice(1)), current['package.json']);
  assert.throws(() => withTable('# no markers here\n', '| t |', 'x.md'), /no .* block/);
});
