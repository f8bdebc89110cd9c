// Mocha entry for running this suite through VS Code's extensionTestsPath: `npm run test:e2e` loads it in
// code-server's extension host (URL payload, see test/e2e/integrationSuite.ts). @vscode/test-cli does not need it:
// it loads the *.test.js files itself (see .vscode-test.mjs).
import Mocha from 'mocha';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Prefix of the one console line that carries the results to whoever drives the window. */
export const RESULTS_PREFIX = '[filing-lens-integration]';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60000 });
  for (const name of readdirSync(__dirname)
    .filter((n) => n.endsWith('.test.js'))
    .sort()) {
    mocha.addFile(join(__dirname, name));
  }
  const passed: string[] = [];
  const failed: { title: string; message: string }[] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      console.log(`${RESULTS_PREFIX} ${JSON.stringify({ passed, failed })}`);
      if (failures > 0) reject(new Error(`${failures} integration tests failed`));
      else resolve();
    });
    runner.on('pass', (t) => passed.push(t.fullTitle()));
    runner.on('fail', (t, err: unknown) =>
      failed.push({ title: t.fullTitle(), message: String((err as Error)?.message ?? err) }),
    );
  });
}
