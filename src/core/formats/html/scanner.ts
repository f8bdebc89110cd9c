import { parseHtmlTree } from './tree/parseTree';
import type { HElement, HNode } from './tree/nodes';
import type { Span } from '../../model';
import { footnoteOf } from './structure';
import { TextCollector } from './textCollector';
import { alignedOffsets } from './sourceAlign';
import { scanTable } from './tables';
import type { Block, BlockScanner, Entered, TextBlock } from './blocks';
import { IncrementalWalk } from './incrementalWalk';
import { addSuperMarker, superMarker } from './superMarkers';
import { isContext, readContext, readFact, type XbrlContext } from './xbrlFacts';
import { BLOCK, BOLD_TAGS, isBoldStyle, isHidden, plainText, SKIP } from './tagClasses';

export interface Fact {
  text: string;
  span: Span;
}

export interface HtmlScan {
  blocks: Block[];
  /** Markers printed as a span or font styled superscript (superMarkers.ts), wherever they stand. */
  styledSuperscripts: { value: string; span: Span }[];
  /** Inline XBRL dei: facts by local name (EntityRegistrantName ...), first occurrence. */
  facts: Map<string, Fact>;
  /** Inline XBRL contexts of `ix:header` by id: their periods, for the facts tagged in table cells. */
  contexts: Map<string, XbrlContext>;
  title?: string;
  warnings: string[];
}

const INLINE: Entered = Object.freeze({ bold: false, block: false, pre: false });
const INLINE_BOLD: Entered = Object.freeze({ bold: true, block: false, pre: false });
/** Deeper nesting than this is read as flat text (hostile input must not exhaust the stack). */
const MAX_DEPTH = 300;

export interface ScanOptions {
  /** Keep text blocks' pieces (default true): a rendering needs them, an analysis only spans. */
  keepPieces?: boolean;
  /** End tags between two walks of what the parser has finished (default parseHtmlTree's). */
  progressEvery?: number;
}

/**
 * Parses HTML in text[start, end) and splits it into text blocks and data tables, with source offsets
 * (without `keepPieces`, text blocks keep their span but not where each character came from).
 */
export function scanHtml(text: string, start = 0, end = text.length, options: ScanOptions = {}): HtmlScan {
  const warnings: string[] = [];
  const scanner = new Scanner(text, start, warnings, options.keepPieces ?? true);
  let walk: IncrementalWalk | undefined;
  try {
    // depth 2 as under <html><body>, where parse5 put the content; finished parts are scanned and dropped as the parse goes
    const progress = (root: HElement) => (walk ??= new IncrementalWalk(scanner, root, 2)).advance();
    const tree = parseHtmlTree(text, start, end, progress, options.progressEvery);
    (walk ??= new IncrementalWalk(scanner, tree, 2)).advance(true);
  } catch (e) {
    warnings.push(`The HTML could not be parsed (${(e as Error).message}); it is read as empty.`);
    return { blocks: [], styledSuperscripts: [], facts: new Map(), contexts: new Map(), warnings };
  }
  scanner.flush();
  return {
    blocks: scanner.blocks,
    styledSuperscripts: scanner.styledSuperscripts,
    facts: scanner.facts,
    contexts: scanner.contexts,
    title: scanner.title,
    warnings,
  };
}

export class Scanner implements BlockScanner {
  readonly blocks: Block[] = [];
  readonly styledSuperscripts: { value: string; span: Span }[] = [];
  readonly facts = new Map<string, Fact>();
  readonly contexts = new Map<string, XbrlContext>();
  title?: string;
  private cur: TextCollector | null = null;
  private depthTag?: number;
  private deepWarned = false;
  /** Inside <pre>: source line breaks stay line breaks. */
  private pre = 0;

  constructor(
    readonly source: string,
    readonly base: number,
    readonly warnings: string[],
    /** Keep text blocks' pieces (a rendering needs them; an analysis only needs spans). */
    readonly keepPieces = true,
  ) {}

  startOf(node: HElement | HNode): number {
    return 'start' in node ? node.start : this.base;
  }

  endOf(node: HElement | HNode): number {
    return 'end' in node ? node.end : this.base;
  }

  flush(): void {
    const c = this.cur;
    this.cur = null;
    if (!c || c.isEmpty) return;
    const text = c.text.trimEnd(); // the same characters as /\s+$/, without its backtracking
    if (!text) return;
    const block: TextBlock = {
      kind: 'text',
      text,
      pieces: c.pieces,
      span: c.spanOf(0, text.length),
      bold: c.plainChars === 0 && c.boldChars > 0,
      depth: this.depthTag,
    };
    block.note = footnoteOf(block) ?? null;
    // prose is most of a filing's pieces; only a rendering maps it back character by character
    if (!this.keepPieces) block.pieces = [];
    this.blocks.push(block);
  }

  visitChildren(node: HElement, bold: boolean, depth: number): void {
    for (const child of node.children) this.visit(child, bold, depth + 1);
  }

  visit(node: HNode, bold: boolean, depth: number): void {
    if (node.type === 'text') {
      if (!this.cur) this.cur = new TextCollector(this.source, !this.keepPieces);
      if (this.pre > 0 && node.value.includes('\n')) {
        this.addPreText(node.value, this.startOf(node), this.endOf(node), bold);
      } else this.cur.add(node.value, this.startOf(node), this.endOf(node), bold);
      return;
    }
    if (node.type !== 'element') return;
    const tag = node.tagName;
    this.noteFact(node);
    if (tag === 'title' && !this.title) this.title = plainText(node).trim() || undefined;
    if (SKIP.has(tag) || isHidden(node)) {
      if (tag !== 'script' && tag !== 'style') this.factsOnly(node);
      return;
    }
    if (depth > MAX_DEPTH) {
      this.tooDeep(node);
      return;
    }
    if (tag === 'br') {
      this.cur?.lineBreak(true);
      return;
    }
    const sup = superMarker(node);
    if (sup) {
      this.noteStyled(node, sup);
      return addSuperMarker((this.cur ??= new TextCollector(this.source, !this.keepPieces)), sup, bold);
    }
    if (tag === 'table') {
      this.flush();
      const blocks = scanTable(this, node, depth);
      this.blocks.push(...blocks);
      return;
    }
    const entered = this.enter(node, bold);
    this.visitChildren(node, entered.bold, depth);
    this.leave(entered);
  }

  /** Whether visit() would walk an element's children one by one (not skipped, hidden or too deep). */
  mayEnter(node: HElement, depth: number): boolean {
    return depth <= MAX_DEPTH && !SKIP.has(node.tagName) && !isHidden(node);
  }

  /** What visit() does before an element's children: a block ends the text before it; h1-h6 set the depth. */
  enter(node: HElement, bold: boolean): Entered {
    const tag = node.tagName;
    const b = bold || BOLD_TAGS.has(tag) || isBoldStyle(node);
    if (!(BLOCK.has(tag) || tag === 'tr' || tag === 'td' || tag === 'th')) return b ? INLINE_BOLD : INLINE; // most elements: nothing to undo
    this.flush();
    const entered: Entered = { bold: b, block: true, pre: tag === 'pre', depthTag: this.depthTag };
    const h = /^h([1-6])$/.exec(tag);
    if (h) this.depthTag = Number(h[1]);
    if (entered.pre) this.pre++;
    return entered;
  }

  /** What visit() does after an element's children: undoes enter(). */
  leave(entered: Entered): void {
    if (!entered.block) return;
    if (entered.pre) this.pre--;
    this.flush();
    this.depthTag = entered.depthTag;
  }

  /** Text of a <pre>: each source line stays a line (spaces inside a line still collapse). */
  private addPreText(value: string, start: number, end: number, bold: boolean): void {
    const pos = end - start === value.length ? undefined : alignedOffsets(value, start, end, this.source);
    const at = (k: number) => (pos ? (k < pos.length ? pos[k] : end) : start + k);
    let from = 0;
    for (let i = value.indexOf('\n'); from <= value.length; i = value.indexOf('\n', from)) {
      const to = i < 0 ? value.length : i;
      // CRLF: the CR belongs to the line break, not to the line
      this.cur!.add(
        value.slice(from, to),
        at(from),
        pos && i >= 0 && this.source[at(to) - 1] === '\r' ? at(to) - 1 : at(to),
        bold,
      );
      if (i < 0) break;
      this.cur!.lineBreak(true);
      from = to + 1;
    }
  }

  /** Visits `node`'s content as inline text into `into` (a table cell): blocks become spaces. */
  inline(node: HElement, into: TextCollector, bold: boolean, depth: number): void {
    for (const child of node.children) {
      if (child.type === 'text') {
        into.add(child.value, this.startOf(child), this.endOf(child), bold);
        continue;
      }
      if (child.type !== 'element') continue;
      const tag = child.tagName;
      this.noteFact(child);
      if (tag === 'ix:nonfraction' && !into.fact) into.fact = readFact(child, this.source);
      if (SKIP.has(tag) || isHidden(child)) continue;
      if (depth > MAX_DEPTH) {
        this.tooDeep(child);
        continue;
      }
      if (tag === 'br') {
        into.lineBreak(false);
        continue;
      }
      const sup = into.isEmpty ? undefined : superMarker(child);
      if (sup) {
        this.noteStyled(child, sup);
        addSuperMarker(into, sup, bold);
        continue;
      }
      const block = BLOCK.has(tag) || tag === 'table' || tag === 'tr' || tag === 'td' || tag === 'th';
      if (block) into.space();
      this.inline(child, into, bold || BOLD_TAGS.has(tag) || isBoldStyle(child), depth + 1);
      if (block) into.space();
    }
  }

  /** A span or font styled superscript holding a marker (`<sup>` markers in prose are found in the text). */
  private noteStyled(node: HElement, sup: { value: string; start: number; end: number }): void {
    if (node.tagName !== 'sup') {
      this.styledSuperscripts.push({ value: sup.value, span: { start: sup.start, end: sup.end } });
    }
  }

  private tooDeep(node: HElement): void {
    if (!this.deepWarned) {
      this.warnings.push(`HTML nested deeper than ${MAX_DEPTH} elements; the deepest content is skipped.`);
      this.deepWarned = true;
    }
    void node;
  }

  /** Hidden content (ix:header) is not text, but its dei: facts are metadata and its contexts give facts their periods. */
  private factsOnly(root: HElement): void {
    const stack: HElement[] = [root];
    while (stack.length) {
      const el = stack.pop()!;
      if (isContext(el.tagName)) {
        const ctx = readContext(el, this.source);
        if (ctx && !this.contexts.has(ctx[0])) this.contexts.set(ctx[0], ctx[1]);
        continue;
      }
      this.noteFact(el);
      for (const c of el.children) if (c.type === 'element') stack.push(c);
    }
  }

  private noteFact(node: HElement): void {
    const tag = node.tagName;
    if (tag !== 'ix:nonnumeric' && tag !== 'ix:nonfraction') return;
    const name = String(node.properties?.name ?? '');
    if (!name.startsWith('dei:')) return;
    const key = name.slice(4);
    if (this.facts.has(key)) return;
    const c = new TextCollector(this.source);
    this.inline(node, c, false, 0);
    const text = c.text.trim();
    if (text) this.facts.set(key, { text, span: c.spanOf(0, text.length) });
  }
}
