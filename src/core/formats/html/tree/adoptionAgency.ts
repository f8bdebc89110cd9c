import { createElement, type HElement, type HNode } from './nodes';
import type { TreeBuilder } from './treeBuilder';
import { SPECIAL } from '../tags';

/** The standard's "any other end tag" in body: close the nearest open `tag` unless a special element is nearer. */
export function anyOtherEndTag(b: TreeBuilder, tag: string): void {
  const stack = b.open.items;
  for (let i = stack.length - 1; i > 0; i--) {
    const node = stack[i];
    if (node.tagName === tag) {
      b.open.generateImpliedEndTags(tag);
      b.open.popUntilNode(node);
      return;
    }
    if (SPECIAL.has(node.tagName)) return;
  }
}

/** The adoption agency algorithm: an end tag of a formatting element that blocks were opened inside. */
export function adoptionAgency(b: TreeBuilder, tag: string): void {
  const open = b.open;
  const active = b.active;
  const stack = open.items;
  const cur = open.current;
  if (cur.tagName === tag && !active.has(cur)) {
    open.pop();
    return;
  }
  for (let outer = 0; outer < 8; outer++) {
    const fe = active.lastAfterMarker(tag);
    if (!fe) return anyOtherEndTag(b, tag);
    if (!fe.open) return active.remove(fe);
    if (!open.hasInScope(tag)) return;
    const feIndex = stack.lastIndexOf(fe);
    let fbIndex = -1;
    for (let i = feIndex + 1; i < stack.length; i++) {
      if (SPECIAL.has(stack[i].tagName)) {
        fbIndex = i;
        break;
      }
    }
    if (fbIndex < 0) {
      open.popUntilNode(fe);
      return active.remove(fe);
    }
    const furthest = stack[fbIndex];
    const common = stack[feIndex - 1];
    const bookmark: HElement = createElement('#bookmark', {}, 0, 0);
    active.insertAfter(fe, bookmark);
    let lastNode = furthest;
    let idx = fbIndex;
    for (let inner = 1; ; inner++) {
      let node = stack[--idx];
      if (node === fe) break;
      let fi = active.indexOf(node);
      if (inner > 3 && fi >= 0) {
        active.removeAt(fi);
        fi = -1;
      }
      if (fi < 0) {
        open.remove(node);
        continue;
      }
      const clone = createElement(node.tagName, node.properties, node.start, node.end, node.sig);
      active.setAt(fi, clone);
      open.replaceAt(idx, clone);
      node = clone;
      if (lastNode === furthest) {
        active.remove(bookmark);
        active.insertAfter(clone, bookmark);
      }
      detach(lastNode);
      lastNode.parent = node;
      node.children.push(lastNode);
      lastNode = node;
    }
    detach(lastNode);
    b.insertNode(lastNode, common);
    const clone = createElement(fe.tagName, fe.properties, fe.start, fe.end, fe.sig);
    clone.children = furthest.children;
    for (const c of clone.children) c.parent = clone;
    clone.parent = furthest;
    furthest.children = [clone];
    active.replace(bookmark, clone);
    active.remove(fe);
    open.remove(fe);
    open.insertAfter(furthest, clone);
  }
}

function detach(node: HNode): void {
  const p = node.parent;
  if (!p) return;
  const i = p.children.lastIndexOf(node);
  if (i >= 0) p.children.splice(i, 1);
}
