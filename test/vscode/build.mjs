/* global console */
// Prepares the integration suite for @vscode/test-cli (`npm run test:vscode`): bundles each test/vscode/*.test.ts
// (and index.ts, the mocha entry for running the suite through extensionTestsPath) into out/test/vscode/ with
// 'vscode' external, and writes the test workspace to out/test/vscode-workspace/.
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { makeWorkspace } from '../../scripts/e2e/workspace.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const outDir = join(root, 'out', 'test', 'vscode');
const entries = readdirSync(import.meta.dirname).filter((n) => n.endsWith('.test.ts') || n === 'index.ts');

rmSync(outDir, { recursive: true, force: true });
await build({
  entryPoints: entries.map((n) => join(import.meta.dirname, n)),
  outdir: outDir,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node18',
  sourcemap: true,
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
});
const workspace = join(root, 'out', 'test', 'vscode-workspace');
rmSync(workspace, { recursive: true, force: true });
makeWorkspace(workspace);
console.log(`built ${entries.length} files into ${outDir}; workspace ${workspace}`);
