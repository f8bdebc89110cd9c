// Runs node:test over test files (TypeScript through tsx). Usage: node scripts/run-unit.mjs [dir...]
// Defaults to test/unit (which mirrors src), test/corpus and test/grammar. Node 20's --test has no globs, so we list files here.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const dirs = process.argv.slice(2).length ? process.argv.slice(2) : ['test/unit', 'test/corpus', 'test/grammar'];
const files = [];
const walk = (dir) => {
  if (/\.test\.ts$/.test(dir)) {
    files.push(dir);
    return;
  }
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names.sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.test\.ts$/.test(name)) files.push(p);
  }
};
dirs.forEach(walk);
if (files.length === 0) {
  console.error(`no test files under ${dirs.join(', ')}`);
  process.exit(1);
}
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], {
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
