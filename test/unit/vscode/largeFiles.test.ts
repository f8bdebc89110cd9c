// registerLargeFileNotice against a stand-in for the `vscode` module: which tabs get the "over 50 MB" message.
// (VS Code never hands such files to extensions, so a tab is all the extension can see of them.)
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import Module, { createRequire } from 'node:module';

class TabInputText {
  constructor(readonly uri: { path: string; toString(): string }) {}
}
const uri = (path: string) => ({ path, toString: () => `file://${path}` });
const tab = (path: string) => ({ input: new TabInputText(uri(path)) });
type Tab = ReturnType<typeof tab>;

const MB = 1024 * 1024;
const state = {
  sizes: new Map<string, number>(),
  open: [] as string[],
  tabs: [] as Tab[],
  messages: [] as string[],
  stats: [] as Promise<unknown>[],
  tabListeners: [] as ((e: { opened: Tab[]; changed: Tab[]; closed: Tab[] }) => void)[],
};
const fakeVscode = {
  TabInputText,
  workspace: {
    get textDocuments() {
      return state.open.map((p) => ({ uri: uri(p) }));
    },
    fs: {
      stat: (u: { path: string }) => {
        const size = state.sizes.get(u.path);
        const p = size === undefined ? Promise.reject(new Error('ENOENT')) : Promise.resolve({ size });
        state.stats.push(p.catch(() => undefined));
        return p;
      },
    },
  },
  window: {
    tabGroups: {
      get all() {
        return [{ tabs: state.tabs }];
      },
      onDidChangeTabs: (l: (e: { opened: Tab[]; changed: Tab[]; closed: Tab[] }) => void) => {
        state.tabListeners.push(l);
        return { dispose() {} };
      },
    },
    showWarningMessage: (m: string) => {
      state.messages.push(m);
      return Promise.resolve(undefined);
    },
  },
};
const internals = Module as unknown as { _load(request: string, ...rest: unknown[]): unknown };
const realLoad = internals._load;
internals._load = function (request: string, ...rest: unknown[]) {
  return request === 'vscode' ? fakeVscode : realLoad.call(this, request, ...rest);
};
const { registerLargeFileNotice } = createRequire(import.meta.url)(
  '../../../src/vscode/largeFiles',
) as typeof import('../../../src/vscode/largeFiles');

/** Waits until every stat the notice asked for has answered and its continuation has run. */
async function settled(): Promise<void> {
  await Promise.all(state.stats);
  await Promise.resolve();
}

beforeEach(() => {
  state.sizes = new Map();
  state.open = [];
  state.tabs = [];
  state.messages = [];
  state.stats = [];
  state.tabListeners = [];
});

test('a filing tab over 50 MB that VS Code never handed over gets one warning that names the CLI', async () => {
  state.sizes.set('/w/full-submission.txt', 60 * MB);
  state.tabs = [tab('/w/full-submission.txt')];
  registerLargeFileNotice({ subscriptions: [] } as never);
  await settled();
  assert.equal(state.messages.length, 1);
  assert.match(state.messages[0], /full-submission\.txt \(60 MB\).*over 50 MB.*filing-lens check full-submission\.txt/);
  state.tabListeners.forEach((l) => l({ opened: [], changed: state.tabs, closed: [] }));
  await settled();
  assert.equal(state.messages.length, 1, 'told once per file');
});

test('files VS Code did hand over, files under 50 MB, and files that are not filings get no message', async () => {
  state.sizes.set('/w/synced.txt', 60 * MB);
  state.sizes.set('/w/small.htm', 10 * MB);
  state.sizes.set('/w/photo.png', 80 * MB);
  state.open = ['/w/synced.txt'];
  registerLargeFileNotice({ subscriptions: [] } as never);
  state.tabListeners.forEach((l) =>
    l({
      opened: [tab('/w/synced.txt'), tab('/w/small.htm'), tab('/w/photo.png'), tab('/w/gone.txt')],
      changed: [],
      closed: [],
    }),
  );
  await settled();
  assert.deepEqual(state.messages, []);
});
