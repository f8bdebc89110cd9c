/**
 * The one renderer of the summary as an HTML document, used by the webview panel and the static report.
 * - CSP meta first in <head>, `default-src 'none'`; styles and scripts only by a fresh nonce per render
 *   (the webview also allows its cspSource for the media files);
 * - filing text only as escaped text/attribute values; data for the script in a JSON block
 *   (type application/json) escaped so `</script>` cannot break out;
 * - theming with var(--vscode-*) only; the static report defines those variables itself (light, dark,
 *   forced colours) so it looks right outside VS Code.
 */
import { randomBytes } from 'node:crypto';
import { esc, escAttr, jsonForScript } from './escape';
import { DATA_ELEMENT_ID } from './messages';
import { renderBody } from './body';
import type { Summary } from './summaryModel';
import { STATIC_THEME_CSS } from './theme';

/** In VS Code: the media files come from the webview's own URIs. */
export interface WebviewAssets {
  kind: 'webview';
  /** `webview.cspSource`. */
  cspSource: string;
  /** `webview.asWebviewUri(media/panel.css)`, as a string. */
  styleUri: string;
  /** `webview.asWebviewUri(media/build/panel.js)`, as a string. */
  scriptUri: string;
}

/** Outside VS Code: CSS and script inlined, so the report is one self-contained file. */
export interface StaticAssets {
  kind: 'static';
  css: string;
  script: string;
}

export type RenderAssets = WebviewAssets | StaticAssets;

/** What the page's script reads from the JSON data block. */
export interface PageData {
  interactive: boolean;
  uri?: string;
  title: string;
  metadata: Summary['metadata'];
  counts: Summary['counts'];
}

/** A fresh nonce: 128 bits from the platform's CSPRNG, base64. */
export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

export function contentSecurityPolicy(assets: RenderAssets, nonce: string): string {
  const source = assets.kind === 'webview' ? checkedSource(assets.cspSource) + ' ' : '';
  return [
    "default-src 'none'",
    `style-src ${source}'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Renders the whole document. Each call draws a new nonce unless one is given (tests only). */
export function renderSummaryHtml(summary: Summary, assets: RenderAssets, nonce = newNonce()): string {
  const interactive = assets.kind === 'webview';
  const data: PageData = {
    interactive,
    uri: summary.uri,
    title: summary.title,
    metadata: summary.metadata,
    counts: summary.counts,
  };
  const n = esc(nonce);
  const head = [
    `<meta http-equiv="Content-Security-Policy" content="${escAttr(contentSecurityPolicy(assets, nonce))}">`,
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(`Filing summary: ${summary.title}`)}</title>`,
    styleTag(assets, n),
  ];
  const scripts = [
    `<script type="application/json" id="${DATA_ELEMENT_ID}">${jsonForScript(data)}</script>`,
    assets.kind === 'webview'
      ? `<script nonce="${n}" src="${esc(assets.scriptUri)}"></script>`
      : `<script nonce="${n}">${scriptText(assets.script)}</script>`,
  ];
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    `<head>${head.join('\n')}</head>`,
    `<body class="filing-lens-summary ${interactive ? 'interactive' : 'static'}">`,
    renderBody(summary, interactive),
    scripts.join('\n'),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** A short page (analysing, or an error) in the same shell: same CSP and stylesheet, no script. */
export function renderNoticeHtml(title: string, message: string, assets: RenderAssets, nonce = newNonce()): string {
  const n = esc(nonce);
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    `<head><meta http-equiv="Content-Security-Policy" content="${escAttr(contentSecurityPolicy(assets, nonce))}">`,
    '<meta charset="utf-8">',
    styleTag(assets, n),
    '</head>',
    `<body class="filing-lens-summary notice"><h1>${esc(title)}</h1><p class="sub">${esc(message)}</p></body>`,
    '</html>',
    '',
  ].join('\n');
}

/** The stylesheet: a nonce'd link to media/panel.css in the webview, inlined with the theme stand-ins outside. */
function styleTag(assets: RenderAssets, n: string): string {
  return assets.kind === 'webview'
    ? `<link rel="stylesheet" nonce="${n}" href="${esc(assets.styleUri)}">`
    : `<style nonce="${n}">${cssText(STATIC_THEME_CSS + '\n' + assets.css)}</style>`;
}

/** Our own bundled CSS; guard against a stray `</style>` all the same. */
function cssText(css: string): string {
  return css.replace(/<\/style/gi, '<\\/style');
}

/** Our own bundled script; `</script` inside it would end the element early. */
function scriptText(js: string): string {
  return js.replace(/<\/script/gi, '<\\/script').replace(/<!--/g, '<\\!--');
}

/** A webview cspSource is a host source like https://*.vscode-cdn.net; refuse anything that could add a directive. */
function checkedSource(source: string): string {
  const tokens = source.trim().split(/\s+/);
  const ok = (t: string) => t === "'self'" || /^[A-Za-z][A-Za-z0-9+.-]*:[^\s;,'"]*$/.test(t);
  if (tokens.length === 0 || !tokens.every(ok)) throw new Error(`unexpected webview cspSource: ${source}`);
  return tokens.join(' ');
}
