// The CLI as a command for tests that spawn it (GNU parallel, the SARIF validator): src/cli/main.ts bundled
// once per test process into a temporary folder, so a test never runs a stale dist/ build.
import { buildSync } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../../corpusPaths';

let launcher: string | undefined;

/** Path of an executable-by-node script that runs `filing-lens` from the current sources. */
export function cliScript(): string {
  if (launcher) return launcher;
  const dir = mkdtempSync(join(tmpdir(), 'filing-lens-cli-'));
  buildSync({
    entryPoints: [join(REPO_ROOT, 'src/cli/main.ts')],
    outfile: join(dir, 'cli.js'),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node18',
    logLevel: 'silent',
  });
  launcher = join(dir, 'filing-lens.js');
  writeFileSync(
    launcher,
    `require(${JSON.stringify(join(dir, 'cli.js'))}).main(process.argv.slice(2)).then((c) => { process.exitCode = c; });\n`,
  );
  return launcher;
}
