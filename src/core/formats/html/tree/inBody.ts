import { createElement, type HProps } from './nodes';
import { Mode, type TreeBuilder } from './treeBuilder';
import { adoptionAgency, anyOtherEndTag } from './adoptionAgency';
import { BLOCK_END, CLOSES_P, FORMATTING, HEAD_CONTENT, HEADINGS, SPECIAL, TABLE_PARTS, VOID } from '../tags';

const DD_DT = new Set(['dd', 'dt']);

/** A start tag in the "in body" insertion mode. */
export function startInBody(
  b: TreeBuilder,
  tag: string,
  props: HProps,
  s: number,
  e: number,
  selfClosing: boolean,
  sig?: string,
): void {
  const open = b.open;
  if (tag === 'html' || tag === 'body' || TABLE_PARTS.has(tag)) return;
  if (
    CLOSES_P.has(tag) ||
    HEADINGS.has(tag) ||
    tag === 'pre' ||
    tag === 'listing' ||
    tag === 'hr' ||
    tag === 'plaintext'
  ) {
    if (open.hasInButtonScope('p')) closeP(b);
    if (HEADINGS.has(tag) && HEADINGS.has(open.current.tagName)) open.pop();
    b.insertElement(createElement(tag, props, s, e), tag === 'hr');
    if (tag === 'pre' || tag === 'listing') b.dropNewline = true;
    return;
  }
  switch (tag) {
    case 'form':
      if (b.form) return;
      if (open.hasInButtonScope('p')) closeP(b);
      b.form = b.insertElement(createElement(tag, props, s, e), false);
      return;
    case 'li':
    case 'dd':
    case 'dt':
      closeListItem(b, tag);
      if (open.hasInButtonScope('p')) closeP(b);
      b.insertElement(createElement(tag, props, s, e), false);
      return;
    case 'table':
      if (!b.quirks && open.hasInButtonScope('p')) closeP(b);
      b.insertElement(createElement(tag, props, s, e), false);
      b.mode = Mode.Table;
      return;
    case 'textarea':
      b.insertElement(createElement(tag, props, s, e), false);
      b.dropNewline = true;
      return;
    case 'option':
    case 'optgroup':
      if (open.current.tagName === 'option') open.pop();
      break;
    case 'button':
      if (open.hasInScope('button')) {
        open.generateImpliedEndTags();
        open.popUntil('button');
      }
      break;
    case 'a': {
      const a = b.active.lastAfterMarker('a');
      if (a) {
        adoptionAgency(b, 'a');
        b.active.remove(a);
        open.remove(a);
      }
      break;
    }
    case 'nobr':
      b.reconstructFormatting();
      if (open.hasInScope('nobr')) adoptionAgency(b, 'nobr');
      break;
    case 'image':
      return startInBody(b, 'img', props, s, e, selfClosing, sig);
  }
  if (tag !== 'xmp' && HEAD_CONTENT.has(tag)) {
    b.insertElement(createElement(tag, props, s, e), VOID.has(tag));
    return;
  }
  if (tag === 'xmp' && open.hasInButtonScope('p')) closeP(b);
  b.reconstructFormatting();
  const el = b.insertElement(createElement(tag, props, s, e, sig), VOID.has(tag));
  if (FORMATTING.has(tag)) b.active.push(el);
  else if (tag === 'applet' || tag === 'marquee' || tag === 'object') b.active.pushMarker();
  else if (selfClosing && !VOID.has(tag) && open.inForeign()) open.pop();
}

/** An end tag in the "in body" insertion mode. */
export function endInBody(b: TreeBuilder, tag: string, s: number, e: number): void {
  const open = b.open;
  if (tag === 'body' || tag === 'html') return;
  if (BLOCK_END.has(tag)) {
    if (!open.hasInScope(tag)) return;
    open.generateImpliedEndTags();
    open.popUntil(tag);
    return;
  }
  if (FORMATTING.has(tag)) return adoptionAgency(b, tag);
  if (HEADINGS.has(tag)) {
    if (![...HEADINGS].some((h) => open.hasInScope(h))) return;
    open.generateImpliedEndTags();
    open.popUntilOneOf(HEADINGS);
    return;
  }
  switch (tag) {
    case 'p':
      if (!open.hasInButtonScope('p')) b.insertElement(createElement('p', {}, s, s), false);
      closeP(b);
      return;
    case 'li':
    case 'dd':
    case 'dt':
      if (!(tag === 'li' ? open.hasInListItemScope(tag) : open.hasInScope(tag))) return;
      open.generateImpliedEndTags(tag);
      open.popUntil(tag);
      return;
    case 'form': {
      const form = b.form;
      b.form = undefined;
      if (!form?.open || !open.hasInScope('form')) return;
      open.generateImpliedEndTags();
      open.remove(form);
      return;
    }
    case 'applet':
    case 'marquee':
    case 'object':
      if (!open.hasInScope(tag)) return;
      open.generateImpliedEndTags();
      open.popUntil(tag);
      b.active.clearToLastMarker();
      return;
    case 'br':
      open.closeTag = '';
      return startInBody(b, 'br', {}, s, e, false);
  }
  anyOtherEndTag(b, tag);
}

/** "Close a p element". */
export function closeP(b: TreeBuilder): void {
  b.open.generateImpliedEndTags('p');
  b.open.popUntil('p');
}

/** A new li (or dd, dt) closes the open one, unless a special element other than address, div, p is nearer. */
function closeListItem(b: TreeBuilder, tag: string): void {
  const li = tag === 'li';
  const stack = b.open.items;
  for (let i = stack.length - 1; i > 0; i--) {
    const t = stack[i].tagName;
    if (li ? t === 'li' : DD_DT.has(t)) {
      b.open.generateImpliedEndTags(t);
      b.open.popUntil(t);
      return;
    }
    if (SPECIAL.has(t) && t !== 'address' && t !== 'div' && t !== 'p') return;
  }
}
