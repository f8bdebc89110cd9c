import type { HProps } from './nodes';
import { CELLS, Mode, ROW_CONTEXT, SECTIONS, TABLE_CONTEXT, TBODY_CONTEXT } from './tableModes';
import { BodyModes } from './bodyModes';
import { CELL_CLOSERS, HEAD_CONTENT, isAsciiSpace, isQuirksDoctype, TABLE_SCOPE, TABLEISH, VOID } from '../tags';

const LEADING_SPACE = /^[ \n\t\f\r]+/;
const RAW_TEXT = new Set(['title', 'textarea', 'style', 'script', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
const IN_HEAD_NOSCRIPT = new Set(['basefont', 'bgsound', 'link', 'meta', 'noframes', 'style']);
const INTEGRATION_POINTS = new Set(['foreignobject', 'desc', 'title', 'mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml']);
/** HTML start tags that end svg/math content (and a <font> with color, face or size). */
const FONT_BREAKS_FOREIGN = /^(color|face|size)=/;
const BREAKS_FOREIGN = new Set(
  ('b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img li listing menu meta ' +
  'nobr ol p pre ruby s small span strong strike sub sup table tt u ul var').split(' '),
);

/** The insertion modes of the standard's tree construction, as far as filings need them (no frames, select, template contents). */
export class TreeBuilder extends BodyModes {
  private seenElement = false;

  declaration(decl: string): void {
    if (!this.seenElement && /^doctype/i.test(decl)) this.quirks = isQuirksDoctype(decl);
  }


  text(raw: string, start: number, end: number): void {
    let value = raw;
    if (this.dropNewline) {
      this.dropNewline = false;
      const skip = value.startsWith('\r\n') ? 2 : value[0] === '\n' || value[0] === '\r' ? 1 : 0;
      value = value.slice(skip);
      start += skip;
      if (!value) return;
    }
    if (value.includes('\r')) value = value.replace(/\r\n?/g, '\n');
    if (value.includes('\u0000')) value = value.replaceAll('\u0000', '');
    if (!value) return;
    this.tokStart = start;
    this.tokEndTag = '';
    // raw text and RCDATA (title, style, textarea ...) take their text as it is
    if (RAW_TEXT.has(this.current.tagName)) return this.insertText(value, start, end);
    switch (this.mode) {
      case Mode.Initial:
        if (this.current.tagName === 'noscript' && !isAsciiSpace(value)) {
          this.pop(); // <noscript> in the head holds no text: it ends, and the text starts the body
          return this.text(value, start, end);
        }
        // the text of a <title>, <style> ... stays in it; other text starts the body
        if (this.current !== this.root && this.current !== this.head) return this.insertText(value, start, end);
        if (isAsciiSpace(value)) return;
        this.closeHead();
        // whitespace before the body is dropped; the body's text starts at the first other character
        value = value.replace(LEADING_SPACE, '');
        while (start < end && LEADING_SPACE.test(this.source[start])) start++;
        break;
      case Mode.Table:
      case Mode.TableBody:
      case Mode.Row:
        if (TABLEISH.has(this.current.tagName)) {
          if (isAsciiSpace(value)) return this.insertText(value, start, end);
          this.foster = true;
          this.reconstructFormatting();
          this.insertText(value, start, end);
          this.foster = false;
          return;
        }
        break;
    }
    this.reconstructFormatting();
    this.insertText(value, start, end);
  }


  startTag(tag: string, props: HProps, start: number, end: number, selfClosing: boolean, sig?: string): void {
    this.dropNewline = false;
    this.seenElement = true;
    this.tokStart = start;
    this.tokEnd = end;
    this.tokEndTag = '';
    if (this.inForeign() && (BREAKS_FOREIGN.has(tag) || (tag === 'font' && !!sig && sig.split('\u0000').some((a) => FONT_BREAKS_FOREIGN.test(a))))) {
      this.leaveForeign();
    }
    this.start(tag, props, start, end, selfClosing, sig);
  }


  endTag(tag: string, start: number, end: number): void {
    this.dropNewline = false;
    this.tokStart = start;
    this.tokEnd = end;
    this.tokEndTag = tag;
    if (tag === 'br' || tag === 'p') this.leaveForeign();
    else if (this.inForeign()) {
      for (let i = this.stack.length - 1; i > 0; i--) {
        const node = this.stack[i];
        if (node.tagName === tag) return this.popUntilNode(node);
        if (node.tagName === 'svg' || node.tagName === 'math') break;
      }
    }
    this.end(tag, start, end);
  }


  finish(end: number): void {
    this.tokStart = end;
    this.tokEndTag = '';
    while (this.stack.length > 1) this.pop();
    this.root.end = end;
  }


  /** An HTML tag inside svg/math (outside its HTML islands) closes the svg/math content. */
  private leaveForeign(): void {
    while (this.inForeign() && !INTEGRATION_POINTS.has(this.current.tagName)) this.pop();
  }


  private start(tag: string, props: HProps, s: number, e: number, selfClosing: boolean, sig?: string): void {
    switch (this.mode) {
      case Mode.Initial:
        if (tag === 'html') return;
        if (tag === 'head') {
          if (!this.head) this.head = this.insertElement(this.el(tag, props, s, e), false);
          return;
        }
        if (this.current.tagName === 'noscript' && this.current.parent === this.head) {
          if (IN_HEAD_NOSCRIPT.has(tag)) return void this.insertElement(this.el(tag, props, s, e), VOID.has(tag));
          this.pop();
          return this.start(tag, props, s, e, selfClosing, sig);
        }
        if (HEAD_CONTENT.has(tag) && !(tag === 'noscript' && this.head && !this.head.open)) {
          if (!this.head) this.head = this.insertElement(this.el('head', {}, s, s), false);
          const node = this.el(tag, props, s, e);
          if (this.head.open) this.insertElement(node, VOID.has(tag));
          else this.appendTo(this.head, node, VOID.has(tag)); // after </head>: still into the head
          return;
        }
        this.closeHead();
        if (tag === 'body') return;
        return this.start(tag, props, s, e, selfClosing, sig);
      case Mode.Table:
        return this.inTable(tag, props, s, e, selfClosing, sig);
      case Mode.TableBody:
        if (tag === 'tr') {
          this.clearTo(TBODY_CONTEXT);
          this.insertElement(this.el(tag, props, s, e), false);
          this.mode = Mode.Row;
          return;
        }
        if (CELLS.has(tag)) {
          this.clearTo(TBODY_CONTEXT);
          this.insertElement(this.el('tr', {}, s, s), false);
          this.mode = Mode.Row;
          return this.start(tag, props, s, e, selfClosing, sig);
        }
        if (tag === 'caption' || tag === 'col' || tag === 'colgroup' || SECTIONS.has(tag)) {
          if (!this.anySectionInTableScope()) return;
          this.clearTo(TBODY_CONTEXT);
          this.pop();
          this.mode = Mode.Table;
          return this.start(tag, props, s, e, selfClosing, sig);
        }
        return this.inTable(tag, props, s, e, selfClosing, sig);
      case Mode.Row:
        if (CELLS.has(tag)) {
          this.clearTo(ROW_CONTEXT);
          this.insertElement(this.el(tag, props, s, e), false);
          this.mode = Mode.Cell;
          this.pushMarker();
          return;
        }
        if (tag === 'tr' || tag === 'caption' || tag === 'col' || tag === 'colgroup' || SECTIONS.has(tag)) {
          if (!this.inScope('tr', TABLE_SCOPE)) return;
          this.closeRow();
          return this.start(tag, props, s, e, selfClosing, sig);
        }
        return this.inTable(tag, props, s, e, selfClosing, sig);
      case Mode.Cell:
        if (CELL_CLOSERS.has(tag)) {
          if (!this.inScope('td', TABLE_SCOPE) && !this.inScope('th', TABLE_SCOPE)) return;
          this.closeCell();
          return this.start(tag, props, s, e, selfClosing, sig);
        }
        return this.inBody(tag, props, s, e, selfClosing, sig);
      case Mode.Caption:
        if (CELL_CLOSERS.has(tag)) {
          if (!this.inScope('caption', TABLE_SCOPE)) return;
          this.closeCaption();
          return this.start(tag, props, s, e, selfClosing, sig);
        }
        return this.inBody(tag, props, s, e, selfClosing, sig);
      default:
        return this.inBody(tag, props, s, e, selfClosing, sig);
    }
  }


  private inTable(tag: string, props: HProps, s: number, e: number, selfClosing: boolean, sig?: string): void {
    switch (tag) {
      case 'caption':
        this.clearTo(TABLE_CONTEXT);
        this.pushMarker();
        this.insertElement(this.el(tag, props, s, e), false);
        this.mode = Mode.Caption;
        return;
      case 'colgroup':
      case 'col':
        this.clearTo(TABLE_CONTEXT);
        this.insertElement(this.el(tag, props, s, e), true);
        return;
      case 'tbody':
      case 'tfoot':
      case 'thead':
        this.clearTo(TABLE_CONTEXT);
        this.insertElement(this.el(tag, props, s, e), false);
        this.mode = Mode.TableBody;
        return;
      case 'td':
      case 'th':
      case 'tr':
        this.clearTo(TABLE_CONTEXT);
        this.insertElement(this.el('tbody', {}, s, s), false);
        this.mode = Mode.TableBody;
        return this.start(tag, props, s, e, selfClosing, sig);
      case 'table':
        if (!this.inScope('table', TABLE_SCOPE)) return;
        this.popUntil('table');
        this.resetMode();
        return this.start(tag, props, s, e, selfClosing, sig);
      case 'style':
      case 'script':
      case 'template':
        this.insertElement(this.el(tag, props, s, e), false);
        return;
      case 'form':
        if (this.form) return;
        this.insertElement(this.el(tag, props, s, e), true);
        return;
    }
    this.foster = true;
    this.inBody(tag, props, s, e, selfClosing, sig);
    this.foster = false;
  }


}
