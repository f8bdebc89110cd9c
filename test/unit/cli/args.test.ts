import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { main } from '../../../src/cli/main';

const mutated = join(fileURLToPath(new URL('../../../samples/', import.meta.url)), 'seed-424B3-mutated.txt');

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    argv,
    (s) => void out.push(s),
    (s) => void err.push(s),
  );
  return { code, out: out.join('\n'), err };
}

for (const command of ['check', 'inspect', 'summary', 'render']) {
  test(`${command} --help and -h print the command's usage and exit 0`, async () => {
    for (const flag of ['--help', '-h']) {
      const r = await run(command, flag);
      assert.equal(r.code, 0);
      assert.match(r.out, new RegExp(`^Usage: filing-lens ${command} `));
      assert.match(r.out, /-h, --help/);
      assert.deepEqual(r.err, []);
    }
  });

  test(`${command} with an unknown flag exits 2 with one line naming it`, async () => {
    const r = await run(command, mutated, '--frobnicate');
    assert.equal(r.code, 2);
    assert.deepEqual(r.err, [
      `filing-lens: ${command}: unknown option '--frobnicate' (see filing-lens ${command} --help)`,
    ]);
    assert.equal(r.out, '');
  });
}

test('a flag that needs a value and has none exits 2 with one line, for every command that takes one', async () => {
  for (const [command, flag] of [
    ['check', '--format'],
    ['check', '--rule'],
    ['check', '--tolerance'],
    ['check', '--max-severity'],
    ['check', '--files-from'],
    ['check', '--max-file-size'],
    ['inspect', '--format'],
    ['summary', '--html'],
  ]) {
    const r = await run(command, mutated, flag);
    assert.equal(r.code, 2, `${command} ${flag}`);
    assert.deepEqual(r.err, [`filing-lens: ${command}: ${flag} needs a value (see filing-lens ${command} --help)`]);
  }
});

test('a boolean flag given a value, and a bad value, exit 2 with one line', async () => {
  assert.deepEqual((await run('summary', mutated, '--json=yes')).err, [
    'filing-lens: summary: --json takes no value (see filing-lens summary --help)',
  ]);
  assert.deepEqual((await run('check', mutated, '--format', 'xml')).err, [
    "filing-lens: --format takes text|json|jsonl|sarif, not 'xml'",
  ]);
  assert.deepEqual((await run('inspect', mutated, '-f', 'yaml')).err, [
    "filing-lens: --format takes text|json, not 'yaml'",
  ]);
  assert.equal((await run('check', mutated, '--rule', 'nope=off')).code, 2);
  assert.equal((await run('check', mutated, '--tolerance', '0')).code, 2);
});

test('every documented flag keeps working: short and long, with = and with a space, repeated --rule', async () => {
  assert.equal((await run('check', mutated, '-f', 'json')).code, 1);
  assert.equal(JSON.parse((await run('check', mutated, '--format=json')).out).length, 1);
  const off = await run(
    'check',
    mutated,
    '--rule',
    'percent-of-class=off',
    '--rule=footnote-unused=off',
    '--tolerance',
    '1',
  );
  assert.equal(off.code, 0);
  assert.equal(
    (await run('check', mutated, '--rule', 'percent-of-class=info')).code,
    0,
    'info is below the default --max-severity',
  );
  assert.equal((await run('check', mutated, '--rule', 'percent-of-class=info', '--max-severity', 'info')).code, 1);
  assert.equal((await run('check', mutated, '--tolerance=100', '--rule=percent-of-class=off')).code, 0);
  assert.match((await run('inspect', mutated, '--format', 'json')).out, /^\{/);
  assert.match((await run('inspect', mutated)).out, /^format: {4}converted/);
  assert.match((await run('summary', mutated, '--json')).out, /^\{/);
  assert.match((await run('summary', mutated, '--html', '-')).out, /^<!DOCTYPE html>/i);
  assert.equal((await run('render', mutated)).code, 0);
});

test('no command prints the overview and exits 2; --help exits 0', async () => {
  assert.equal((await run()).code, 2);
  const r = await run('--help');
  assert.equal(r.code, 0);
  assert.match(r.out, /filing-lens COMMAND --help/);
});
