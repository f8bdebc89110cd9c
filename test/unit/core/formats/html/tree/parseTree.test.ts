import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import type { Nodes } from 'hast';
import { parseHtmlTree, type HElement, type HNode } from '../../../../../../src/core/formats/html/tree/parseTree';
import { Scanner } from '../../../../../../src/core/formats/html/scanner';
import type { Block } from '../../../../../../src/core/formats/html/blocks';
import { fragment } from '../fragments';
import { corpusUrl } from '../../../../../corpusPaths';

/** parse5's tree (through rehype-parse, the reader's former parser) in the reader's node shape. */
function parse5Tree(html: string): HElement {
  const conv = (n: Nodes): HNode | undefined => {
    const start = n.position?.start.offset ?? 0;
    const end = n.position?.end.offset ?? start;
    if (n.type === 'text') return { type: 'text', value: n.value, start, end };
    if (n.type === 'comment') return { type: 'comment' };
    if (n.type !== 'element' && n.type !== 'root') return undefined;
    const children = n.children.map((c) => conv(c as Nodes)).filter((c): c is HNode => !!c);
    if (n.type === 'root') {
      return { type: 'element', tagName: '#root', properties: {}, children, start: 0, end: html.length };
    }
    const p = n.properties;
    const properties = {
      colSpan: p.colSpan,
      rowSpan: p.rowSpan,
      name: p.name,
      style: p.style,
    } as HElement['properties'];
    return { type: 'element', tagName: n.tagName, properties, children, start, end };
  };
  return conv(unified().use(rehypeParse).parse(html)) as HElement;
}

/**
 * parse5 misplaces a character reference that follows whitespace it dropped (" &amp;" at the start
 * of a document starts at the ';'): an offset inside an entity counts as the entity's start.
 */
function entityStart(html: string, at: number): number {
  const amp = html.lastIndexOf('&', at);
  return amp >= 0 && amp < at && /^&[#a-zA-Z0-9]+$/.test(html.slice(amp, at)) ? amp : at;
}

/** What the reader takes from a tree: block texts, bold, heading depth, cell texts and where each starts. */
function blocksOf(html: string, tree: HElement): unknown[] {
  const s = new Scanner(html, 0, []);
  s.visitChildren(tree, false, 0);
  s.flush();
  return s.blocks.map((b: Block) =>
    b.kind === 'text'
      ? [b.text, b.bold, b.depth, entityStart(html, b.span.start)]
      : b.rows.map((r) =>
          r.cells.map((c) =>
            c.text ? [c.text, c.col, c.colSpan, entityStart(html, c.span.start), c.span.end, c.header, c.bold] : c.col,
          ),
        ),
  );
}

const same = (html: string) =>
  assert.deepEqual(blocksOf(html, parseHtmlTree(html)), blocksOf(html, parse5Tree(html)), html);

test('reads implied end tags, stray end tags and void elements as a browser (parse5) does', () => {
  same('<p>one<p>two<div>three</p>four</div><li>a<li>b</ul>x</td></span>y<br/>z<hr>w');
  same('<h2>Item 1<h3>Risk</h2>after</h3><dl><dt>a<dd>b<dt>c</dl>');
  same('<pre>\r\nline 1\r\n  line 2</pre><textarea>\nx</textarea>');
});

test('reads tables with implied rows and cells, captions, nested tables and misplaced text as parse5 does', () => {
  same('<table><caption>Shares<tr><td>A<td>1,000<tr><th colspan=2>B</table>');
  same('<table><td>x<td>y</table><table><tbody><tr><td>1<table><tr><td>in</table>out<td>2</tr></tbody>z</table>');
  same('<table>stray<tr><td>a</td></tr><font>lost</font><tr><td>b</td>&nbsp;</tr></table>after');
  same('<p>before<table><tr><td>1</td></tr></table>inside p?</p>');
  same('<!DOCTYPE html><p>before<table><tr><td>1</td></tr></table>inside p?</p>');
});

test('reopens and untangles bold across blocks as parse5 does', () => {
  same('<p><b>bold<p>still bold</b> not<p>plain');
  same('<b>x<div>y</b>z</div>w<p>v');
  same('<table><tr><td><b>cell</td><td>plain</td></tr></table><i>a<b>b</i>c</b>d');
  same('<a href=1>one<a href=2>two</a><font><font><font><font>deep<p>x');
});

test('decodes entities and line ends and keeps each text at its source offset', () => {
  same('<p>A&amp;B &nbsp;&#8212; 10&percnt; &copy 2021 &bogus; &#x1F600;\r\nnext\rline</p>');
  same('<td colspan="2x">1</td><td rowspan=" 3 ">2</td>');
  const tree = parseHtmlTree('<p>a&amp;b</p>');
  const p = tree.children[0] as HElement;
  assert.deepEqual(p.children[0], { type: 'text', value: 'a&b', start: 3, end: 10, parent: p });
});

test('keeps the title and head content out of the text, and the title text inside the title', () => {
  same('<html><head>\n<title>DEF 14A</title><meta charset=utf-8><style>p{}</style></head><body><p>text');
  same('<title>T</title>body text<title>late</title>');
  same('<head><title>x</title></head>\n<html><body><div>a</div></body></html>\ntrailing');
});

test('on random tag soup the reader sees the same blocks, cells and offsets as with parse5', () => {
  fc.assert(
    fc.property(fc.array(fragment, { maxLength: 100 }), (parts) => same(parts.join(''))),
    { numRuns: 2000, seed: 7 },
  );
});

test('on real filings the reader sees the same blocks, cells and offsets as with parse5', () => {
  for (const name of [
    'html/BlackRock_8-K_2023.htm',
    'html/8-K_0001104659-03-004925_2003.html',
    'html/Buckle_8-K_EX99.1.html',
  ]) {
    const html = readFileSync(corpusUrl(name), 'utf8');
    same(html);
  }
});
