import type { HProps } from './nodes';
import { Mode, TableModes } from './tableModes';
import { BUTTON_SCOPE, CLOSES_P, FORMATTING, HEAD_CONTENT, HEADINGS, SPECIAL, TABLE_PARTS, VOID } from '../tags';

const DD_DT = new Set(['dd', 'dt']);

/** The "in body" insertion mode of the standard's tree construction (TreeBuilder adds the others). */
export abstract class BodyModes extends TableModes {
  protected quirks = true;
  /** Drop one newline right after <pre>, <listing>, <textarea>. */
  protected dropNewline = false;

  protected inBody(tag: string, props: HProps, s: number, e: number, selfClosing: boolean, sig?: string): void {
    if (tag === 'html' || tag === 'body' || TABLE_PARTS.has(tag)) return;
    if (CLOSES_P.has(tag) || HEADINGS.has(tag) || tag === 'pre' || tag === 'listing' || tag === 'hr' || tag === 'plaintext') {
      if (this.inScope('p', BUTTON_SCOPE)) this.closeP();
      if (HEADINGS.has(tag) && HEADINGS.has(this.current.tagName)) this.pop();
      this.insertElement(this.el(tag, props, s, e), tag === 'hr');
      if (tag === 'pre' || tag === 'listing') this.dropNewline = true;
      return;
    }
    switch (tag) {
      case 'form':
        if (this.form) return;
        if (this.inScope('p', BUTTON_SCOPE)) this.closeP();
        this.form = this.insertElement(this.el(tag, props, s, e), false);
        return;
      case 'li':
      case 'dd':
      case 'dt':
        this.closeListItem(tag);
        if (this.inScope('p', BUTTON_SCOPE)) this.closeP();
        this.insertElement(this.el(tag, props, s, e), false);
        return;
      case 'table':
        if (!this.quirks && this.inScope('p', BUTTON_SCOPE)) this.closeP();
        this.insertElement(this.el(tag, props, s, e), false);
        this.mode = Mode.Table;
        return;
      case 'textarea':
        this.insertElement(this.el(tag, props, s, e), false);
        this.dropNewline = true;
        return;
      case 'option':
      case 'optgroup':
        if (this.current.tagName === 'option') this.pop();
        break;
      case 'button':
        if (this.inScope('button')) {
          this.generateImpliedEndTags();
          this.popUntil('button');
        }
        break;
      case 'a': {
        const a = this.formattingAfterMarker('a');
        if (a) {
          this.adoptionAgency('a');
          this.removeFormatting(a);
          this.removeFromStack(a);
        }
        break;
      }
      case 'nobr':
        this.reconstructFormatting();
        if (this.inScope('nobr')) this.adoptionAgency('nobr');
        break;
      case 'image':
        return this.inBody('img', props, s, e, selfClosing, sig);
    }
    if (tag !== 'xmp' && HEAD_CONTENT.has(tag)) {
      this.insertElement(this.el(tag, props, s, e), VOID.has(tag));
      return;
    }
    if (tag === 'xmp' && this.inScope('p', BUTTON_SCOPE)) this.closeP();
    this.reconstructFormatting();
    const el = this.insertElement(this.el(tag, props, s, e, sig), VOID.has(tag));
    if (FORMATTING.has(tag)) this.pushFormatting(el);
    else if (tag === 'applet' || tag === 'marquee' || tag === 'object') this.pushMarker();
    else if (selfClosing && !VOID.has(tag) && this.inForeign()) this.pop();
  }


  private closeListItem(tag: string): void {
    const li = tag === 'li';
    for (let i = this.stack.length - 1; i > 0; i--) {
      const t = this.stack[i].tagName;
      if (li ? t === 'li' : DD_DT.has(t)) {
        this.generateImpliedEndTags(t);
        this.popUntil(t);
        return;
      }
      if (SPECIAL.has(t) && t !== 'address' && t !== 'div' && t !== 'p') return;
    }
  }
}
