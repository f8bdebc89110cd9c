import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../../src/cli/main';

const SAMPLES = fileURLToPath(new URL('../../../samples/', import.meta.url));
const seed = join(SAMPLES, 'seed-424B3.txt');
const mutated = join(SAMPLES, 'seed-424B3-mutated.txt');

async function run(argv: string[], stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    argv,
    (s) => void out.push(s),
    (s) => void err.push(s),
    () => stdin,
  );
  return { code, out, err, lines: out.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

test('jsonl prints one finding object with the json fields plus type, then one summary object for its file', async () => {
  const r = await run(['check', '--format', 'jsonl', mutated]);
  assert.equal(r.code, 1);
  assert.equal(r.out.length, 2, 'one write per line');
  const json = JSON.parse((await run(['check', '--format', 'json', mutated])).out.join('\n'))[0];
  assert.deepEqual(r.lines[0], { type: 'finding', ...json });
  assert.deepEqual(r.lines[1], {
    type: 'file',
    file: mutated,
    tables: 1,
    tablesChecked: 1,
    tablesPartly: 0,
    inconclusive: {},
    findingsByRule: { 'percent-of-class': 1 },
  });
});

test('jsonl summaries count inconclusive tables by reason', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'filing-lens-jsonl-'));
  const file = join(dir, 'one-row.txt');
  writeFileSync(file, 'ACME CORP\n\nForm 10-K\n\nMarch 1, 2024\n\nName\tShares\t% of Class\nHolder\t1,000\t5.0%\n');
  const summary = (await run(['check', '--format', 'jsonl', file])).lines.at(-1)!;
  assert.deepEqual(summary.inconclusive, { 'one percent cell: nothing to infer shares outstanding from': 1 });
  assert.equal(summary.tablesChecked, 0);
});

test('--files-from - reads a newline-separated list from standard input, blank lines and CRLF included', async () => {
  const r = await run(['check', '--format', 'jsonl', '--files-from', '-'], `${mutated}\r\n\n${seed}\n`);
  assert.deepEqual(
    r.lines.filter((l) => l.type === 'file').map((l) => l.file),
    [seed, mutated].sort(),
  );
  const dir = mkdtempSync(join(tmpdir(), 'filing-lens-list-'));
  const list = join(dir, 'list.txt');
  writeFileSync(list, `${seed}\n`);
  const fromFile = await run(['check', '--files-from', list, mutated, '--format=jsonl']);
  assert.deepEqual(fromFile.out, r.out, 'a list file and positional paths together, the same lines');
  assert.equal((await run(['check', '--files-from', join(dir, 'absent.txt')])).code, 2);
});

test('jsonl output does not depend on the order files are given or on how the list is split', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'filing-lens-order-'));
  const files = ['b.txt', 'a.txt', 'c/d.txt', 'c/a.txt'].map((name, i) => {
    const p = join(dir, name);
    mkdirSync(join(p, '..'), { recursive: true });
    copyFileSync(i % 2 ? seed : mutated, p);
    return p;
  });
  const whole = await run(['check', '--format', 'jsonl', ...files]);
  const reversed = await run(['check', '--format', 'jsonl', ...[...files].reverse()]);
  assert.deepEqual(reversed.out, whole.out);
  const parts = [
    await run(['check', '--format', 'jsonl', files[2], files[0]]),
    await run(['check', '--format', 'jsonl', files[3], files[1]]),
  ];
  assert.deepEqual(parts.flatMap((p) => p.out).sort(), [...whole.out].sort());
  // Grouped by file, each file's lines are the same lines in the same order as in the single run.
  const group = (lines: string[]) => {
    const by = new Map<string, string[]>();
    for (const l of lines) by.set(JSON.parse(l).file, [...(by.get(JSON.parse(l).file) ?? []), l]);
    return by;
  };
  assert.deepEqual(group(parts.flatMap((p) => p.out)), group(whole.out));
});

test('unreadable, binary, oversize and missing files get a summary with the error, the run goes on, exit 2', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'filing-lens-bad-'));
  const binary = join(dir, 'image.txt');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
  const big = join(dir, 'big.txt');
  writeFileSync(big, 'x'.repeat(200_000));
  const absent = join(dir, 'absent.txt');
  const r = await run(['check', '--format', 'jsonl', '--max-file-size', '0.1', binary, big, absent, mutated]);
  assert.equal(r.code, 2);
  const byFile = new Map(r.lines.filter((l) => l.type === 'file').map((l) => [l.file, l]));
  assert.equal(byFile.get(binary)?.error, 'binary file, not filing text');
  assert.equal(byFile.get(big)?.error, 'too large (200000 bytes; the limit is 104858)');
  assert.equal(byFile.get(absent)?.error, 'no such file');
  assert.deepEqual(byFile.get(mutated)?.findingsByRule, { 'percent-of-class': 1 }, 'the good file is still checked');
  assert.equal(r.lines.filter((l) => l.type === 'finding').length, 1);
  assert.ok(
    r.err.some((l) => l.includes('binary file')),
    'the reason also goes to stderr',
  );
});
