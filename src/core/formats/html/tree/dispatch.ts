import type { HProps } from './nodes';
import { Mode, type TreeBuilder } from './treeBuilder';
import { endInHead, startInHead } from './inHead';
import { endInBody, startInBody } from './inBody';
import { endInTable, startInTable } from './inTable';
import {
  endInCaption,
  endInCell,
  endInRow,
  endInTableBody,
  startInCaption,
  startInCell,
  startInRow,
  startInTableBody,
} from './inTableSections';
import { isQuirksDoctype } from '../tags';

const INTEGRATION_POINTS = new Set([
  'foreignobject',
  'desc',
  'title',
  'mi',
  'mo',
  'mn',
  'ms',
  'mtext',
  'annotation-xml',
]);
/** HTML start tags that end svg/math content (and a <font> with color, face or size). */
const FONT_BREAKS_FOREIGN = /^(color|face|size)=/;
const BREAKS_FOREIGN = new Set(
  (
    'b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img li listing menu meta ' +
    'nobr ol p pre ruby s small span strong strike sub sup table tt u ul var'
  ).split(' '),
);

/*
 * The tokens of tree construction (text is in text.ts), each handed to the current insertion mode's
 * function, again while that function asks for it to be reprocessed in a new mode.
 */

export function declaration(b: TreeBuilder, decl: string): void {
  if (!b.seenElement && /^doctype/i.test(decl)) b.quirks = isQuirksDoctype(decl);
}

export function startTag(
  b: TreeBuilder,
  tag: string,
  props: HProps,
  start: number,
  end: number,
  selfClosing: boolean,
  sig?: string,
): void {
  b.dropNewline = false;
  b.seenElement = true;
  const open = b.open;
  open.closeStart = start;
  open.closeEnd = end;
  open.closeTag = '';
  if (
    open.inForeign() &&
    (BREAKS_FOREIGN.has(tag) ||
      (tag === 'font' && !!sig && sig.split('\u0000').some((a) => FONT_BREAKS_FOREIGN.test(a))))
  ) {
    leaveForeign(b);
  }
  while (startInMode(b, tag, props, start, end, selfClosing, sig));
}

export function endTag(b: TreeBuilder, tag: string, start: number, end: number): void {
  b.dropNewline = false;
  const open = b.open;
  open.closeStart = start;
  open.closeEnd = end;
  open.closeTag = tag;
  if (tag === 'br' || tag === 'p') leaveForeign(b);
  else if (open.inForeign()) {
    const stack = open.items;
    for (let i = stack.length - 1; i > 0; i--) {
      const node = stack[i];
      if (node.tagName === tag) return open.popUntilNode(node);
      if (node.tagName === 'svg' || node.tagName === 'math') break;
    }
  }
  while (endInMode(b, tag, start, end));
}

/** The end of the input: every open element ends at `end`. */
export function finish(b: TreeBuilder, end: number): void {
  b.open.closeStart = end;
  b.open.closeTag = '';
  b.open.popAll();
  b.root.end = end;
}

/** An HTML tag inside svg/math (outside its HTML islands) closes the svg/math content. */
function leaveForeign(b: TreeBuilder): void {
  const open = b.open;
  while (open.inForeign() && !INTEGRATION_POINTS.has(open.current.tagName)) open.pop();
}

/** Whether the start tag is to be processed again (in the new mode). */
function startInMode(
  b: TreeBuilder,
  tag: string,
  props: HProps,
  s: number,
  e: number,
  selfClosing: boolean,
  sig?: string,
): boolean {
  switch (b.mode) {
    case Mode.Initial:
      return startInHead(b, tag, props, s, e);
    case Mode.Table:
      return startInTable(b, tag, props, s, e, selfClosing, sig);
    case Mode.TableBody:
      return startInTableBody(b, tag, props, s, e, selfClosing, sig);
    case Mode.Row:
      return startInRow(b, tag, props, s, e, selfClosing, sig);
    case Mode.Cell:
      return startInCell(b, tag, props, s, e, selfClosing, sig);
    case Mode.Caption:
      return startInCaption(b, tag, props, s, e, selfClosing, sig);
    default:
      startInBody(b, tag, props, s, e, selfClosing, sig);
      return false;
  }
}

/** Whether the end tag is to be processed again (in the new mode). */
function endInMode(b: TreeBuilder, tag: string, s: number, e: number): boolean {
  switch (b.mode) {
    case Mode.Initial:
      return endInHead(b, tag, s);
    case Mode.Table:
      endInTable(b, tag, s, e);
      return false;
    case Mode.TableBody:
      return endInTableBody(b, tag, s, e);
    case Mode.Row:
      return endInRow(b, tag, s, e);
    case Mode.Cell:
      return endInCell(b, tag, s, e);
    case Mode.Caption:
      return endInCaption(b, tag, s, e);
    default:
      endInBody(b, tag, s, e);
      return false;
  }
}
