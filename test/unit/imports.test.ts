import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { REPO_ROOT } from '../corpusPaths';

const SRC = join(REPO_ROOT, 'src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** The src files a file imports or re-exports from (type-only imports too: they tie the files as much). */
function importsOf(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  return [...src.matchAll(/^(?:import|export)[^;]*?from '(\.{1,2}\/[^']+)'/gms)].flatMap((m) => {
    const base = resolve(dirname(file), m[1]);
    const hit = [`${base}.ts`, join(base, 'index.ts')].find((p) => existsSync(p));
    return hit ? [hit] : [];
  });
}

const files = sources(SRC);
const graph = new Map(files.map((f) => [f, importsOf(f)]));

test('no file of src takes part in an import circle (type-only imports count)', () => {
  assert.ok(
    (graph.get(join(SRC, 'core/analyze.ts')) ?? []).includes(join(SRC, 'core/model.ts')),
    'the scan sees imports',
  );
  const done = new Set<string>();
  const visit = (f: string, path: string[]): void => {
    const at = path.indexOf(f);
    assert.equal(at, -1, `import circle: ${[...path.slice(at), f].map((p) => relative(SRC, p)).join(' -> ')}`);
    if (done.has(f)) return;
    for (const g of graph.get(f) ?? []) visit(g, [...path, f]);
    done.add(f);
  };
  for (const f of files) visit(f, []);
});

test('the engine, the rules and the editor logic never import from the editor adapter, the CLI or the report', () => {
  for (const f of files) {
    const part = relative(SRC, f).split('/')[0];
    if (!['core', 'rules', 'features'].includes(part)) continue;
    for (const g of graph.get(f) ?? []) {
      const to = relative(SRC, g).split('/')[0];
      assert.ok(!['vscode', 'cli', 'report'].includes(to), `${relative(SRC, f)} imports ${relative(SRC, g)}`);
      if (part === 'core') {
        assert.notEqual(to, 'rules', `${relative(SRC, f)} (engine) imports ${relative(SRC, g)} (rules)`);
      }
    }
  }
});
