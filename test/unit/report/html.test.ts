import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSummary } from '../../../src/report/summary';
import { contentSecurityPolicy, renderSummaryHtml, type RenderAssets } from '../../../src/report/html';
import { jsonForScript } from '../../../src/report/escape';
import { FIXTURE_TEXT, fixtureResult } from './fixture';

const STATIC: RenderAssets = { kind: 'static', css: 'body{}', script: 'console.log(1)' };
const WEBVIEW: RenderAssets = {
  kind: 'webview',
  cspSource: 'https://*.vscode-cdn.net',
  styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/panel.css',
  scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/build/panel.js',
};
const summary = () => buildSummary(fixtureResult(), FIXTURE_TEXT);
const nonceOf = (html: string) => /'nonce-([^']+)'/.exec(html)?.[1];

test('puts the CSP meta first in head with default-src none and nonce-only scripts and styles', () => {
  for (const assets of [STATIC, WEBVIEW]) {
    const html = renderSummaryHtml(summary(), assets);
    const head = /<head>([\s\S]*?)<\/head>/.exec(html)?.[1] ?? '';
    assert.match(head, /^<meta http-equiv="Content-Security-Policy" content="default-src 'none'; /);
    const nonce = nonceOf(html);
    assert.ok(nonce && nonce.length >= 22, 'a nonce of 128 bits');
    assert.match(html, new RegExp(`script-src 'nonce-${nonce.replace(/[+/]/g, '\\$&')}'`));
    assert.doesNotMatch(html, /unsafe-inline|unsafe-eval/);
    // Every executable script and every style element carries the nonce; the JSON block is data.
    for (const tag of html.match(/<(script|style|link)\b[^>]*>/g) ?? []) {
      if (tag.includes('type="application/json"')) continue;
      assert.ok(tag.includes(`nonce="${nonce}"`), `${tag} has the nonce`);
    }
  }
});

test('allows the webview cspSource for styles only and refuses a source that would add a directive', () => {
  const csp = contentSecurityPolicy(WEBVIEW, 'abc');
  assert.equal(
    csp,
    "default-src 'none'; style-src https://*.vscode-cdn.net 'nonce-abc'; script-src 'nonce-abc'; base-uri 'none'; form-action 'none'",
  );
  assert.throws(() =>
    contentSecurityPolicy({ ...WEBVIEW, cspSource: "https://x; script-src 'unsafe-inline'" } as RenderAssets, 'n'),
  );
});

test('draws a fresh nonce on every render', () => {
  const a = nonceOf(renderSummaryHtml(summary(), STATIC));
  const b = nonceOf(renderSummaryHtml(summary(), STATIC));
  assert.ok(a && b);
  assert.notEqual(a, b);
});

test('inserts filing text only as escaped text, never as markup or script', () => {
  const html = renderSummaryHtml(summary(), STATIC);
  const body = html.slice(html.indexOf('<body'));
  assert.ok(body.includes('ACME &lt;b&gt;HOLDINGS&lt;/b&gt; INC'));
  assert.ok(body.includes('John &lt;script&gt;window.__pwned=1&lt;/script&gt;'));
  assert.ok(body.includes('&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;'));
  assert.ok(body.includes('Selling &lt;stockholders&gt; &amp; &quot;friends&quot;'));
  assert.ok(!/<img|<b>|onerror=alert\(1\)>|window\.__pwned=1<\/script>/.test(body));
  const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
  assert.ok(tags.length > 50);
  assert.deepEqual(
    tags.filter((t) => /\son[a-z]+\s*=/i.test(t)),
    [],
    'no event-handler attributes',
  );
  assert.ok(!/ style=/.test(html), 'no inline style attributes (the CSP forbids them)');
});

test('passes page data in a JSON block that a </script> in filing text cannot break out of', () => {
  const html = renderSummaryHtml(summary(), STATIC);
  const block = /<script type="application\/json" id="filing-lens-data">([\s\S]*?)<\/script>/.exec(html)?.[1];
  assert.ok(block);
  assert.ok(!block.includes('<'));
  const data = JSON.parse(block);
  assert.equal(data.metadata.company, 'ACME <b>HOLDINGS</b> INC');
  assert.equal(data.uri, 'file:///tmp/acme.txt');
  assert.equal(JSON.parse(jsonForScript({ s: '</script><!-- \u2028 &' })).s, '</script><!-- \u2028 &');
});

test('marks findings, tables and footnotes with their offsets and adds reveal buttons only in the webview', () => {
  const s = summary();
  const webview = renderSummaryHtml(s, WEBVIEW);
  const f = s.findings[0].loc;
  assert.ok(webview.includes(`<button type="button" class="loc reveal" data-start="${f.start}" data-end="${f.end}"`));
  assert.equal((webview.match(/class="item reveal/g) ?? []).length, 1 + 1 + 3);
  const page = renderSummaryHtml(s, STATIC);
  assert.ok(!page.includes('<button'));
  assert.ok(page.includes(`data-start="${f.start}"`));
  assert.ok(page.includes('Ln 6, Col 22'));
});

test('shows the counts a reader looks for first', () => {
  const html = renderSummaryHtml(summary(), STATIC);
  const count = (key: string) => new RegExp(`data-count="${key}"><dt>[^<]*</dt><dd class="n">(\\d+)<`).exec(html)?.[1];
  assert.deepEqual([count('tables'), count('findings'), count('footnotes'), count('markers')], ['1', '1', '3', '4']);
  assert.match(html, /<svg class="chart"/);
});

test('cuts a list at 1000 rows and says how many more were left out', () => {
  const result = fixtureResult();
  const f = result.analysis.footnotes[2];
  result.analysis.footnotes = Array.from({ length: 1205 }, (_, i) => ({ ...f, id: `f${i}` }));
  const html = renderSummaryHtml(buildSummary(result, FIXTURE_TEXT), STATIC);
  assert.equal((html.match(/<tr class="item footnote"/g) ?? []).length, 1000);
  assert.match(html, /205 more not shown/);
});

test('renders a filing the engine could not read at all: no metadata, tables or footnotes', () => {
  const empty = buildSummary(
    {
      analysis: {
        format: 'converted',
        length: 0,
        metadata: {},
        documents: [],
        sections: [],
        tables: [],
        footnotes: [],
        references: [],
        warnings: ['Not analysed: binary file.'],
      },
      findings: [],
      tableChecks: [],
    },
    '',
  );
  const html = renderSummaryHtml(empty, STATIC);
  assert.match(html, /<h1 data-field="title">Filing<\/h1>/);
  assert.match(html, /No tables found/);
  assert.match(html, /Not analysed: binary file\./);
});
