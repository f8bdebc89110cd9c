import type { HElement, HNode } from './nodes';
import { OpenElements } from './openElements';
import { FORMATTING, SPECIAL } from '../tags';

/** A marker in the list of active formatting elements (entering a cell, caption, object ...). */
const MARKER = null;
type Entry = HElement | typeof MARKER;

/**
 * The list of active formatting elements (b, font, i ...): reopened in the next block when a block
 * closes them, and untangled by the adoption agency algorithm when their end tag comes late.
 */
export class FormattingElements extends OpenElements {
  protected readonly formatting: Entry[] = [];


  protected pushMarker(): void {
    this.formatting.push(MARKER);
  }


  protected pushFormatting(el: HElement): void {
    let same = 0;
    let first = -1;
    for (let i = this.formatting.length - 1; i >= 0; i--) {
      const e = this.formatting[i];
      if (e === MARKER) break;
      if (e.tagName === el.tagName && e.sig === el.sig) {
        same++;
        first = i;
      }
    }
    if (same >= 3) this.formatting.splice(first, 1);
    this.formatting.push(el);
  }


  protected clearFormattingToMarker(): void {
    while (this.formatting.length && this.formatting.pop() !== MARKER);
  }


  /** Reopens formatting elements closed by a block end (`<p><b>x<p>y`: y is bold too). */
  protected reconstructFormatting(): void {
    const f = this.formatting;
    if (f.length === 0) return;
    const last = f[f.length - 1];
    if (last === MARKER || last.open) return;
    let i = f.length - 1;
    while (i > 0) {
      const e = f[i - 1];
      if (e === MARKER || e.open) break;
      i--;
    }
    for (; i < f.length; i++) {
      const e = f[i]!;
      const clone = this.create(e.tagName, e.properties, e.start, e.end, e.sig);
      this.insertElement(clone, false);
      f[i] = clone;
    }
  }


  protected formattingAfterMarker(tag: string): HElement | undefined {
    for (let i = this.formatting.length - 1; i >= 0; i--) {
      const e = this.formatting[i];
      if (e === MARKER) return undefined;
      if (e.tagName === tag) return e;
    }
    return undefined;
  }


  protected removeFormatting(el: HElement): void {
    const i = this.formatting.lastIndexOf(el);
    if (i >= 0) this.formatting.splice(i, 1);
  }


  /** The standard's "any other end tag" in body: close the nearest open `tag` unless a special element is nearer. */
  protected anyOtherEndTag(tag: string): void {
    for (let i = this.stack.length - 1; i > 0; i--) {
      const node = this.stack[i];
      if (node.tagName === tag) {
        this.generateImpliedEndTags(tag);
        this.popUntilNode(node);
        return;
      }
      if (SPECIAL.has(node.tagName)) return;
    }
  }


  /** The adoption agency algorithm: an end tag of a formatting element that blocks were opened inside. */
  protected adoptionAgency(tag: string): void {
    const cur = this.current;
    if (cur.tagName === tag && !this.formatting.includes(cur)) {
      this.pop();
      return;
    }
    for (let outer = 0; outer < 8; outer++) {
      const fe = this.formattingAfterMarker(tag);
      if (!fe) return this.anyOtherEndTag(tag);
      if (!fe.open) return this.removeFormatting(fe);
      if (!this.inScope(tag)) return;
      const feIndex = this.stack.lastIndexOf(fe);
      let fbIndex = -1;
      for (let i = feIndex + 1; i < this.stack.length; i++) {
        if (SPECIAL.has(this.stack[i].tagName)) {
          fbIndex = i;
          break;
        }
      }
      if (fbIndex < 0) {
        this.popUntilNode(fe);
        return this.removeFormatting(fe);
      }
      const furthest = this.stack[fbIndex];
      const common = this.stack[feIndex - 1];
      const bookmark: HElement = this.create('#bookmark', {}, 0, 0);
      this.formatting.splice(this.formatting.indexOf(fe) + 1, 0, bookmark);
      let lastNode = furthest;
      let idx = fbIndex;
      for (let inner = 1; ; inner++) {
        let node = this.stack[--idx];
        if (node === fe) break;
        let fi = this.formatting.indexOf(node);
        if (inner > 3 && fi >= 0) {
          this.formatting.splice(fi, 1);
          fi = -1;
        }
        if (fi < 0) {
          this.removeFromStack(node);
          continue;
        }
        const clone = this.create(node.tagName, node.properties, node.start, node.end, node.sig);
        this.formatting[fi] = clone;
        this.stack[idx] = clone;
        clone.open = true;
        node.open = false;
        node = clone;
        if (lastNode === furthest) {
          this.formatting.splice(this.formatting.indexOf(bookmark), 1);
          this.formatting.splice(this.formatting.indexOf(clone) + 1, 0, bookmark);
        }
        detach(lastNode);
        lastNode.parent = node;
        node.children.push(lastNode);
        lastNode = node;
      }
      detach(lastNode);
      this.insertNode(lastNode, common);
      const clone = this.create(fe.tagName, fe.properties, fe.start, fe.end, fe.sig);
      clone.children = furthest.children;
      for (const c of clone.children) c.parent = clone;
      clone.parent = furthest;
      furthest.children = [clone];
      this.formatting[this.formatting.indexOf(bookmark)] = clone;
      this.removeFormatting(fe);
      this.removeFromStack(fe);
      this.stack.splice(this.stack.indexOf(furthest) + 1, 0, clone);
      clone.open = true;
      this.counts.set(clone.tagName, (this.counts.get(clone.tagName) ?? 0) + 1);
    }
  }


  wantsSignature(tag: string): boolean {
    return FORMATTING.has(tag);
  }
}

function detach(node: HNode): void {
  const p = node.parent;
  if (!p) return;
  const i = p.children.lastIndexOf(node);
  if (i >= 0) p.children.splice(i, 1);
}
