// registerFilingDetection against a stand-in for the `vscode` module: which plain-text documents get
// switched to sec-filing, when, and how much of each it reads. (The real VS Code run is the e2e suite.)
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { corpusUrl } from '../../corpusPaths';

const corpus = (p: string) => readFileSync(corpusUrl(p), 'utf8');

class Position {
  constructor(
    readonly line: number,
    readonly character: number,
    readonly offset: number,
  ) {}
}
class Range {
  constructor(
    readonly start: Position,
    readonly end: Position,
  ) {}
}
class Emitter<T> {
  private listeners: ((e: T) => void)[] = [];
  event = (listener: (e: T) => void) => {
    this.listeners.push(listener);
    return { dispose: () => (this.listeners = this.listeners.filter((l) => l !== listener)) };
  };
  fire(e: T): void {
    this.listeners.forEach((l) => l(e));
  }
}

interface FakeDoc {
  languageId: string;
  uri: { scheme: string; toString(): string };
  charsRead: number;
  positionAt(offset: number): Position;
  getText(range?: Range): string;
}

function doc(text: string, opts: { languageId?: string; scheme?: string; name?: string } = {}): FakeDoc {
  const d: FakeDoc = {
    languageId: opts.languageId ?? 'plaintext',
    uri: { scheme: opts.scheme ?? 'file', toString: () => `${opts.scheme ?? 'file'}:///w/${opts.name ?? 'a.txt'}` },
    charsRead: 0,
    positionAt: (offset) => {
      const o = Math.max(0, Math.min(offset, text.length));
      const before = text.slice(0, o);
      const line = before.split('\n').length - 1;
      return new Position(line, o - (before.lastIndexOf('\n') + 1), o);
    },
    getText: (range) => {
      const s = range ? text.slice(range.start.offset, range.end.offset) : text;
      d.charsRead += s.length;
      return s;
    },
  };
  return d;
}

// The stand-in `vscode` module; state is reset before every test.
const state = {
  documents: [] as FakeDoc[],
  detectFilings: true as boolean | undefined,
  switches: [] as { doc: FakeDoc; language: string }[],
  open: new Emitter<FakeDoc>(),
  close: new Emitter<FakeDoc>(),
  config: new Emitter<{ affectsConfiguration(s: string): boolean }>(),
};
const fakeVscode = {
  Position,
  Range,
  workspace: {
    get textDocuments() {
      return state.documents;
    },
    onDidOpenTextDocument: (l: (d: FakeDoc) => void) => state.open.event(l),
    onDidCloseTextDocument: (l: (d: FakeDoc) => void) => state.close.event(l),
    onDidChangeConfiguration: (l: (e: { affectsConfiguration(s: string): boolean }) => void) => state.config.event(l),
    getConfiguration: (section: string) => ({
      get: <T>(key: string, fallback: T): T =>
        section === 'filingLens' && key === 'detectFilings' && state.detectFilings !== undefined
          ? (state.detectFilings as T)
          : fallback,
    }),
  },
  languages: {
    // As VS Code does: close then open with the same document object, now in the new language.
    setTextDocumentLanguage: (d: FakeDoc, language: string) => {
      state.switches.push({ doc: d, language });
      state.close.fire(d);
      d.languageId = language;
      state.open.fire(d);
      return Promise.resolve(d);
    },
  },
};

const moduleInternals = Module as unknown as { _load(request: string, ...rest: unknown[]): unknown };
const realLoad = moduleInternals._load;
moduleInternals._load = function (request: string, ...rest: unknown[]) {
  return request === 'vscode' ? fakeVscode : realLoad.call(this, request, ...rest);
};
const { registerFilingDetection } = createRequire(import.meta.url)(
  '../../../src/vscode/detect',
) as typeof import('../../../src/vscode/detect');

function activate(): { subscriptions: { dispose(): void }[] } {
  const context = { subscriptions: [] as { dispose(): void }[] };
  registerFilingDetection(context as never);
  return context;
}

beforeEach(() => {
  state.documents = [];
  state.detectFilings = true;
  state.switches = [];
  state.open = new Emitter();
  state.close = new Emitter();
  state.config = new Emitter();
});

test('switches the seed .txt to sec-filing when it is opened as plain text', () => {
  activate();
  const seed = doc(corpus('seed/000_e04a9582158dea8b.txt'));
  state.open.fire(seed);
  assert.deepEqual(
    state.switches.map((s) => s.language),
    ['sec-filing'],
  );
  assert.equal(seed.languageId, 'sec-filing');
});

test('switches filings already open at activation and leaves ordinary text plain', () => {
  const filing = doc(corpus('sgml/Apple_10-K_1997.txt'), { name: 'apple.txt' });
  const notes = doc('Shopping list\n\nmilk\neggs\n', { name: 'notes.txt' });
  state.documents = [filing, notes];
  activate();
  assert.deepEqual(
    state.switches.map((s) => s.doc),
    [filing],
  );
  assert.equal(notes.languageId, 'plaintext');
});

test('leaves documents in other languages alone, even filings opened as Markdown', () => {
  activate();
  state.open.fire(doc(corpus('txt/Apple_10-K_edgartools.md'), { languageId: 'markdown', name: 'a.md' }));
  state.open.fire(doc(corpus('seed/000_e04a9582158dea8b.txt'), { languageId: 'sec-filing' }));
  assert.equal(state.switches.length, 0);
});

test('does nothing when filingLens.detectFilings is off, and switches once it is turned on', () => {
  state.detectFilings = false;
  const seed = doc(corpus('seed/000_e04a9582158dea8b.txt'));
  state.documents = [seed];
  activate();
  state.open.fire(doc(corpus('sgml/PageAmericaGroup_S-3A_1995.txt'), { name: 'b.txt' }));
  assert.equal(state.switches.length, 0);
  state.detectFilings = true;
  state.config.fire({ affectsConfiguration: (s) => s === 'filingLens.detectFilings' || s === 'filingLens' });
  assert.deepEqual(
    state.switches.map((s) => s.doc),
    [seed],
  );
});

test('keeps Plain Text when the user sets it back after the switch', () => {
  activate();
  const seed = doc(corpus('seed/000_e04a9582158dea8b.txt'));
  state.open.fire(seed);
  // The user picks Plain Text: VS Code fires close and open with the same document object.
  state.close.fire(seed);
  seed.languageId = 'plaintext';
  state.open.fire(seed);
  assert.equal(state.switches.length, 1);
  assert.equal(seed.languageId, 'plaintext');
});

test('checks a reopened file again (a new document object)', () => {
  activate();
  const text = corpus('seed/000_e04a9582158dea8b.txt');
  state.open.fire(doc(text));
  state.open.fire(doc(text));
  assert.equal(state.switches.length, 2);
});

test('skips output channels and debug consoles', () => {
  activate();
  state.open.fire(doc(corpus('seed/000_e04a9582158dea8b.txt'), { scheme: 'output' }));
  state.open.fire(doc(corpus('seed/000_e04a9582158dea8b.txt'), { scheme: 'debug' }));
  assert.equal(state.switches.length, 0);
});

test('reads only the first few KB of a large filing', () => {
  activate();
  const big = doc(corpus('sgml/Apple_10-K_1997.txt'));
  state.open.fire(big);
  assert.equal(state.switches.length, 1);
  assert.ok(big.charsRead <= 8192, `read ${big.charsRead} characters`);
});

test('stops listening when the extension is deactivated', () => {
  const context = activate();
  context.subscriptions.forEach((s) => s.dispose());
  state.open.fire(doc(corpus('seed/000_e04a9582158dea8b.txt')));
  assert.equal(state.switches.length, 0);
});
