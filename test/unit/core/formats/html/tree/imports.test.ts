import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../../../../corpusPaths';

const TREE = join(REPO_ROOT, 'src/core/formats/html/tree');

test('the tree builder files import each other without a circle (type-only imports count)', () => {
  const files = readdirSync(TREE)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.slice(0, -3));
  const imports = new Map<string, string[]>();
  for (const f of files) {
    const src = readFileSync(join(TREE, `${f}.ts`), 'utf8');
    const local = [...src.matchAll(/^(?:import|export)[^;]*?from '\.\/([^']+)'/gms)].map((m) => m[1]);
    imports.set(f, local);
  }
  assert.ok(imports.get('dispatch')?.includes('inBody'), 'the import scan sees the imports');
  const done = new Set<string>();
  const visit = (f: string, path: string[]): void => {
    const at = path.indexOf(f);
    assert.equal(at, -1, `import circle: ${[...path.slice(at), f].join(' -> ')}`);
    if (done.has(f)) return;
    for (const g of imports.get(f) ?? []) visit(g, [...path, f]);
    done.add(f);
  };
  for (const f of files) visit(f, []);
});

test('every tree builder file stays under 300 lines', () => {
  for (const f of readdirSync(TREE).filter((n) => n.endsWith('.ts'))) {
    const lines = readFileSync(join(TREE, f), 'utf8').split('\n').length;
    assert.ok(lines <= 300, `${f}: ${lines} lines`);
  }
});
