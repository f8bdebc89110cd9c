import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../../src/cli/main';

const SAMPLES = fileURLToPath(new URL('../../../samples/', import.meta.url));
const seed = join(SAMPLES, 'seed-424B3.txt');
const mutated = join(SAMPLES, 'seed-424B3-mutated.txt');

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    argv,
    (s) => void out.push(s),
    (s) => void err.push(s),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

test('check on the seed sample prints no problems and exits 0', async () => {
  const r = await run('check', seed);
  assert.equal(r.code, 0);
  assert.match(r.out, /no problems in 1 file/);
});

test('check on the mutated sample prints one ESLint-style line on the 2.42% cell and exits 1', async () => {
  const r = await run('check', mutated);
  assert.equal(r.code, 1);
  const lines = r.out.split('\n').filter((l) => l.includes('percent-of-class'));
  assert.equal(lines.length, 1);
  assert.match(
    lines[0],
    /seed-424B3-mutated\.txt:27:80 {2}warning {2}2\.42% of class, but 101,700 shares are .* {2}percent-of-class$/,
  );
  assert.match(r.out, /1 problem \(0 errors, 1 warning, 0 info\)/);
});

test('JSON output is an array of findings with 1-based lines and columns, expected and actual', async () => {
  const r = await run('check', mutated, '--format', 'json');
  const json = JSON.parse(r.out);
  assert.equal(json.length, 1);
  assert.deepEqual(
    { ...json[0], message: undefined, detail: undefined },
    {
      file: mutated,
      ruleId: 'percent-of-class',
      severity: 'warning',
      message: undefined,
      detail: undefined,
      line: 27,
      column: 80,
      endLine: 27,
      endColumn: 85,
      expected: '1.39%–1.44%',
      actual: '2.42%',
    },
  );
  assert.match(json[0].detail, /101,700 \/ \(O \+ x\)/, 'the arithmetic is in detail, the headline in message');
});

test('SARIF output is 2.1.0 with rules, help links, a located result and its related cells', async () => {
  const r = await run('check', mutated, '--format=sarif');
  const sarif = JSON.parse(r.out);
  assert.equal(sarif.version, '2.1.0');
  const run0 = sarif.runs[0];
  assert.equal(run0.tool.driver.name, 'filing-lens');
  const rule = run0.tool.driver.rules.find((x: { id: string }) => x.id === 'percent-of-class');
  assert.match(rule.helpUri, /docs\/rules\/percent-of-class\.md$/);
  const result = run0.results[0];
  assert.equal(result.ruleId, 'percent-of-class');
  assert.equal(result.level, 'warning');
  assert.deepEqual(result.locations[0].physicalLocation.region, {
    startLine: 27,
    startColumn: 80,
    endLine: 27,
    endColumn: 85,
  });
  assert.ok(!result.locations[0].physicalLocation.artifactLocation.uri.includes('\\'));
  assert.ok(result.relatedLocations.length >= 2);
  assert.equal(result.relatedLocations[0].id, 1);
});

test('--rule turns a rule off or down, and --max-severity decides the exit code', async () => {
  assert.equal((await run('check', mutated, '--rule', 'percent-of-class=off')).code, 0);
  const info = await run('check', mutated, '--rule', 'percent-of-class=info');
  assert.equal(info.code, 0, 'info is below the default --max-severity warning');
  assert.match(info.out, / info {4} /);
  assert.equal((await run('check', mutated, '--rule', 'percent-of-class=info', '--max-severity', 'info')).code, 1);
  assert.equal((await run('check', mutated, '--max-severity', 'error')).code, 0);
});

test('usage errors exit 2 with a one-line reason', async () => {
  for (const args of [
    ['check'],
    ['check', seed, '--format', 'xml'],
    ['check', seed, '--rule', 'nope=off'],
    ['check', seed, '--rule', 'percent-of-class=loud'],
    ['check', seed, '--bogus'],
  ]) {
    const r = await run(...args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.err, /^filing-lens: /);
  }
});

test('a missing file among several is reported, the rest are still checked, and the exit code is 2', async () => {
  const r = await run('check', mutated, join(SAMPLES, 'no-such-filing.txt'));
  assert.equal(r.code, 2);
  assert.match(r.err, /no-such-filing\.txt: no such file/);
  assert.match(r.out, /percent-of-class/);
});

test('directories are walked for filing-like files, others skipped, with a progress line for batches', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'filing-lens-check-'));
  mkdirSync(join(dir, 'sub'));
  for (let i = 0; i < 4; i++) copyFileSync(seed, join(dir, `clean-${i}.txt`));
  copyFileSync(mutated, join(dir, 'sub', 'bad.filing'));
  writeFileSync(join(dir, 'notes.json'), '{"not": "a filing"}');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0]));
  const r = await run('check', dir);
  assert.equal(r.code, 2, 'the binary .txt is a read error');
  assert.match(r.err, /binary\.txt: binary file/);
  assert.match(r.err, /checking \d+\/6/);
  assert.match(r.out, /bad\.filing:27:80/);
  assert.match(r.out, /in 5 files/);
});
