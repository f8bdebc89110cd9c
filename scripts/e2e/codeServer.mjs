// Starts and stops one code-server (a real VS Code 1.100.3) for an end-to-end run, per ../shared/E2E.md.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdirSync, openSync, readFileSync, writeFileSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { configOf } from './provision.mjs';

/** A port the kernel just handed out, so two runs on one machine do not collide. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Fresh user-data folder: settings that keep the Welcome page and prompts from taking focus. */
export function writeUserSettings(userDataDir) {
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none',
    'editor.minimap.enabled': false,
    'window.restoreWindows': 'none',
    'files.hotExit': 'off',
    // Find in a tree (Ctrl+Alt+F) filters rows to the matches, so the Outline scenario can list later Items.
    'workbench.list.defaultFindMode': 'filter',
    'workbench.list.defaultFindMatchType': 'contiguous',
  };
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
}

/** Installs the .vsix into a fresh extensions folder the way a user would (code-server --install-extension). */
export function installExtension(entry, { userDataDir, extensionsDir, vsix }) {
  const r = spawnSync(
    process.execPath,
    [
      entry,
      '--config',
      configOf(),
      '--user-data-dir',
      userDataDir,
      '--extensions-dir',
      extensionsDir,
      '--install-extension',
      vsix,
    ],
    { encoding: 'utf8' },
  );
  const out = `${r.stdout}${r.stderr}`;
  if (r.status !== 0 || !/successfully installed/i.test(out)) {
    throw new Error(`installing ${vsix} into code-server failed:\n${out}`);
  }
  return out.trim().split('\n').pop();
}

/**
 * Starts code-server detached in its own process group and resolves once it says `HTTP server listening`.
 * Returns { url, stop }; stop() kills the whole group (server, extension host, watchers).
 */
export async function startCodeServer(entry, { userDataDir, extensionsDir, workspace, logFile, timeoutMs = 60000 }) {
  const port = await freePort();
  const fd = openSync(logFile, 'w');
  const child = spawn(
    process.execPath,
    [
      entry,
      '--config',
      configOf(),
      '--auth',
      'none',
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--user-data-dir',
      userDataDir,
      '--extensions-dir',
      extensionsDir,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      workspace,
    ],
    { detached: true, stdio: ['ignore', fd, fd] },
  );
  closeSync(fd);
  let exited = null;
  const exit = new Promise((resolve) =>
    child.on('exit', (code, signal) => {
      exited = code ?? signal;
      resolve();
    }),
  );

  const stop = async () => {
    if (exited !== null) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }, 5000);
    await exit;
    clearTimeout(timer);
    // The extension host may outlive the server by a moment; make sure nothing of the group is left.
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  };

  // Wait on the server's own words, re-reading the log whenever it grows (no fixed sleeps).
  const ready = await new Promise((resolve) => {
    const deadline = setTimeout(() => finish(false), timeoutMs);
    const poll = setInterval(check, 100);
    child.on('exit', () => finish(false));
    function check() {
      if (readFileSync(logFile, 'utf8').includes('HTTP server listening')) finish(true);
    }
    function finish(ok) {
      clearTimeout(deadline);
      clearInterval(poll);
      resolve(ok);
    }
  });
  if (!ready) {
    await stop();
    throw new Error(`code-server did not start (exit ${exited}); log:\n${readFileSync(logFile, 'utf8')}`);
  }
  return { url: `http://127.0.0.1:${port}/`, pid: child.pid, stop };
}
