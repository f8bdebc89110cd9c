// @vscode/test-cli configuration for `npm run test:vscode`: the integration suite in test/vscode/ against the real
// `vscode` API in a downloaded VS Code (needs the internet; offline, `npm run test:e2e` drives code-server instead).
// test/vscode/build.mjs bundles the tests to out/test/vscode/ and writes the workspace they open.
import { defineConfig } from '@vscode/test-cli';

export default defineConfig({
  label: 'integration',
  files: 'out/test/vscode/**/*.test.js',
  version: process.env.FILING_LENS_VSCODE_VERSION ?? 'stable',
  workspaceFolder: 'out/test/vscode-workspace',
  extensionDevelopmentPath: '.',
  launchArgs: ['--disable-extensions', '--disable-workspace-trust'],
  mocha: { ui: 'tdd', timeout: 60000 },
});
