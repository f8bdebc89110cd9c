import { createElement, type HProps } from './nodes';
import { Mode, type TreeBuilder } from './treeBuilder';
import { HEAD_CONTENT, VOID } from '../tags';

const IN_HEAD_NOSCRIPT = new Set(['basefont', 'bgsound', 'link', 'meta', 'noframes', 'style']);

/*
 * Mode.Initial: everything before the body (the standard's initial, before html, before head, in head,
 * in head noscript and after head modes). The functions return true when the token is to be
 * processed again in the new insertion mode.
 */

/** Ends the head (if open) and goes on in body. */
export function closeHead(b: TreeBuilder): void {
  if (b.head?.open) b.open.popUntilNode(b.head);
  b.mode = Mode.Body;
}

/** A start tag before the body. */
export function startInHead(b: TreeBuilder, tag: string, props: HProps, s: number, e: number): boolean {
  const open = b.open;
  if (tag === 'html') return false;
  if (tag === 'head') {
    if (!b.head) b.head = b.insertElement(createElement(tag, props, s, e), false);
    return false;
  }
  if (open.current.tagName === 'noscript' && open.current.parent === b.head) {
    if (IN_HEAD_NOSCRIPT.has(tag)) {
      b.insertElement(createElement(tag, props, s, e), VOID.has(tag));
      return false;
    }
    open.pop();
    return true;
  }
  if (HEAD_CONTENT.has(tag) && !(tag === 'noscript' && b.head && !b.head.open)) {
    if (!b.head) b.head = b.insertElement(createElement('head', {}, s, s), false);
    const node = createElement(tag, props, s, e);
    if (b.head.open) b.insertElement(node, VOID.has(tag));
    else b.appendTo(b.head, node, VOID.has(tag)); // after </head>: still into the head
    return false;
  }
  closeHead(b);
  return tag !== 'body';
}

/** An end tag before the body. */
export function endInHead(b: TreeBuilder, tag: string, s: number): boolean {
  const open = b.open;
  if (tag === 'head') {
    b.head ??= b.insertElement(createElement('head', {}, s, s), false);
    if (b.head.open) open.popUntilNode(b.head);
  } else if (open.current.tagName === tag && open.current !== b.head) open.pop();
  else if (tag === 'br' || tag === 'body' || tag === 'html') {
    closeHead(b);
    return true;
  }
  return false;
}
