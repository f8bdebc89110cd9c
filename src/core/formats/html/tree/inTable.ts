import { createElement, type HProps } from './nodes';
import { Mode, type TreeBuilder } from './treeBuilder';
import { endInBody, startInBody } from './inBody';
import { IGNORED_END_IN_TABLE } from '../tags';

export const SECTIONS = new Set(['tbody', 'tfoot', 'thead']);
export const CELLS = new Set(['td', 'th']);
const TABLE_CONTEXT = new Set(['table', 'template', '#root']);

/*
 * The "in table" insertion mode (inTableSections.ts has table body, row, cell and caption). The
 * functions return true when the token is to be processed again in the new insertion mode.
 */

/** A start tag in the "in table" insertion mode; what does not belong in a table is foster-parented. */
export function startInTable(
  b: TreeBuilder,
  tag: string,
  props: HProps,
  s: number,
  e: number,
  selfClosing: boolean,
  sig?: string,
): boolean {
  const open = b.open;
  switch (tag) {
    case 'caption':
      open.clearBackTo(TABLE_CONTEXT);
      b.active.pushMarker();
      b.insertElement(createElement(tag, props, s, e), false);
      b.mode = Mode.Caption;
      return false;
    case 'colgroup':
    case 'col':
      open.clearBackTo(TABLE_CONTEXT);
      b.insertElement(createElement(tag, props, s, e), true);
      return false;
    case 'tbody':
    case 'tfoot':
    case 'thead':
      open.clearBackTo(TABLE_CONTEXT);
      b.insertElement(createElement(tag, props, s, e), false);
      b.mode = Mode.TableBody;
      return false;
    case 'td':
    case 'th':
    case 'tr':
      open.clearBackTo(TABLE_CONTEXT);
      b.insertElement(createElement('tbody', {}, s, s), false);
      b.mode = Mode.TableBody;
      return true;
    case 'table':
      if (!open.hasInTableScope('table')) return false;
      open.popUntil('table');
      resetMode(b);
      return true;
    case 'style':
    case 'script':
    case 'template':
      b.insertElement(createElement(tag, props, s, e), false);
      return false;
    case 'form':
      if (b.form) return false;
      b.insertElement(createElement(tag, props, s, e), true);
      return false;
  }
  b.foster = true;
  startInBody(b, tag, props, s, e, selfClosing, sig);
  b.foster = false;
  return false;
}

/** An end tag in the "in table" insertion mode. */
export function endInTable(b: TreeBuilder, tag: string, s: number, e: number): void {
  if (tag === 'table') {
    if (!b.open.hasInTableScope('table')) return;
    b.open.popUntil('table');
    resetMode(b);
    return;
  }
  if (IGNORED_END_IN_TABLE.has(tag)) return;
  b.foster = true;
  endInBody(b, tag, s, e);
  b.foster = false;
}

/** "Reset the insertion mode appropriately" after a table closes. */
function resetMode(b: TreeBuilder): void {
  const stack = b.open.items;
  for (let i = stack.length - 1; i > 0; i--) {
    const t = stack[i].tagName;
    if (CELLS.has(t)) return void (b.mode = Mode.Cell);
    if (t === 'tr') return void (b.mode = Mode.Row);
    if (SECTIONS.has(t)) return void (b.mode = Mode.TableBody);
    if (t === 'caption') return void (b.mode = Mode.Caption);
    if (t === 'table') return void (b.mode = Mode.Table);
  }
  b.mode = Mode.Body;
}
