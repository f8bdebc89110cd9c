import type { HElement, HProps } from './nodes';
import { FormattingElements } from './formattingElements';
import { BLOCK_END, BUTTON_SCOPE, FORMATTING, HEADINGS, IGNORED_END_IN_TABLE, LIST_SCOPE, TABLE_SCOPE } from '../tags';

export enum Mode { Initial, Body, Table, TableBody, Row, Cell, Caption }

export const TABLE_CONTEXT = new Set(['table', 'template', '#root']);
export const TBODY_CONTEXT = new Set(['tbody', 'tfoot', 'thead', 'template', '#root']);
export const ROW_CONTEXT = new Set(['tr', 'template', '#root']);
export const SECTIONS = new Set(['tbody', 'tfoot', 'thead']);
export const CELLS = new Set(['td', 'th']);

/** The insertion modes' state and their end-tag rules (the standard's "in body", "in table", "in row" ... modes). */
export abstract class TableModes extends FormattingElements {
  protected mode = Mode.Initial;
  protected head?: HElement;
  protected form?: HElement;

  protected abstract inBody(tag: string, props: HProps, s: number, e: number, selfClosing: boolean, sig?: string): void;


  protected el(tag: string, props: HProps, start: number, end: number, sig?: string): HElement {
    return this.create(tag, props, start, end, sig);
  }


  protected closeHead(): void {
    if (this.head?.open) this.popUntilNode(this.head);
    this.mode = Mode.Body;
  }


  protected end(tag: string, s: number, e: number): void {
    switch (this.mode) {
      case Mode.Initial:
        if (tag === 'head') {
          this.head ??= this.insertElement(this.el('head', {}, s, s), false);
          if (this.head.open) this.popUntilNode(this.head);
        } else if (this.current.tagName === tag && this.current !== this.head) this.pop();
        else if (tag === 'br' || tag === 'body' || tag === 'html') {
          this.closeHead();
          this.end(tag, s, e);
        }
        return;
      case Mode.Table:
        return this.endInTable(tag, s, e);
      case Mode.TableBody:
        if (SECTIONS.has(tag)) {
          if (!this.inScope(tag, TABLE_SCOPE)) return;
          this.clearTo(TBODY_CONTEXT);
          this.pop();
          this.mode = Mode.Table;
          return;
        }
        if (tag === 'table') {
          if (!this.anySectionInTableScope()) return;
          this.clearTo(TBODY_CONTEXT);
          this.pop();
          this.mode = Mode.Table;
          return this.end(tag, s, e);
        }
        if (IGNORED_END_IN_TABLE.has(tag)) return;
        return this.endInTable(tag, s, e);
      case Mode.Row:
        if (tag === 'tr') {
          if (this.inScope('tr', TABLE_SCOPE)) this.closeRow();
          return;
        }
        if (tag === 'table' || SECTIONS.has(tag)) {
          if (SECTIONS.has(tag) && !this.inScope(tag, TABLE_SCOPE)) return;
          if (!this.inScope('tr', TABLE_SCOPE)) return;
          this.closeRow();
          return this.end(tag, s, e);
        }
        if (IGNORED_END_IN_TABLE.has(tag)) return;
        return this.endInTable(tag, s, e);
      case Mode.Cell:
        if (CELLS.has(tag)) {
          if (!this.inScope(tag, TABLE_SCOPE)) return;
          this.generateImpliedEndTags();
          this.popUntil(tag);
          this.clearFormattingToMarker();
          this.mode = Mode.Row;
          return;
        }
        if (tag === 'body' || tag === 'caption' || tag === 'col' || tag === 'colgroup' || tag === 'html') return;
        if (tag === 'table' || tag === 'tr' || SECTIONS.has(tag)) {
          if (!this.inScope(tag, TABLE_SCOPE)) return;
          this.closeCell();
          return this.end(tag, s, e);
        }
        return this.endInBody(tag, s, e);
      case Mode.Caption:
        if (tag === 'caption' || tag === 'table') {
          if (!this.inScope('caption', TABLE_SCOPE)) return;
          this.closeCaption();
          if (tag === 'table') this.end(tag, s, e);
          return;
        }
        if (IGNORED_END_IN_TABLE.has(tag)) return;
        return this.endInBody(tag, s, e);
      default:
        return this.endInBody(tag, s, e);
    }
  }


  protected endInTable(tag: string, s: number, e: number): void {
    if (tag === 'table') {
      if (!this.inScope('table', TABLE_SCOPE)) return;
      this.popUntil('table');
      this.resetMode();
      return;
    }
    if (IGNORED_END_IN_TABLE.has(tag)) return;
    this.foster = true;
    this.endInBody(tag, s, e);
    this.foster = false;
  }


  protected endInBody(tag: string, s: number, e: number): void {
    if (tag === 'body' || tag === 'html') return;
    if (BLOCK_END.has(tag)) {
      if (!this.inScope(tag)) return;
      this.generateImpliedEndTags();
      this.popUntil(tag);
      return;
    }
    if (FORMATTING.has(tag)) return this.adoptionAgency(tag);
    if (HEADINGS.has(tag)) {
      if (![...HEADINGS].some((h) => this.inScope(h))) return;
      this.generateImpliedEndTags();
      this.popUntilOneOf(HEADINGS);
      return;
    }
    switch (tag) {
      case 'p':
        if (!this.inScope('p', BUTTON_SCOPE)) this.insertElement(this.el('p', {}, s, s), false);
        this.closeP();
        return;
      case 'li':
      case 'dd':
      case 'dt':
        if (!this.inScope(tag, tag === 'li' ? LIST_SCOPE : undefined)) return;
        this.generateImpliedEndTags(tag);
        this.popUntil(tag);
        return;
      case 'form': {
        const form = this.form;
        this.form = undefined;
        if (!form?.open || !this.inScope('form')) return;
        this.generateImpliedEndTags();
        this.removeFromStack(form);
        return;
      }
      case 'applet':
      case 'marquee':
      case 'object':
        if (!this.inScope(tag)) return;
        this.generateImpliedEndTags();
        this.popUntil(tag);
        this.clearFormattingToMarker();
        return;
      case 'br':
        this.tokEndTag = '';
        return this.inBody('br', {}, s, e, false);
    }
    this.anyOtherEndTag(tag);
  }


  protected closeP(): void {
    this.generateImpliedEndTags('p');
    this.popUntil('p');
  }


  protected closeCell(): void {
    this.generateImpliedEndTags();
    this.popUntilOneOf(CELLS);
    this.clearFormattingToMarker();
    this.mode = Mode.Row;
  }


  protected closeRow(): void {
    this.clearTo(ROW_CONTEXT);
    this.pop();
    this.mode = Mode.TableBody;
  }


  protected closeCaption(): void {
    this.generateImpliedEndTags();
    this.popUntil('caption');
    this.clearFormattingToMarker();
    this.mode = Mode.Table;
  }


  protected clearTo(context: Set<string>): void {
    while (!context.has(this.current.tagName)) this.pop();
  }


  protected anySectionInTableScope(): boolean {
    return this.inScope('tbody', TABLE_SCOPE) || this.inScope('thead', TABLE_SCOPE) || this.inScope('tfoot', TABLE_SCOPE);
  }


  /** "Reset the insertion mode appropriately" after a table closes. */
  protected resetMode(): void {
    for (let i = this.stack.length - 1; i > 0; i--) {
      const t = this.stack[i].tagName;
      if (CELLS.has(t)) return void (this.mode = Mode.Cell);
      if (t === 'tr') return void (this.mode = Mode.Row);
      if (SECTIONS.has(t)) return void (this.mode = Mode.TableBody);
      if (t === 'caption') return void (this.mode = Mode.Caption);
      if (t === 'table') return void (this.mode = Mode.Table);
    }
    this.mode = Mode.Body;
  }
}
