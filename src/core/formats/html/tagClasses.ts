import type { HElement } from './tree/nodes';

/** Elements whose content is not text a reader sees. */
export const SKIP = new Set([
  'script',
  'style',
  'head',
  'template',
  'noscript',
  'ix:header',
  'object',
  'svg',
  'math',
  'iframe',
]);
/** Elements that start a block of their own (a paragraph break), as a browser lays them out. */
export const BLOCK = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'center',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'nav',
  'aside',
  'body',
  'html',
  'form',
  'hr',
  'address',
  'caption',
  'figure',
  'figcaption',
  'fieldset',
  'xbrl',
  'document',
  'text',
  'page',
]);
export const BOLD_TAGS = new Set(['b', 'strong']);
const HIDDEN = /display\s*:\s*none/i;
const BOLD_STYLE = /font-weight\s*:\s*(bold|[6-9]00)/i;

export function isHidden(node: HElement): boolean {
  const style = node.properties?.style;
  return typeof style === 'string' && style.length > 0 && HIDDEN.test(style);
}

export function isBoldStyle(node: HElement): boolean {
  const style = node.properties?.style;
  return typeof style === 'string' && style.length > 0 && BOLD_STYLE.test(style);
}

export function plainText(node: HElement): string {
  let s = '';
  for (const c of node.children) {
    if (c.type === 'text') s += c.value;
    else if (c.type === 'element') s += plainText(c);
  }
  return s.replace(/\s+/g, ' ');
}
