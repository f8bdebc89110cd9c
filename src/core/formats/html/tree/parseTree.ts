import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import type { HElement, HProps } from './nodes';
import { TreeBuilder } from './treeBuilder';
import { wantsSignature } from './formattingElementList';
import { declaration, endTag, finish, startTag } from './dispatch';
import { processText } from './text';

export type { HComment, HElement, HNode, HProps, HText } from './nodes';

const WANTED: Record<string, keyof HProps> = {
  colspan: 'colSpan',
  rowspan: 'rowSpan',
  name: 'name',
  style: 'style',
  align: 'align',
};
const NUMERIC = new Set(['colSpan', 'rowSpan']);
const WANTED_LENGTHS = new Set(Object.keys(WANTED).map((k) => k.length));
/** The properties of every element with none of the wanted attributes (shared, never written). */
const NO_PROPS: HProps = Object.freeze({});
/** How many end tags between calls of parseHtmlTree's `progress`. */
const PROGRESS_EVERY = 16;

/**
 * Parses HTML in text[start, end) into a small hast-like tree with offsets into `text`, using
 * htmlparser2's tokenizer and the standard's tree-construction rules for what filings need (implied
 * end tags, tables with foster parenting, formatting elements, void elements, stray end tags).
 * `progress` is called between tokens every few end tags, with the tree so far.
 */
export function parseHtmlTree(
  text: string,
  start = 0,
  end = text.length,
  progress?: (root: HElement) => void,
  progressEvery = PROGRESS_EVERY,
): HElement {
  const src = start === 0 && end === text.length ? text : text.slice(start, end);
  const b = new TreeBuilder(text, start);
  let tagName = '';
  let tagStart = 0;
  let props: HProps = NO_PROPS;
  let sig: string | undefined;
  let attr = '';
  let value = '';
  /** Whether the current attribute's value is used (a wanted property or a tag signature). */
  let keep = false;
  let textStart = -1;
  let textEnd = 0;
  let textValue = '';
  let ends = 0;
  const flush = () => {
    if (textStart < 0) return;
    processText(b, textValue, start + textStart, start + textEnd);
    textStart = -1;
    textValue = '';
  };
  const endOpen = (endIndex: number, selfClosing: boolean) => {
    startTag(b, tagName, props, start + tagStart, start + endIndex + 1, selfClosing, sig);
  };
  const cbs: TokenizerCallbacks = {
    ontext(s, e) {
      if (textStart < 0) textStart = s;
      textEnd = e;
      textValue += src.slice(s, e);
    },
    ontextentity(cp, e) {
      if (textStart < 0) textStart = src.lastIndexOf('&', e - 1);
      textValue += String.fromCodePoint(cp);
      textEnd = e;
    },
    onopentagname(s, e) {
      flush();
      tagName = src.slice(s, e).toLowerCase();
      tagStart = s - 1;
      props = NO_PROPS;
      sig = wantsSignature(tagName) ? '' : undefined;
    },
    onattribname(s, e) {
      value = '';
      // most attributes (class, id, width ...) are read by nobody: not even their name is copied
      keep = sig !== undefined || WANTED_LENGTHS.has(e - s);
      if (!keep) return;
      attr = src.slice(s, e).toLowerCase();
      keep = sig !== undefined || WANTED[attr] !== undefined;
    },
    onattribdata(s, e) {
      if (keep) value += src.slice(s, e);
    },
    onattribentity(cp) {
      if (keep) value += String.fromCodePoint(cp);
    },
    onattribend() {
      if (!keep) return;
      if (sig !== undefined) sig += `${attr}=${value}\u0000`;
      const key = WANTED[attr];
      if (key === undefined || props[key] !== undefined) return;
      const n = NUMERIC.has(key) && value ? Number(value) : NaN;
      if (props === NO_PROPS) props = {};
      (props as Record<string, number | string>)[key] = Number.isNaN(n) ? value : n;
    },
    onopentagend(e) {
      endOpen(e, false);
    },
    onselfclosingtag(e) {
      endOpen(e, true);
    },
    onclosetag(s, e) {
      flush();
      // the tokenizer reports the name; the tag runs on to the next '>' (none: dropped, as at EOF in a tag)
      const gt = src.indexOf('>', e);
      if (gt >= 0) endTag(b, src.slice(s, e).toLowerCase(), start + s - 2, start + gt + 1);
      if (progress && ++ends % progressEvery === 0) progress(b.root);
    },
    oncomment() {
      flush();
      b.comment();
    },
    oncdata() {
      flush();
      b.comment();
    },
    ondeclaration(s, e) {
      flush();
      declaration(b, src.slice(s, e));
    },
    onprocessinginstruction() {
      flush();
      b.comment();
    },
    onend() {
      flush();
    },
    isInForeignContext: () => b.open.inForeign(),
  };
  const tokenizer = new Tokenizer({ decodeEntities: true }, cbs);
  tokenizer.write(src);
  tokenizer.end();
  finish(b, end);
  return b.root;
}
