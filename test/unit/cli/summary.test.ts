import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../../src/cli/main';
import { corpusUrl } from '../../corpusPaths';

const SEED = fileURLToPath(corpusUrl('seed/000_e04a9582158dea8b.txt'));

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(
    args,
    (s) => void (out += s + '\n'),
    (s) => void (err += s + '\n'),
  );
  return { code, out, err };
}

test('summary prints a short text summary of the seed with its company and form', async () => {
  const { code, out } = await run(['summary', SEED]);
  assert.equal(code, 0);
  assert.match(out, /^SPECTRUM PHARMACEUTICALS INC\n/);
  assert.match(out, /form 424B3/);
  assert.match(out, /^tables: +\d+ \(\d+ checked, \d+ partly, \d+ inconclusive\)$/m);
  assert.match(out, /^footnotes: \d+/m);
});

test('summary lists what each table holding figures could be read as, and why not where it could not', async () => {
  const { code, out } = await run(['summary', fileURLToPath(corpusUrl('incoming/html/Comcast_10-Q_2023.htm'))]);
  assert.equal(code, 0);
  assert.match(out, /^table list: \d+ of \d+ tables hold figures$/m);
  assert.match(
    out,
    /^ {2}\d+:\d+ {2}t\d+ {2}Consolidated Operating Results: 4 amount columns \(3 months ended 2023-06-30 \/ 2022-06-30; 6 months ended 2023-06-30 \/ 2022-06-30\), \d+ % changes comparing them/m,
  );
  assert.match(
    out,
    /^ {2}\d+:\d+ {2}t\d+ {2}Connectivity & Platforms Results of Operations: .*2 at constant currency: not derivable/m,
  );
  assert.doesNotMatch(out, /\(Mark One\)/, 'tables with no figures are left out');
});

test('summary --html writes one self-contained page with the CSS and script inlined under a nonce', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'filing-lens-summary-'));
  const outFile = join(dir, 'seed.html');
  const { code } = await run(['summary', SEED, '--html', outFile]);
  assert.equal(code, 0);
  const html = readFileSync(outFile, 'utf8');
  const nonce = /'nonce-([^']+)'/.exec(html)?.[1];
  assert.ok(nonce);
  assert.ok(html.includes(`<style nonce="${nonce}">`));
  assert.match(html, /--vscode-editor-background: #ffffff/);
  assert.match(html, /prefers-color-scheme: dark/);
  assert.ok(
    !/<(link|img)\b|\bsrc=/.test(html.replace(/<script type="application\/json"[\s\S]*?<\/script>/, '')),
    'no external resource',
  );
  assert.ok(html.includes('SPECTRUM PHARMACEUTICALS INC'));
});

test('summary refuses a missing file, a missing --html value, a second file and overwriting its input, with exit code 2', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'filing-lens-summary-'));
  const a = join(dir, 'a.txt');
  writeFileSync(a, 'ACME INC\n\nForm 10-K\n');
  assert.equal((await run(['summary', join(dir, 'nope.txt')])).code, 2);
  assert.equal((await run(['summary', a, '--html'])).code, 2);
  assert.equal((await run(['summary', a, a])).code, 2);
  assert.equal((await run(['summary', a, '--bogus'])).code, 2);
  const clobber = await run(['summary', a, '--html', a]);
  assert.equal(clobber.code, 2);
  assert.match(clobber.err, /would overwrite the filing itself/);
  assert.equal(readFileSync(a, 'utf8'), 'ACME INC\n\nForm 10-K\n');
  assert.equal((await run(['summary', a])).code, 0);
});

test('summary --html - writes the page to stdout', async () => {
  const { code, out } = await run(['summary', SEED, '--html', '-']);
  assert.equal(code, 0);
  assert.match(out, /^<!DOCTYPE html>\n<html lang="en">\n<head><meta http-equiv="Content-Security-Policy"/);
});

test('summary --json prints the summary model with the seed counts and places', async () => {
  const { code, out } = await run(['summary', SEED, '--json']);
  assert.equal(code, 0);
  const s = JSON.parse(out);
  assert.equal(s.metadata.formType, '424B3');
  assert.equal(s.counts.tables, s.tables.length);
  for (const t of s.tables) assert.ok(Number.isInteger(t.loc.start) && Number.isInteger(t.loc.line));
  assert.equal((await run(['summary', SEED, '--json', '--html', '-'])).code, 2);
});
