import type { HElement, HNode } from './tree/nodes';
import type { BlockScanner, Entered } from './blocks';
import { BLOCK } from './tagClasses';

/**
 * Open elements the walk may enter before they close. None of them is a formatting element or a
 * table: the standard's tree construction moves finished nodes only below an open formatting
 * element (the adoption agency) and inserts before an open table (foster parenting), so the finished
 * children of these elements never change again.
 */
const ENTERABLE: ReadonlySet<string> = new Set([
  // The block elements, but a caption (a table part) and hr (void: it has no children to enter).
  ...[...BLOCK].filter((tag) => tag !== 'caption' && tag !== 'hr'),
  'span',
]);

/** A visited node's place in its parent's children: the subtree can be collected. */
const DONE: HNode = { type: 'comment' };

interface Frame {
  el: HElement;
  /** Index of the next child to visit. */
  next: number;
  bold: boolean;
  depth: number;
  /** What the scanner undoes on leaving the element (the root has nothing to undo). */
  entered?: Entered;
}

/**
 * Walks the tree while the parser builds it: each finished node is visited by the scanner, in
 * document order, and dropped from the tree, so memory holds the open part of the document rather
 * than all of it. The blocks come out exactly as from a walk of the finished tree.
 */
export class IncrementalWalk {
  private readonly frames: Frame[];

  constructor(
    private readonly scanner: BlockScanner,
    root: HElement,
    depth: number,
  ) {
    this.frames = [{ el: root, next: 0, bold: false, depth }];
  }

  /** Visits what is finished; `final` at the end of input, when everything is. */
  advance(final = false): void {
    this.step(0, final);
  }

  /** Walks frame i and those below it; true when its element is finished and fully visited. */
  private step(i: number, final: boolean): boolean {
    const f = this.frames[i];
    for (;;) {
      const kids = f.el.children;
      if (this.frames.length > i + 1) {
        const inner = this.frames[i + 1];
        if (!this.step(i + 1, final)) return false;
        this.frames.pop();
        if (inner.entered) this.scanner.leave(inner.entered);
        if (kids[f.next] === inner.el) kids[f.next++] = DONE;
        else {
          // not expected (only a table gets nodes put before it), but never walk an element twice
          const at = kids.indexOf(inner.el, f.next);
          if (at >= 0) kids[at] = DONE;
        }
      }
      const open = !final && f.el.open === true;
      while (f.next < kids.length) {
        const c = kids[f.next];
        if (open && c.type === 'element' && c.open) break;
        if (open && c.type === 'text' && this.mayGrow(kids, f.next)) break;
        this.scanner.visit(c, f.bold, f.depth + 1);
        kids[f.next++] = DONE;
      }
      if (f.next > 256) {
        kids.splice(0, f.next); // the tombstones go too (the parser finds places afresh each time)
        f.next = 0;
      }
      if (!open) return f.next >= kids.length;
      const c = kids[f.next];
      if (c?.type !== 'element' || !c.open || !this.enterable(c, f.depth + 1)) return false;
      const entered = this.scanner.enter(c, f.bold);
      this.frames.push({ el: c, next: 0, bold: entered.bold, depth: f.depth + 1, entered });
    }
  }

  /** A text node more text may still join: the last child, or just before an open element the walk cannot enter (foster parenting puts text before an open table). */
  private mayGrow(kids: HNode[], k: number): boolean {
    const after = kids[k + 1];
    return !after || (after.type === 'element' && after.open === true && !ENTERABLE.has(after.tagName));
  }

  private enterable(el: HElement, depth: number): boolean {
    return ENTERABLE.has(el.tagName) && el.parent !== undefined && this.scanner.mayEnter(el, depth);
  }
}
