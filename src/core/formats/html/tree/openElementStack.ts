import type { HElement } from './nodes';
import { BUTTON_SCOPE, IMPLIED_END, LIST_SCOPE, SCOPE, TABLE_SCOPE } from '../tags';

/**
 * The HTML standard's stack of open elements. The bottom entry is the document root, which is never
 * popped. Popping an element closes it: `open` turns false and `end` is set from the token being
 * processed (`closeTag`, `closeStart`, `closeEnd`).
 */
export class OpenElementStack {
  /** Bottom first: items[0] is the root. Read it freely; change it only through the methods. */
  readonly items: HElement[];
  /** How many elements of each name are open (scope checks skip the walk when none is). */
  private readonly counts = new Map<string, number>();
  /** How many svg/math elements are open. */
  private foreign = 0;
  /** Where elements closed now end: an element closed by its own end tag `closeTag` at `closeEnd`, any other at `closeStart`. */
  closeStart = 0;
  closeEnd = 0;
  closeTag = '';

  constructor(root: HElement) {
    this.items = [root];
  }

  get current(): HElement {
    return this.items[this.items.length - 1];
  }

  /** Whether an svg or math element is open. */
  inForeign(): boolean {
    return this.foreign > 0;
  }

  /** Whether an element named `tag` is open anywhere on the stack. */
  isOpen(tag: string): boolean {
    return (this.counts.get(tag) ?? 0) > 0;
  }

  push(el: HElement): void {
    this.items.push(el);
    this.opened(el);
  }

  /** Puts `el` (not open yet) right above `anchor` (adoption agency). */
  insertAfter(anchor: HElement, el: HElement): void {
    this.items.splice(this.items.indexOf(anchor) + 1, 0, el);
    this.opened(el);
  }

  /** Puts `el` in place of the element at `index`, which is left without being closed (adoption agency). */
  replaceAt(index: number, el: HElement): void {
    const old = this.items[index];
    this.items[index] = el;
    el.open = true;
    old.open = false;
  }

  pop(): HElement {
    const el = this.items.pop()!;
    this.closed(el);
    return el;
  }

  /** Takes `el` off the stack wherever it is (never the root). */
  remove(el: HElement): void {
    const i = this.items.lastIndexOf(el);
    if (i > 0) {
      this.items.splice(i, 1);
      this.closed(el);
    }
  }

  /** Pops elements until one named `tag` has been popped (or only the root is left). */
  popUntil(tag: string): void {
    while (this.items.length > 1 && this.pop().tagName !== tag);
  }

  /** Pops elements until one named in `tags` has been popped (or only the root is left). */
  popUntilOneOf(tags: Set<string>): void {
    while (this.items.length > 1 && !tags.has(this.pop().tagName));
  }

  /** Pops elements until `el` has been popped (or only the root is left). */
  popUntilNode(el: HElement): void {
    while (this.items.length > 1 && this.pop() !== el);
  }

  /** Pops everything but the root. */
  popAll(): void {
    while (this.items.length > 1) this.pop();
  }

  /** "Clear the stack back to a context": pops until the current node is named in `context`. */
  clearBackTo(context: Set<string>): void {
    while (!context.has(this.current.tagName)) this.pop();
  }

  /** "Generate implied end tags": pops dd, dt, li, option, p ... (but not one named `except`). */
  generateImpliedEndTags(except?: string): void {
    for (let t = this.current.tagName; IMPLIED_END.has(t) && t !== except; t = this.current.tagName) this.pop();
  }

  /** "Has an element in scope": `tag` is open above the nearest boundary. */
  hasInScope(tag: string): boolean {
    return this.inScope(tag, SCOPE);
  }

  hasInListItemScope(tag: string): boolean {
    return this.inScope(tag, LIST_SCOPE);
  }

  hasInButtonScope(tag: string): boolean {
    return this.inScope(tag, BUTTON_SCOPE);
  }

  hasInTableScope(tag: string): boolean {
    return this.inScope(tag, TABLE_SCOPE);
  }

  private inScope(tag: string, boundary: Set<string>): boolean {
    if (!this.isOpen(tag)) return false;
    for (let i = this.items.length - 1; i >= 0; i--) {
      const t = this.items[i].tagName;
      if (t === tag) return true;
      if (boundary.has(t)) return false;
    }
    return false;
  }

  private opened(el: HElement): void {
    el.open = true;
    this.counts.set(el.tagName, (this.counts.get(el.tagName) ?? 0) + 1);
    if (el.tagName === 'svg' || el.tagName === 'math') this.foreign++;
  }

  private closed(el: HElement): void {
    el.open = false;
    this.counts.set(el.tagName, this.counts.get(el.tagName)! - 1);
    if (el.tagName === 'svg' || el.tagName === 'math') this.foreign--;
    el.end = this.closeTag === el.tagName ? this.closeEnd : this.closeStart;
  }
}
