// A small stand-in for the 'vscode' module, enough to drive the SEC text provider and its commands under node:test.
import { LineIndex } from '../../../../src/core/lineIndex';

export class Position {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {}
}
export class Range {
  constructor(
    readonly start: Position,
    readonly end: Position,
  ) {}
  get isEmpty(): boolean {
    return this.start.line === this.end.line && this.start.character === this.end.character;
  }
}
export class Selection extends Range {
  constructor(
    readonly anchor: Position,
    readonly active: Position,
  ) {
    super(anchor, active);
  }
}
export const ViewColumn = { One: 1, Two: 2, Beside: -2 };
export const TextEditorRevealType = { Default: 0, InCenter: 1, InCenterIfOutsideViewport: 2 };

export class Uri {
  private constructor(
    readonly scheme: string,
    readonly path: string,
    readonly query: string,
  ) {}
  static from(c: { scheme: string; path: string; query?: string }): Uri {
    return new Uri(c.scheme, c.path, c.query ?? '');
  }
  static file(path: string): Uri {
    return new Uri('file', path, '');
  }
  static parse(s: string): Uri {
    const colon = s.indexOf(':');
    const rest = s.slice(colon + 1).replace(/^\/\//, '');
    const q = rest.indexOf('?');
    return new Uri(
      s.slice(0, colon),
      q < 0 ? rest : rest.slice(0, q),
      q < 0 ? '' : decodeURIComponent(rest.slice(q + 1)),
    );
  }
  toString(): string {
    return `${this.scheme}://${this.path}${this.query ? `?${encodeURIComponent(this.query)}` : ''}`;
  }
}

type Listener<T> = (e: T) => void;
export class EventEmitter<T> {
  private listeners: Listener<T>[] = [];
  readonly event = (l: Listener<T>) => {
    this.listeners.push(l);
    return { dispose: () => (this.listeners = this.listeners.filter((x) => x !== l)) };
  };
  fire(e: T): void {
    for (const l of [...this.listeners]) l(e);
  }
  dispose(): void {
    this.listeners = [];
  }
}

export class FakeDocument {
  version = 1;
  isClosed = false;
  private index: LineIndex;
  constructor(
    readonly uri: Uri,
    private text: string,
    public languageId = 'plaintext',
  ) {
    this.index = new LineIndex(text);
  }
  getText(): string {
    return this.text;
  }
  setText(text: string): void {
    this.text = text;
    this.index = new LineIndex(text);
    this.version++;
  }
  offsetAt(p: Position): number {
    return this.index.offset({ line: p.line, column: p.character });
  }
  positionAt(o: number): Position {
    const p = this.index.position(o);
    return new Position(p.line, p.column);
  }
}

export class FakeEditor {
  selection: Selection;
  revealed?: Range;
  constructor(
    readonly document: FakeDocument,
    readonly viewColumn = 1,
  ) {
    const p = new Position(0, 0);
    this.selection = new Selection(p, p);
  }
  revealRange(r: Range): void {
    this.revealed = r;
  }
}

const providers = new Map<
  string,
  { provideTextDocumentContent(u: Uri): Promise<string> | string; onDidChange?: (l: Listener<Uri>) => unknown }
>();
const documents = new Map<string, FakeDocument>();
const commandsById = new Map<string, (...args: unknown[]) => unknown>();
const changeDoc = new EventEmitter<{ document: FakeDocument; contentChanges: unknown[] }>();
const closeDoc = new EventEmitter<FakeDocument>();
export const messages: string[] = [];

export const workspace = {
  registerTextDocumentContentProvider(scheme: string, p: typeof providers extends Map<string, infer V> ? V : never) {
    providers.set(scheme, p);
    p.onDidChange?.(async (uri: Uri) => {
      const doc = documents.get(uri.toString());
      if (doc) {
        doc.setText(await p.provideTextDocumentContent(uri));
        changeDoc.fire({ document: doc, contentChanges: [{}] });
      }
    });
    return { dispose: () => providers.delete(scheme) };
  },
  async openTextDocument(uri: Uri): Promise<FakeDocument> {
    const key = uri.toString();
    const open = documents.get(key);
    if (open) return open;
    const p = providers.get(uri.scheme);
    if (!p) throw new Error(`no such document ${key}`);
    const doc = new FakeDocument(
      uri,
      await p.provideTextDocumentContent(uri),
      uri.path.endsWith('.txt') ? 'plaintext' : 'html',
    );
    documents.set(key, doc);
    return doc;
  },
  get textDocuments(): FakeDocument[] {
    return [...documents.values()];
  },
  onDidChangeTextDocument: changeDoc.event,
  onDidCloseTextDocument: closeDoc.event,
};

/** Test helpers: put a file in the fake workspace, edit it as a user would. */
export function addFile(path: string, text: string): FakeDocument {
  const doc = new FakeDocument(Uri.file(path), text, path.endsWith('.txt') ? 'plaintext' : 'html');
  documents.set(doc.uri.toString(), doc);
  return doc;
}
export function editFile(doc: FakeDocument, text: string): void {
  doc.setText(text);
  changeDoc.fire({ document: doc, contentChanges: [{}] });
}

export const languages = {
  /** As VS Code does, a language change closes the document and opens it again. */
  async setTextDocumentLanguage(doc: FakeDocument, id: string) {
    closeDoc.fire(doc);
    doc.languageId = id;
    return doc;
  },
};

export const window = {
  activeTextEditor: undefined as FakeEditor | undefined,
  visibleTextEditors: [] as FakeEditor[],
  async showTextDocument(doc: FakeDocument, opts?: { selection?: Range; viewColumn?: number }) {
    const editor = new FakeEditor(doc, opts?.viewColumn && opts.viewColumn > 0 ? opts.viewColumn : 2);
    if (opts?.selection) editor.selection = new Selection(opts.selection.start, opts.selection.end);
    window.activeTextEditor = editor;
    window.visibleTextEditors = [...window.visibleTextEditors.filter((e) => e.document !== doc), editor];
    return editor;
  },
  async showInformationMessage(m: string) {
    messages.push(m);
    return undefined;
  },
};

export const commands = {
  registerCommand(id: string, f: (...args: unknown[]) => unknown) {
    commandsById.set(id, f);
    return { dispose: () => commandsById.delete(id) };
  },
  async executeCommand(id: string, ...args: unknown[]) {
    const f = commandsById.get(id);
    if (!f) throw new Error(`command ${id} is not registered`);
    return f(...args);
  },
};
