// Loads syntaxes/sec-filing.tmLanguage.json into the real TextMate engine VS Code uses
// (vscode-textmate on vscode-oniguruma) and tokenizes text for the grammar tests.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { corpusUrl } from '../corpusPaths';

const require = createRequire(import.meta.url);
const grammarUrl = new URL('../../syntaxes/sec-filing.tmLanguage.json', import.meta.url);

export interface Token {
  text: string;
  scopes: string[];
}

let grammarPromise: Promise<textmate.IGrammar> | undefined;

/** The sec-filing grammar, loaded once per test process. */
export function loadGrammar(): Promise<textmate.IGrammar> {
  grammarPromise ??= (async () => {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName: string) =>
        scopeName === 'text.sec-filing'
          ? textmate.parseRawGrammar(readFileSync(grammarUrl, 'utf8'), grammarUrl.pathname)
          : null,
    });
    const grammar = await registry.loadGrammar('text.sec-filing');
    if (!grammar) throw new Error('sec-filing grammar did not load');
    return grammar;
  })();
  return grammarPromise;
}

/** Tokenizes lines in order (state carried from line to line, as the editor does); one token list per line. */
export function tokenizeLines(grammar: textmate.IGrammar, lines: string[]): Token[][] {
  let state = textmate.INITIAL;
  return lines.map((line) => {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    return r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/** Human-readable dump for failure messages. */
export function dump(tokens: Token[]): string {
  return tokens.map((t) => `${JSON.stringify(t.text)} ${t.scopes.slice(1).join(' ')}`).join('\n');
}

/** A corpus file's lines (path relative to corpus/). */
export function corpusLines(path: string): string[] {
  return readFileSync(corpusUrl(path), 'utf8').split(/\r?\n/);
}

/**
 * Tokenizes a corpus file from its first line down to the first line that satisfies `find`
 * (state carried as in the editor) and returns that line with its tokens.
 */
export async function tokenizeCorpusLine(
  path: string,
  find: (line: string) => boolean,
): Promise<{ line: string; tokens: Token[] }> {
  const lines = corpusLines(path);
  const index = lines.findIndex(find);
  if (index < 0) throw new Error(`no line in ${path} matches ${find.toString()}`);
  const grammar = await loadGrammar();
  const tokens = tokenizeLines(grammar, lines.slice(0, index + 1));
  return { line: lines[index], tokens: tokens[index] };
}

/** Whether some token with exactly this text carries a scope starting with `scope`. */
export function hasScope(tokens: Token[], text: string, scope: string): boolean {
  return tokens.some((t) => t.text === text && t.scopes.some((s) => s === scope || s.startsWith(`${scope}.`)));
}

/** Asserts that the token `text` carries `scope` (or a sub-scope of it); shows all tokens when it does not. */
export function assertScope(tokens: Token[], text: string, scope: string): void {
  assert.ok(
    hasScope(tokens, text, scope),
    `expected ${JSON.stringify(text)} to carry ${scope}; tokens:\n${dump(tokens)}`,
  );
}

/** Asserts that no token carries `scope` (or a sub-scope of it). */
export function assertNoScope(tokens: Token[], scope: string): void {
  const hit = tokens.find((t) => t.scopes.some((s) => s === scope || s.startsWith(`${scope}.`)));
  assert.equal(hit, undefined, `expected no ${scope}; tokens:\n${dump(tokens)}`);
}
