import type { HElement } from './tree/parseTree';
import type { TextCollector } from './textCollector';
import { isSuperscriptStyle } from './superStyle';

/**
 * Footnote markers printed as superscripts: `<sup>1</sup>`, `<sup>(a)</sup>`, or a span styled
 * `vertical-align: super` (`baseline-shift: super`, or `top` in a small font: superStyle.ts). Read as text they glue onto the word ("Revenue1");
 * read here, a bare number becomes superscript digits (same length, so every offset still maps to the
 * source: "Revenue¹", which the cell and note readers take as marker 1), and a parenthesised letter is set
 * off by a space ("Cost (a)"); "(1)", "*" and symbols already read as markers and stay as they were. Anything else (an ordinal "st", an exponent in a formula of
 * letters) is left as it was.
 */

const MARKER = /^(?:\d{1,2}|\(\s?(?:\d{1,2}|[a-zA-Z]{1,2})\s?\)|\*{1,3}|[†‡§¶]{1,2})$/;
const SUPERSCRIPT = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

/** The single text node of a superscript element, when it holds only a marker; else undefined. */
export function superMarker(node: HElement): { value: string; start: number; end: number } | undefined {
  if (!isSuper(node) || splitParens(node)) return undefined;
  let el: HElement = node;
  // <sup><span>1</span></sup>, <span style=super><a>1</a></span>: one element deep at most.
  for (let depth = 0; depth < 3; depth++) {
    const kids = el.children.filter((c) => c.type !== 'comment');
    if (kids.length !== 1) return undefined;
    const only = kids[0];
    if (only.type === 'text') {
      const value = only.value;
      if (!MARKER.test(value.trim()) || !('start' in only) || !('end' in only)) return undefined;
      return { value, start: only.start as number, end: only.end as number };
    }
    if (only.type !== 'element') return undefined;
    el = only;
  }
  return undefined;
}

function isSuper(node: HElement): boolean {
  if (node.tagName === 'sup') return true;
  if (node.tagName !== 'span' && node.tagName !== 'font') return false;
  const style = node.properties?.style;
  return typeof style === 'string' && isSuperscriptStyle(style);
}

/** Adds a superscript marker's text to `into` in the form the marker readers know. */
export function addSuperMarker(
  into: TextCollector,
  m: { value: string; start: number; end: number },
  bold: boolean,
): void {
  const exact = m.end - m.start === m.value.length;
  if (exact && /^\s*\d{1,2}\s*$/.test(m.value)) {
    into.add(
      m.value.replace(/\d/g, (d) => SUPERSCRIPT[Number(d)]),
      m.start,
      m.end,
      bold,
    );
    return;
  }
  // "(a)" right after a word reads as a plural ("Position(s)"): set it off. "(1)", "*", "†" glue as they are.
  if (/^\s*\(\s?[a-zA-Z]/.test(m.value)) into.space();
  into.add(m.value, m.start, m.end, bold);
}

/** `<sup>(</sup><sup>5</sup><sup>)</sup>`: the parentheses are siblings; read as text, "(5)" is already a marker. */
function splitParens(node: HElement): boolean {
  const kids = node.parent?.children;
  if (!kids) return false;
  const i = kids.indexOf(node);
  const plain = (n: HElement['children'][number] | undefined, depth: number): string => {
    if (!n || depth > 3) return '';
    if (n.type === 'text') return n.value;
    if (n.type !== 'element') return '';
    return n.children.map((c) => plain(c, depth + 1)).join('');
  };
  const textOf = (k: number): string => plain(kids[k], 0);
  return /\(\s*$/.test(textOf(i - 1)) || /^\s*\)/.test(textOf(i + 1));
}
