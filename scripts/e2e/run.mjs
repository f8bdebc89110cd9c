// `npm run test:e2e`: the extension in a real VS Code, offline (../shared/E2E.md).
// Provisions code-server (cached), packages filing-lens.vsix, installs it into a fresh extensions folder, serves a
// workspace of corpus copies on 127.0.0.1, and runs the playwright-core scenarios of test/e2e in Debian's Chromium,
// then the vscode-API suite of test/vscode inside code-server's extension host. Screenshots and logs land in
// test-results/e2e/. Env: FILING_LENS_CORPUS (default corpus/), FILING_LENS_E2E_KEEP=1 keeps the temp
// folder, FILING_LENS_E2E_ONLY=name[,name] runs some scenarios ('integration' = the test/vscode suite).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { provision } from './provision.mjs';
import { installExtension, startCodeServer, writeUserSettings } from './codeServer.mjs';
import { corpusDir, makeWorkspace } from './workspace.mjs';
import { verifyVsix } from './vsix.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const results = join(root, 'test-results', 'e2e');
const log = (msg) => console.log(`[e2e] ${msg}`);

function packageVsix() {
  log('building and packaging filing-lens.vsix (npm run package)');
  const r = spawnSync('npm', ['run', '--silent', 'package'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm run package failed:\n${r.stdout}${r.stderr}`);
  const vsix = join(root, 'filing-lens.vsix');
  if (!existsSync(vsix)) throw new Error('npm run package did not write filing-lens.vsix');
  log(`filing-lens.vsix: ${verifyVsix(vsix)}`);
  return vsix;
}

/** test/vscode bundled to out/test/vscode, loaded by code-server's extension host through the URL payload. */
function buildIntegrationSuite() {
  const r = spawnSync(process.execPath, [join(root, 'test', 'vscode', 'build.mjs')], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`building test/vscode failed:\n${r.stdout}${r.stderr}`);
}

/**
 * Workbench URL that opens the folder as an Extension Development Host running the integration suite. The extension
 * under development is the one the .vsix installed (not the working tree's dist/, which a rebuild may change mid-run).
 */
function suiteUrl(serverUrl, workspace, extensionsDir) {
  const installed = readdirSync(extensionsDir).find((n) => n.startsWith('filing-lens.filing-lens-'));
  if (!installed) throw new Error(`the .vsix did not install into ${extensionsDir}`);
  const remote = (path) => `vscode-remote://${new URL(serverUrl).host}${path}`;
  const payload = [
    ['extensionDevelopmentPath', remote(join(extensionsDir, installed))],
    ['extensionTestsPath', remote(join(root, 'out', 'test', 'vscode', 'index.js'))],
  ];
  return `${serverUrl}?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

function runScenarios(env) {
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'test', 'e2e', 'main.ts')], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ...env },
    });
    child.on('exit', (code, signal) => resolveRun(code ?? (signal ? 1 : 0)));
  });
}

async function main() {
  const started = Date.now();
  if (!existsSync(corpusDir)) throw new Error(`corpus not found at ${corpusDir} (set FILING_LENS_CORPUS)`);
  const entry = provision();
  const vsix = packageVsix();
  buildIntegrationSuite();
  rmSync(results, { recursive: true, force: true });
  mkdirSync(results, { recursive: true });

  const tmp = mkdtempSync(join(tmpdir(), 'filing-lens-e2e-'));
  const dirs = {
    userDataDir: join(tmp, 'user-data'),
    extensionsDir: join(tmp, 'extensions'),
    workspace: join(tmp, 'workspace'),
  };
  writeUserSettings(dirs.userDataDir);
  mkdirSync(dirs.extensionsDir, { recursive: true });
  makeWorkspace(dirs.workspace);
  log(installExtension(entry, { ...dirs, vsix }));

  const server = await startCodeServer(entry, { ...dirs, logFile: join(results, 'code-server.log') });
  log(`code-server ${server.url} (process group ${server.pid}), workspace ${dirs.workspace}`);
  let status = 1;
  const onSignal = () => {
    void server.stop().then(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    status = await runScenarios({
      FILING_LENS_E2E_URL: `${server.url}?folder=${encodeURIComponent(dirs.workspace)}`,
      FILING_LENS_E2E_SUITE_URL: suiteUrl(server.url, dirs.workspace, dirs.extensionsDir),
      FILING_LENS_E2E_WORKSPACE: dirs.workspace,
      FILING_LENS_E2E_RESULTS: results,
    });
  } finally {
    await server.stop();
    // Keep VS Code's own logs (extension host, window) beside the screenshots: they explain failures in CI.
    const logs = join(dirs.userDataDir, 'logs');
    if (existsSync(logs)) cpSync(logs, join(results, 'vscode-logs'), { recursive: true });
    if (process.env.FILING_LENS_E2E_KEEP === '1') log(`kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
  log(`finished in ${Math.round((Date.now() - started) / 1000)} s; screenshots and logs in ${results}`);
  return status;
}

main().then(
  (status) => process.exit(status),
  (e) => {
    console.error(`[e2e] ${e.stack ?? e}`);
    process.exit(1);
  },
);
