import type { HElement, HNode, HProps, HText } from './nodes';
import { IMPLIED_END, SCOPE, TABLEISH } from '../tags';

const COMMENT: HNode = { type: 'comment' };


/**
 * The stack of open elements and node insertion (with foster parenting) of the HTML standard's tree
 * construction; `FormattingElements` and the insertion modes build on it.
 */
export class OpenElements {
  readonly root: HElement = { type: 'element', tagName: '#root', properties: {}, children: [], start: 0, end: 0, open: true };
  readonly stack: HElement[] = [this.root];
  /** How many elements of each name are open (scope checks skip the walk when none is). */
  protected readonly counts = new Map<string, number>();
  private foreign = 0;
  /** Insert into the parent of the current table instead of into a table (misplaced content). */
  protected foster = false;
  /** The token being processed: where implicitly closed elements end, and the end tag that closes its own element. */
  protected tokStart = 0;
  protected tokEnd = 0;
  protected tokEndTag = '';

  constructor(readonly source: string, readonly base: number) {}

  get current(): HElement {
    return this.stack[this.stack.length - 1];
  }


  inForeign(): boolean {
    return this.foreign > 0;
  }


  isOpen(tag: string): boolean {
    return (this.counts.get(tag) ?? 0) > 0;
  }


  protected push(el: HElement): void {
    this.stack.push(el);
    el.open = true;
    this.counts.set(el.tagName, (this.counts.get(el.tagName) ?? 0) + 1);
    if (el.tagName === 'svg' || el.tagName === 'math') this.foreign++;
  }


  private closed(el: HElement): void {
    el.open = false;
    this.counts.set(el.tagName, this.counts.get(el.tagName)! - 1);
    if (el.tagName === 'svg' || el.tagName === 'math') this.foreign--;
    el.end = this.tokEndTag === el.tagName ? this.tokEnd : this.tokStart;
  }


  protected pop(): HElement {
    const el = this.stack.pop()!;
    this.closed(el);
    return el;
  }


  protected removeFromStack(el: HElement): void {
    const i = this.stack.lastIndexOf(el);
    if (i > 0) {
      this.stack.splice(i, 1);
      this.closed(el);
    }
  }


  protected popUntil(tag: string): void {
    while (this.stack.length > 1 && this.pop().tagName !== tag);
  }


  protected popUntilOneOf(tags: Set<string>): void {
    while (this.stack.length > 1 && !tags.has(this.pop().tagName));
  }


  protected popUntilNode(el: HElement): void {
    while (this.stack.length > 1 && this.pop() !== el);
  }


  /** "Has an element in scope": `tag` is open above the nearest boundary. */
  protected inScope(tag: string, boundary: Set<string> = SCOPE): boolean {
    if (!this.isOpen(tag)) return false;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const t = this.stack[i].tagName;
      if (t === tag) return true;
      if (boundary.has(t)) return false;
    }
    return false;
  }


  protected generateImpliedEndTags(except?: string): void {
    for (let t = this.current.tagName; IMPLIED_END.has(t) && t !== except; t = this.current.tagName) this.pop();
  }


  protected create(tag: string, props: HProps, start: number, end: number, sig?: string): HElement {
    return { type: 'element', tagName: tag, properties: props, children: [], start, end, sig };
  }


  /** Where a node goes: into the current node, or before the table when foster parenting applies. */
  private place(target: HElement): { parent: HElement; before: number } {
    if (this.foster && TABLEISH.has(target.tagName)) {
      for (let i = this.stack.length - 1; i > 0; i--) {
        const t = this.stack[i];
        if (t.tagName !== 'table') continue;
        const parent = t.parent ?? this.stack[i - 1];
        return { parent, before: t.parent ? parent.children.lastIndexOf(t) : parent.children.length };
      }
    }
    return { parent: target, before: target.children.length };
  }


  protected insertNode(node: HNode, target = this.current): void {
    const { parent, before } = this.place(target);
    node.parent = parent;
    if (before === parent.children.length) parent.children.push(node);
    else parent.children.splice(before, 0, node);
  }


  protected insertElement(el: HElement, voidElement: boolean): HElement {
    this.insertNode(el);
    if (!voidElement) this.push(el);
    return el;
  }


  protected appendTo(parent: HElement, el: HElement, voidElement: boolean): void {
    el.parent = parent;
    parent.children.push(el);
    if (!voidElement) this.push(el);
  }


  protected insertText(value: string, start: number, end: number): void {
    const { parent, before } = this.place(this.current);
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
    this.current.children.push(COMMENT);
  }
}
