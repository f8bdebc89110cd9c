import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { CORPUS_DIR, REPO_ROOT } from '../../corpusPaths';
import { cliScript } from './cliBundle';

const inCI = !!process.env.CI || process.env.FILING_LENS_CI === '1';
const hasParallel =
  spawnSync('parallel', ['--version'], { encoding: 'utf8' }).stdout?.startsWith('GNU parallel') ?? false;
const skip =
  !hasParallel && !inCI
    ? 'GNU parallel is not installed (apt-get install parallel); .ci/run installs it and CI runs this test'
    : false;

/** `find corpus -type f`, as paths relative to the repository root. */
function corpusFiles(dir = CORPUS_DIR): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? corpusFiles(p) : [relative(REPO_ROOT, p)];
  });
}

const byFile = (lines: string[]) => {
  const groups = new Map<string, string[]>();
  for (const l of lines) {
    const file = (JSON.parse(l) as { file: string }).file;
    groups.set(file, [...(groups.get(file) ?? []), l]);
  }
  return groups;
};

test(
  "the README's GNU parallel recipe over the corpus split in 4 gives a single check run's jsonl lines",
  { skip },
  () => {
    assert.ok(hasParallel, 'GNU parallel must be installed in CI (.ci/run lists it in packages)');
    const files = corpusFiles();
    // Unsorted on purpose (as find prints it): the output must not depend on the order.
    const list = files.reverse().join('\n') + '\n';
    const cli = [process.execPath, cliScript(), 'check', '--format', 'jsonl', '--files-from', '-'];
    const single = spawnSync(cli[0], cli.slice(1), {
      cwd: REPO_ROOT,
      input: list,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    assert.equal(single.status, 1, `one run: exit 1 (the corpus has findings) ${single.stderr.slice(-500)}`);
    const joblog = join(mkdtempSync(join(tmpdir(), 'filing-lens-parallel-')), 'jobs.tsv');
    const perJob = Math.ceil(files.length / 4);
    const split = spawnSync('parallel', ['--will-cite', '--joblog', joblog, '--pipe', '-N', String(perJob), ...cli], {
      cwd: REPO_ROOT,
      input: list,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    assert.ok(
      split.status !== null && split.status <= 4,
      `parallel ran the jobs (exit ${split.status}: jobs that exited non-zero) ${split.stderr.slice(-500)}`,
    );
    assert.equal(readFileSync(joblog, 'utf8').trim().split('\n').length - 1, 4, 'four jobs');
    const one = single.stdout.trimEnd().split('\n');
    const merged = split.stdout.trimEnd().split('\n');
    assert.equal(one.filter((l) => l.startsWith('{"type":"file"')).length, files.length, 'one summary per file');
    assert.deepEqual([...merged].sort(), [...one].sort(), 'the merged output, sorted by line, equals one run');
    assert.deepEqual(
      new Map([...byFile(merged)].sort()),
      new Map([...byFile(one)].sort()),
      'grouped by file, each file has the same lines in the same order',
    );
  },
);
