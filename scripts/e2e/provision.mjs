// Provisions what the offline end-to-end run needs on a fresh Debian machine, following ../shared/E2E.md:
//   1. Debian packages (chromium to drive, libkrb5-dev + a C++ toolchain for code-server's native modules,
//      ripgrep for VS Code's search) when missing;
//   2. code-server from npm into a cache folder outside the repository, reused by later runs.
// Usage: node scripts/e2e/provision.mjs   (prints the code-server binary path). Imported by scripts/e2e/run.mjs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
const VSCODE_VERSION = '1.100.3';
/** Version of @vscode/ripgrep's download and the rg build it asks for (code-server 4.100.3's lib/vscode). */
const RIPGREP_CACHE = {
  dir: 'vscode-ripgrep-cache-1.15.11',
  file: 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz',
};
const DEBIAN_PACKAGES = ['chromium', 'libkrb5-dev', 'ripgrep', 'python3', 'make', 'g++'];

const log = (msg) => console.log(`[e2e] ${msg}`);

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
}

function debianPackageInstalled(name) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

/** Installs the Debian packages the run needs when some are missing (CI machines run as root). */
export function ensureDebianPackages() {
  if (spawnSync('dpkg-query', ['--version']).status !== 0) {
    log('dpkg-query not found: not a Debian machine, skipping the Debian package check');
    return;
  }
  const missing = DEBIAN_PACKAGES.filter((p) => !debianPackageInstalled(p));
  if (missing.length === 0) return;
  log(
    `installing Debian packages ${missing.join(' ')}: chromium drives VS Code, libkrb5-dev/python3/make/g++ ` +
      "build code-server's native modules, ripgrep replaces the rg download code-server would attempt",
  );
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args) => (sudo.length ? run('sudo', ['apt-get', ...args], { env }) : run('apt-get', args, { env }));
  apt(['update']);
  apt(['install', '-y', '--no-install-recommends', ...missing]);
}

/** Where code-server lives: $FILING_LENS_CODE_SERVER_DIR, else ~/.cache/filing-lens-tools/code-server-<version>. */
export function codeServerDir() {
  return (
    process.env.FILING_LENS_CODE_SERVER_DIR ||
    join(
      process.env.XDG_CACHE_HOME || join(homedir(), '.cache'),
      'filing-lens-tools',
      `code-server-${CODE_SERVER_VERSION}`,
    )
  );
}

const binOf = (dir) => join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const markerOf = (dir) => join(dir, '.provisioned');
/** An empty code-server config file kept with the install; pass it as --config on every start. */
export const configOf = (dir = codeServerDir()) => join(dir, 'config.yaml');

/** Native modules VS Code's server needs at start; an install that skipped their build scripts lacks them. */
const NATIVE = [
  '@vscode/spdlog/build/Release/spdlog.node',
  'node-pty/build/Release/pty.node',
  'native-watchdog/build/Release/watchdog.node',
  'kerberos/build/Release/kerberos.node',
  '@vscode/ripgrep/bin/rg',
];

function verify(dir) {
  const vscodeModules = join(dir, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules');
  const absent = NATIVE.filter((m) => !existsSync(join(vscodeModules, m)));
  if (absent.length) throw new Error(`code-server install is incomplete, missing: ${absent.join(', ')}`);
  // --config: an explicit file, or code-server writes a default one (with a password) under ~/.config.
  const r = spawnSync(process.execPath, [binOf(dir), '--config', configOf(dir), '--version'], { encoding: 'utf8' });
  const line = r.stdout.split('\n').find((l) => l.startsWith(`${CODE_SERVER_VERSION} `));
  if (r.status !== 0 || !line) throw new Error(`code-server --version failed: ${r.stdout}${r.stderr}`);
  return line;
}

/** @vscode/ripgrep's postinstall downloads rg from GitHub unless its cache holds the archive: seed it with Debian's rg. */
function seedRipgrepCache() {
  const dir = join(process.env.TMPDIR || tmpdir(), RIPGREP_CACHE.dir);
  if (existsSync(join(dir, RIPGREP_CACHE.file))) return;
  mkdirSync(dir, { recursive: true });
  run('tar', ['czf', join(dir, RIPGREP_CACHE.file), '-C', '/usr/bin', 'rg']);
}

/** Returns the path of code-server's entry script, installing code-server into the cache folder first if needed. */
export function ensureCodeServer() {
  const dir = codeServerDir();
  if (existsSync(markerOf(dir))) {
    try {
      verify(dir);
      return binOf(dir);
    } catch (e) {
      log(`cached code-server at ${dir} is broken (${e.message}); reinstalling`);
    }
  }
  log(
    `installing code-server@${CODE_SERVER_VERSION} (VS Code ${VSCODE_VERSION}) into ${dir}: the end-to-end ` +
      'tests need a real VS Code and this machine cannot download one; it builds native modules, takes a few ' +
      'minutes once, and is reused afterwards (set FILING_LENS_CODE_SERVER_DIR to move it)',
  );
  const started = Date.now();
  seedRipgrepCache();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'filing-lens-tools', private: true }, null, 2));
  writeFileSync(configOf(dir), 'disable-telemetry: true\n');
  // code-server's postinstall runs a nested `npm install` in lib/vscode whose native modules (spdlog, node-pty,
  // kerberos, watchdog, ripgrep, ...) have build scripts; npm 11 skips those unless allowed, and refuses
  // --allow-scripts in project-scoped installs, so allow them for this pinned tool install only, via the
  // environment that the nested npm inherits. npm_config_yes lets the postinstall's `npx node-gyp` run unprompted;
  // code-server's postinstall.sh refuses to run as root unless npm_config_unsafe_perm is set (npm 11 warns it is unknown).
  const env = {
    ...process.env,
    npm_config_yes: 'true',
    npm_config_unsafe_perm: 'true',
    npm_config_dangerously_allow_all_scripts: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
  };
  run('npm', ['install', '--foreground-scripts', `code-server@${CODE_SERVER_VERSION}`], { cwd: dir, env });
  const version = verify(dir);
  writeFileSync(markerOf(dir), `${version}\n${new Date().toISOString()}\n`);
  log(`code-server ${version} installed in ${Math.round((Date.now() - started) / 1000)} s`);
  return binOf(dir);
}

export function provision() {
  ensureDebianPackages();
  return ensureCodeServer();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    console.log(provision());
  } catch (e) {
    console.error(`[e2e] provisioning failed: ${e.message}`);
    process.exit(1);
  }
}
