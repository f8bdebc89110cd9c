import type { HElement } from './nodes';
import { FORMATTING } from '../tags';

/** A marker in the list of active formatting elements (entering a cell, caption, object ...). */
export const MARKER = null;
export type FormattingEntry = HElement | typeof MARKER;

/** Whether start tags named `tag` need an attribute signature (`sig`) for the list's "Noah's Ark" clause. */
export function wantsSignature(tag: string): boolean {
  return FORMATTING.has(tag);
}

/**
 * The HTML standard's list of active formatting elements (b, font, i ...) and markers: what is
 * reopened in the next block when a block closes them, and what the adoption agency untangles.
 */
export class FormattingElementList {
  /** Oldest first. Read it freely; change it only through the methods. */
  readonly entries: FormattingEntry[] = [];

  get length(): number {
    return this.entries.length;
  }

  pushMarker(): void {
    this.entries.push(MARKER);
  }

  /** Adds `el`, first dropping the earliest of three equal ones after the last marker (the "Noah's Ark" clause: same tag and attributes). */
  push(el: HElement): void {
    let same = 0;
    let first = -1;
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const e = this.entries[i];
      if (e === MARKER) break;
      if (e.tagName === el.tagName && e.sig === el.sig) {
        same++;
        first = i;
      }
    }
    if (same >= 3) this.entries.splice(first, 1);
    this.entries.push(el);
  }

  /** "Clear the list up to the last marker": drops entries until a marker has been dropped. */
  clearToLastMarker(): void {
    while (this.entries.length && this.entries.pop() !== MARKER);
  }

  /** The last element named `tag` after the last marker. */
  lastAfterMarker(tag: string): HElement | undefined {
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const e = this.entries[i];
      if (e === MARKER) return undefined;
      if (e.tagName === tag) return e;
    }
    return undefined;
  }

  /**
   * Where "reconstruct the active formatting elements" starts: the index of the first entry to reopen
   * (every entry from it on is a closed element), or -1 when the last entry is a marker or open.
   */
  reopenFrom(): number {
    const f = this.entries;
    if (f.length === 0) return -1;
    const last = f[f.length - 1];
    if (last === MARKER || last.open) return -1;
    let i = f.length - 1;
    while (i > 0) {
      const e = f[i - 1];
      if (e === MARKER || e.open) break;
      i--;
    }
    return i;
  }

  has(el: HElement): boolean {
    return this.entries.includes(el);
  }

  indexOf(el: HElement): number {
    return this.entries.indexOf(el);
  }

  /** Puts `el` in place of the entry at `index`. */
  setAt(index: number, el: HElement): void {
    this.entries[index] = el;
  }

  /** Puts `el` in place of `old` (which must be in the list). */
  replace(old: HElement, el: HElement): void {
    this.entries[this.entries.indexOf(old)] = el;
  }

  /** Puts `el` right after `anchor` (or first when `anchor` is not in the list). */
  insertAfter(anchor: HElement, el: HElement): void {
    this.entries.splice(this.entries.indexOf(anchor) + 1, 0, el);
  }

  removeAt(index: number): void {
    this.entries.splice(index, 1);
  }

  /** Drops `el` if it is in the list. */
  remove(el: HElement): void {
    const i = this.entries.lastIndexOf(el);
    if (i >= 0) this.entries.splice(i, 1);
  }
}
