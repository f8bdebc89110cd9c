import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseHtmlTree, type HElement } from '../../../../../src/core/formats/html/tree/parseTree';
import { Scanner, scanHtml } from '../../../../../src/core/formats/html/scanner';
import { readHtml } from '../../../../../src/core/formats/html/readHtml';
import { IncrementalWalk } from '../../../../../src/core/formats/html/incrementalWalk';
import { fragment } from './fragments';
import { corpusUrl } from '../../../../corpusPaths';

/** The blocks of a walk over the finished tree: what the scanner saw before it walked during the parse. */
function wholeTreeBlocks(html: string) {
  const s = new Scanner(html, 0, []);
  s.visitChildren(parseHtmlTree(html), false, 2);
  s.flush();
  return s.blocks;
}

const streamed = (html: string, every: number) => scanHtml(html, 0, html.length, { progressEvery: every }).blocks;

test('scanning while parsing gives the blocks of a scan of the finished tree, on random tag soup', () => {
  fc.assert(
    fc.property(fc.array(fragment, { maxLength: 120 }), fc.integer({ min: 1, max: 3 }), (parts, every) => {
      const html = parts.join('');
      assert.deepEqual(streamed(html, every), wholeTreeBlocks(html), html);
    }),
    { numRuns: 3000, seed: 11 },
  );
});

test('scanning while parsing gives the same blocks on misnested formatting and misplaced table content', () => {
  for (const html of [
    '<div>a<b>b<div>c</b>d</div>e</div><p>f',
    '<div>x<table>stray<tr><td>1</td></tr>more</table>y</div>',
    '<p>one<font><p>two</font>three<div>four</p>five</div>',
    '<div><span>a<div>b</div>c</span><table><tr><td>in<p>p</td></tr></table>tail</div>',
    '<pre>\nl1\n<b>l2\n</pre>after</b>x',
  ]) {
    for (const every of [1, 2, 16]) {
      assert.deepEqual(streamed(html, every), wholeTreeBlocks(html), `${html} every ${every}`);
    }
  }
});

test('on every HTML filing of the corpus, scanning while parsing gives the blocks of the finished tree', () => {
  const dir = corpusUrl('html/');
  const names = readdirSync(dir).filter((n) => /\.html?$/.test(n));
  assert.ok(names.length >= 15);
  for (const name of names) {
    const html = readFileSync(new URL(name, dir), 'utf8');
    const a = streamed(html, 16);
    const b = wholeTreeBlocks(html);
    assert.equal(a.length, b.length, name);
    assert.deepEqual(a, b, name);
  }
});

test('the scanner lets go of finished parts of the tree while the parse goes on', () => {
  const html = `<div>${'<p>para <b>bold</b> text</p><table><tr><td>A</td><td>1%</td></tr></table>'.repeat(200)}</div>`;
  // nodes still in the tree (a visited one leaves a comment-like placeholder until the next clean-up)
  const count = (el: HElement): number =>
    el.children.reduce((n, c) => n + (c.type === 'element' ? 1 + count(c) : c.type === 'text' ? 1 : 0), 0);
  const largest = (walk: boolean) => {
    const scanner = new Scanner(html, 0, []);
    let w: IncrementalWalk | undefined;
    let most = 0;
    parseHtmlTree(
      html,
      0,
      html.length,
      (root) => {
        if (walk) (w ??= new IncrementalWalk(scanner, root, 2)).advance();
        most = Math.max(most, count(root));
      },
      16,
    );
    return most;
  };
  // without a walk the tree only grows (12 nodes a repeat); with it, what is finished is gone
  assert.ok(largest(false) > 2000, String(largest(false)));
  assert.ok(largest(true) < 60, String(largest(true)));
});

test('an analysis drops the prose pieces but keeps each footnote marker at its source offset', () => {
  const html =
    '<p>Holders</p><table><tr><td>A (1)</td><td>1,000</td><td>10.0%</td></tr><tr><td>B</td><td>9,000</td><td>90.0%</td></tr></table>' +
    '<p>(1)&nbsp;&nbsp;Includes <b>shares</b> held in trust.</p>';
  const r = readHtml(html);
  const note = r.footnotes.find((f) => f.key === '1');
  assert.ok(note);
  assert.equal(html.slice(note.markerSpan!.start, note.markerSpan!.end), '(1)');
  assert.equal(note.text, 'Includes shares held in trust.');
  const kept = scanHtml(html).blocks.at(-1)!;
  const dropped = scanHtml(html, 0, html.length, { keepPieces: false }).blocks.at(-1)!;
  assert.ok(kept.kind === 'text' && kept.pieces.length > 1);
  assert.ok(dropped.kind === 'text' && dropped.pieces.length === 0);
  assert.deepEqual(dropped.note, kept.note);
});
