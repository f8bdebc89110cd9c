import { createElement, type HProps } from './nodes';
import { Mode, type TreeBuilder } from './treeBuilder';
import { endInBody, startInBody } from './inBody';
import { CELLS, endInTable, SECTIONS, startInTable } from './inTable';
import { CELL_CLOSERS, IGNORED_END_IN_TABLE } from '../tags';

const TBODY_CONTEXT = new Set(['tbody', 'tfoot', 'thead', 'template', '#root']);
const ROW_CONTEXT = new Set(['tr', 'template', '#root']);

/*
 * The "in table body", "in row", "in cell" and "in caption" insertion modes. The functions return true
 * when the token is to be processed again in the new insertion mode.
 */

export function startInTableBody(
  b: TreeBuilder,
  tag: string,
  props: HProps,
  s: number,
  e: number,
  selfClosing: boolean,
  sig?: string,
): boolean {
  const open = b.open;
  if (tag === 'tr') {
    open.clearBackTo(TBODY_CONTEXT);
    b.insertElement(createElement(tag, props, s, e), false);
    b.mode = Mode.Row;
    return false;
  }
  if (CELLS.has(tag)) {
    open.clearBackTo(TBODY_CONTEXT);
    b.insertElement(createElement('tr', {}, s, s), false);
    b.mode = Mode.Row;
    return true;
  }
  if (tag === 'caption' || tag === 'col' || tag === 'colgroup' || SECTIONS.has(tag)) {
    if (!anySectionInTableScope(b)) return false;
    open.clearBackTo(TBODY_CONTEXT);
    open.pop();
    b.mode = Mode.Table;
    return true;
  }
  return startInTable(b, tag, props, s, e, selfClosing, sig);
}

export function endInTableBody(b: TreeBuilder, tag: string, s: number, e: number): boolean {
  const open = b.open;
  if (SECTIONS.has(tag)) {
    if (!open.hasInTableScope(tag)) return false;
    open.clearBackTo(TBODY_CONTEXT);
    open.pop();
    b.mode = Mode.Table;
    return false;
  }
  if (tag === 'table') {
    if (!anySectionInTableScope(b)) return false;
    open.clearBackTo(TBODY_CONTEXT);
    open.pop();
    b.mode = Mode.Table;
    return true;
  }
  if (!IGNORED_END_IN_TABLE.has(tag)) endInTable(b, tag, s, e);
  return false;
}

export function startInRow(
  b: TreeBuilder,
  tag: string,
  props: HProps,
  s: number,
  e: number,
  selfClosing: boolean,
  sig?: string,
): boolean {
  if (CELLS.has(tag)) {
    b.open.clearBackTo(ROW_CONTEXT);
    b.insertElement(createElement(tag, props, s, e), false);
    b.mode = Mode.Cell;
    b.active.pushMarker();
    return false;
  }
  if (tag === 'tr' || tag === 'caption' || tag === 'col' || tag === 'colgroup' || SECTIONS.has(tag)) {
    if (!b.open.hasInTableScope('tr')) return false;
    closeRow(b);
    return true;
  }
  return startInTable(b, tag, props, s, e, selfClosing, sig);
}

export function endInRow(b: TreeBuilder, tag: string, s: number, e: number): boolean {
  const open = b.open;
  if (tag === 'tr') {
    if (open.hasInTableScope('tr')) closeRow(b);
    return false;
  }
  if (tag === 'table' || SECTIONS.has(tag)) {
    if (SECTIONS.has(tag) && !open.hasInTableScope(tag)) return false;
    if (!open.hasInTableScope('tr')) return false;
    closeRow(b);
    return true;
  }
  if (!IGNORED_END_IN_TABLE.has(tag)) endInTable(b, tag, s, e);
  return false;
}

export function startInCell(
  b: TreeBuilder,
  tag: string,
  props: HProps,
  s: number,
  e: number,
  selfClosing: boolean,
  sig?: string,
): boolean {
  if (CELL_CLOSERS.has(tag)) {
    if (!b.open.hasInTableScope('td') && !b.open.hasInTableScope('th')) return false;
    closeCell(b);
    return true;
  }
  startInBody(b, tag, props, s, e, selfClosing, sig);
  return false;
}

export function endInCell(b: TreeBuilder, tag: string, s: number, e: number): boolean {
  const open = b.open;
  if (CELLS.has(tag)) {
    if (!open.hasInTableScope(tag)) return false;
    open.generateImpliedEndTags();
    open.popUntil(tag);
    b.active.clearToLastMarker();
    b.mode = Mode.Row;
    return false;
  }
  if (tag === 'body' || tag === 'caption' || tag === 'col' || tag === 'colgroup' || tag === 'html') return false;
  if (tag === 'table' || tag === 'tr' || SECTIONS.has(tag)) {
    if (!open.hasInTableScope(tag)) return false;
    closeCell(b);
    return true;
  }
  endInBody(b, tag, s, e);
  return false;
}

export function startInCaption(
  b: TreeBuilder,
  tag: string,
  props: HProps,
  s: number,
  e: number,
  selfClosing: boolean,
  sig?: string,
): boolean {
  if (CELL_CLOSERS.has(tag)) {
    if (!b.open.hasInTableScope('caption')) return false;
    closeCaption(b);
    return true;
  }
  startInBody(b, tag, props, s, e, selfClosing, sig);
  return false;
}

export function endInCaption(b: TreeBuilder, tag: string, s: number, e: number): boolean {
  if (tag === 'caption' || tag === 'table') {
    if (!b.open.hasInTableScope('caption')) return false;
    closeCaption(b);
    return tag === 'table';
  }
  if (!IGNORED_END_IN_TABLE.has(tag)) endInBody(b, tag, s, e);
  return false;
}

function closeCell(b: TreeBuilder): void {
  b.open.generateImpliedEndTags();
  b.open.popUntilOneOf(CELLS);
  b.active.clearToLastMarker();
  b.mode = Mode.Row;
}

function closeRow(b: TreeBuilder): void {
  b.open.clearBackTo(ROW_CONTEXT);
  b.open.pop();
  b.mode = Mode.TableBody;
}

function closeCaption(b: TreeBuilder): void {
  b.open.generateImpliedEndTags();
  b.open.popUntil('caption');
  b.active.clearToLastMarker();
  b.mode = Mode.Table;
}

function anySectionInTableScope(b: TreeBuilder): boolean {
  return b.open.hasInTableScope('tbody') || b.open.hasInTableScope('thead') || b.open.hasInTableScope('tfoot');
}
