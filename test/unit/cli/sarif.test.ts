import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Log } from 'sarif';
import { main } from '../../../src/cli/main';
import { artifactLocation, FINGERPRINT_KEY } from '../../../src/cli/reporters/sarif';
import { CORPUS_DIR, REPO_ROOT } from '../../corpusPaths';
import { cliScript } from './cliBundle';

const seed = join(CORPUS_DIR, 'seed/000_e04a9582158dea8b.txt');
const mutated = join(REPO_ROOT, 'samples/seed-424B3-mutated.txt');
const work = mkdtempSync(join(tmpdir(), 'filing-lens-sarif-'));

async function sarifOf(...files: string[]): Promise<Log> {
  const out: string[] = [];
  await main(
    ['check', '--format', 'sarif', ...files],
    (s) => void out.push(s),
    () => {},
  );
  return JSON.parse(out.join('\n')) as Log;
}

/** The official validator (@microsoft/sarif-multitool, its Linux build), SARIF and GitHub rule sets. */
function multitool(): string | undefined {
  try {
    const binary = createRequire(import.meta.url)('@microsoft/sarif-multitool') as string;
    return existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

function validate(sarifPath: string): { level: string; ruleId: string; text: string }[] {
  const binary = multitool();
  assert.ok(binary, '@microsoft/sarif-multitool with its Linux binary is installed (npm ci)');
  const log = `${sarifPath}.validation.sarif`;
  const r = spawnSync(
    binary,
    ['validate', sarifPath, '--output', log, '--log', 'ForceOverwrite', '--rule-kind', 'Sarif;Gh'],
    {
      encoding: 'utf8',
      // .NET needs ICU unless told to run culture-invariant; a fresh Debian has no libicu.
      env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
    },
  );
  assert.equal(r.status, 0, `validator ran: ${r.error ?? ''}${r.stderr}${r.stdout}`);
  const report = JSON.parse(readFileSync(log, 'utf8')) as Log;
  return (report.runs[0].results ?? []).map((x) => ({
    level: x.level ?? 'warning',
    ruleId: x.ruleId ?? '?',
    text: `${x.message.id ?? ''} ${JSON.stringify(x.message.arguments ?? [])}`,
  }));
}

const problems = (found: ReturnType<typeof validate>) =>
  found.filter((x) => x.level === 'error' || x.level === 'warning');

test('the official SARIF validator (SARIF and GitHub rules) finds no error or warning in the seed, the mutated copy and corpus batches', () => {
  const batch = ['seed', 'txt', 'sectext'].flatMap((d) =>
    readdirSync(join(CORPUS_DIR, d)).map((f) => join('corpus', d, f)),
  );
  const runs: [string, string[]][] = [
    ['seed', [join('corpus', 'seed', '000_e04a9582158dea8b.txt')]],
    ['mutated', ['samples/seed-424B3-mutated.txt']],
    ['batch', batch],
  ];
  for (const [name, files] of runs) {
    // Spawned from the repository root, as a CI job runs it: artifact URIs relative to %SRCROOT%.
    const r = spawnSync(process.execPath, [cliScript(), 'check', '--format', 'sarif', ...files], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    assert.ok(r.status === 0 || r.status === 1, `${name}: check exit ${r.status}: ${r.stderr}`);
    const path = join(work, `${name}.sarif`);
    writeFileSync(path, r.stdout);
    const log = JSON.parse(r.stdout) as Log;
    if (name === 'mutated') assert.equal(log.runs[0].results?.length, 1);
    if (name === 'batch') assert.ok((log.runs[0].results?.length ?? 0) > 0, 'the batch has results to validate');
    assert.deepEqual(problems(validate(path)), [], name);
  }
});

test('the validator does catch a broken log (so a clean report means something)', () => {
  const path = join(work, 'broken.sarif');
  writeFileSync(
    path,
    JSON.stringify({
      version: '2.1.0',
      runs: [{ tool: { driver: {} }, results: [{ level: 'bogus', message: { text: 'x' } }] }],
    }),
  );
  assert.ok(problems(validate(path)).some((x) => x.level === 'error'));
});

test('artifact locations are relative to %SRCROOT% under the working directory, absolute file URIs outside it', async () => {
  assert.deepEqual(artifactLocation('corpus/seed/a b.txt', '/repo'), {
    uri: 'corpus/seed/a%20b.txt',
    uriBaseId: '%SRCROOT%',
  });
  assert.deepEqual(artifactLocation('/elsewhere/x.txt', '/repo'), { uri: 'file:///elsewhere/x.txt' });
  const log = await sarifOf(mutated);
  const run = log.runs[0];
  assert.equal(run.originalUriBaseIds?.['%SRCROOT%']?.uri?.endsWith('/'), true);
  const where = run.results![0].locations![0].physicalLocation!.artifactLocation!;
  if (mutated.startsWith(process.cwd())) {
    assert.deepEqual(where, { uri: 'samples/seed-424B3-mutated.txt', uriBaseId: '%SRCROOT%' });
  }
});

test('one rule per ruleId, each with help text, markdown and a help link; results point at their rule', async () => {
  const run = (await sarifOf(mutated, seed)).runs[0];
  const rules = run.tool.driver.rules!;
  assert.equal(new Set(rules.map((r) => r.id)).size, rules.length);
  for (const r of rules) {
    assert.ok(r.help?.text && r.help.markdown && r.helpUri, r.id);
    assert.ok(r.help.markdown.includes(r.helpUri));
  }
  for (const res of run.results!) assert.equal(rules[res.ruleIndex!].id, res.ruleId);
});

test('partialFingerprints stay the same across runs and when lines move, and differ between cells', async () => {
  const path = join(work, 'moving.txt');
  const text = readFileSync(mutated, 'utf8');
  writeFileSync(path, text);
  const first = (await sarifOf(path)).runs[0].results!;
  const again = (await sarifOf(path)).runs[0].results!;
  writeFileSync(path, '\n\n\nA new first paragraph.\n\n' + text);
  const moved = (await sarifOf(path)).runs[0].results!;
  assert.equal(first.length, 1);
  const print = (r: typeof first) => r.map((x) => x.partialFingerprints![FINGERPRINT_KEY]);
  assert.match(print(first)[0], /^[0-9a-f]{64}$/);
  assert.deepEqual(print(again), print(first));
  assert.deepEqual(print(moved), print(first));
  assert.notEqual(
    moved[0].locations![0].physicalLocation!.region!.startLine,
    first[0].locations![0].physicalLocation!.region!.startLine,
  );
  // Two identical misprinted rows in one file: the same cell and row text, told apart by their order.
  const rows = [
    'Ann\t10,000\t1.0%',
    'Bob\t20,000\t2.0%',
    'Cy\t30,000\t3.0%',
    'Di\t40,000\t4.0%',
    'Same\t50,000\t9.0%',
    'Same\t50,000\t9.0%',
  ];
  writeFileSync(path, 'ACME CORP\n\nForm 10-K\n\nMarch 1, 2024\n\nName\tShares\t% of Class\n' + rows.join('\n') + '\n');
  const two = print((await sarifOf(path)).runs[0].results!);
  assert.equal(two.length, 2);
  assert.equal(new Set(two).size, 2);
});
