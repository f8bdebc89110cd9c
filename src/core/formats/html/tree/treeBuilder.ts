import { createElement, type HElement, type HNode, type HText } from './nodes';
import { OpenElementStack } from './openElementStack';
import { FormattingElementList } from './formattingElementList';
import { TABLEISH } from '../tags';

/**
 * The insertion modes, as far as filings need them (no frames, select, template contents). `Initial`
 * is everything before the body: the standard's initial, before html, before head, in head, in head
 * noscript and after head modes.
 */
export enum Mode {
  Initial,
  Body,
  Table,
  TableBody,
  Row,
  Cell,
  Caption,
}

const COMMENT: HNode = { type: 'comment' };

/**
 * The state of one tree construction: the stack of open elements, the list of active formatting
 * elements, the insertion mode, the head and form element pointers, and node insertion (with foster
 * parenting). The insertion modes are functions over it (inHead.ts, inBody.ts, inTable.ts ...), driven
 * by dispatch.ts.
 */
export class TreeBuilder {
  readonly root: HElement = {
    type: 'element',
    tagName: '#root',
    properties: {},
    children: [],
    start: 0,
    end: 0,
    open: true,
  };
  readonly open: OpenElementStack = new OpenElementStack(this.root);
  readonly active: FormattingElementList = new FormattingElementList();
  mode: Mode = Mode.Initial;
  head: HElement | undefined = undefined;
  form: HElement | undefined = undefined;
  /** Insert into the parent of the current table instead of into a table (misplaced content). */
  foster = false;
  /** No doctype, or one of the old ones: a <table> does not close an open <p>. */
  quirks = true;
  /** Drop one newline right after <pre>, <listing>, <textarea>. */
  dropNewline = false;
  /** A start tag has been seen (a doctype after it is ignored). */
  seenElement = false;

  constructor(
    readonly source: string,
    readonly base: number,
  ) {}

  /** Where a node goes: into the current node, or before the table when foster parenting applies. */
  private place(target: HElement): { parent: HElement; before: number } {
    if (this.foster && TABLEISH.has(target.tagName)) {
      const stack = this.open.items;
      for (let i = stack.length - 1; i > 0; i--) {
        const t = stack[i];
        if (t.tagName !== 'table') continue;
        const parent = t.parent ?? stack[i - 1];
        return { parent, before: t.parent ? parent.children.lastIndexOf(t) : parent.children.length };
      }
    }
    return { parent: target, before: target.children.length };
  }

  insertNode(node: HNode, target = this.open.current): void {
    const { parent, before } = this.place(target);
    node.parent = parent;
    if (before === parent.children.length) parent.children.push(node);
    else parent.children.splice(before, 0, node);
  }

  /** Inserts `el` where the current node takes children and, unless it is void, pushes it on the stack. */
  insertElement(el: HElement, voidElement: boolean): HElement {
    this.insertNode(el);
    if (!voidElement) this.open.push(el);
    return el;
  }

  /** Appends `el` to `parent` itself (no foster parenting) and, unless it is void, pushes it on the stack. */
  appendTo(parent: HElement, el: HElement, voidElement: boolean): void {
    el.parent = parent;
    parent.children.push(el);
    if (!voidElement) this.open.push(el);
  }

  /** Inserts text where the current node takes children, joining it to a text node just before. */
  insertText(value: string, start: number, end: number): void {
    const { parent, before } = this.place(this.open.current);
    const prev = parent.children[before - 1];
    if (prev?.type === 'text') {
      prev.value += value;
      prev.end = end;
      return;
    }
    const node: HText = { type: 'text', value, start, end, parent };
    if (before === parent.children.length) parent.children.push(node);
    else parent.children.splice(before, 0, node);
  }

  comment(): void {
    this.open.current.children.push(COMMENT);
  }

  /** "Reconstruct the active formatting elements": reopens those a block end closed (`<p><b>x<p>y`: y is bold too). */
  reconstructFormatting(): void {
    const f = this.active;
    let i = f.reopenFrom();
    if (i < 0) return;
    for (; i < f.length; i++) {
      const e = f.entries[i]!;
      const clone = createElement(e.tagName, e.properties, e.start, e.end, e.sig);
      this.insertElement(clone, false);
      f.setAt(i, clone);
    }
  }
}
