// `npm test`: every suite in order, stopping at the first failure.
import { spawnSync } from 'node:child_process';

const steps = [
  ['type-check', 'npm', ['run', '--silent', 'check-types']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['build', 'node', ['esbuild.js']],
  ['unit, rules, corpus and grammar tests', 'node', ['scripts/run-unit.mjs']],
];
if (process.env.FILING_LENS_SKIP_E2E !== '1') {
  steps.push(['browser tests (Chromium)', 'npm', ['run', '--silent', 'test:browser']]);
  steps.push(['end-to-end tests in a real VS Code (code-server)', 'npm', ['run', '--silent', 'test:e2e']]);
}
for (const [name, cmd, args] of steps) {
  console.log(`\n=== ${name} ===`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\n${name} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status || 1);
  }
}
