import type { Span } from '../../model';
import { lastStartingAtOrBefore } from '../../spanSearch';
import { CharCode } from '../../charCodes';
import type { TaggedFact } from './xbrlFacts';
import { Aligner } from './sourceAlign';

/**
 * Text gathered from HTML text nodes, with whitespace collapsed as a browser shows it, and a piece
 * list saying where each run of it sits in the original source. Pieces are sorted by `at`; inside a
 * piece, text offset `at + k` is source offset `start + k` (entities are pieces of their own).
 */
export interface Piece {
  at: number;
  /** Length of the piece in the collected text. */
  len: number;
  start: number;
  end: number;
}

/** How many leading characters a light collector maps exactly (a footnote marker is at most 8). */
const LIGHT_PREFIX = 32;

/** Same set as /[\s\u00a0\u200b]/, by char code: no regex call per character (a profile hot spot). */
export function isSpaceCode(c: number): boolean {
  if (c <= CharCode.Space) return c === CharCode.Space || (c >= CharCode.Tab && c <= CharCode.CarriageReturn);
  if (c < CharCode.NoBreakSpace) return false;
  return (
    c === CharCode.NoBreakSpace ||
    c === CharCode.OghamSpaceMark ||
    (c >= CharCode.EnQuad && c <= CharCode.ZeroWidthSpace) ||
    c === CharCode.LineSeparator ||
    c === CharCode.ParagraphSeparator ||
    c === CharCode.NarrowNoBreakSpace ||
    c === CharCode.MediumMathematicalSpace ||
    c === CharCode.IdeographicSpace ||
    c === CharCode.ByteOrderMark
  );
}

/** Collects text for one block (paragraph, table cell) and records where each character came from. */
export class TextCollector {
  /** The text so far, as parts joined once when read (no string built per append). */
  private parts: string[] = [];
  /** Its length. */
  private size = 0;
  readonly pieces: Piece[] = [];
  private pendingSpace = false;
  private pendingBreak = false;
  /** Characters (not spaces) outside bold runs; 0 means the whole block is bold. */
  plainChars = 0;
  boldChars = 0;
  /** The first inline XBRL numeric fact (`ix:nonFraction`) whose text went into this collector. */
  fact?: TaggedFact;

  /**
   * `light`: keep the pieces of the first LIGHT_PREFIX characters and of the last character only (one
   * piece, rewritten in place): enough for the text's span and a footnote marker at its start.
   */
  constructor(
    private readonly source: string,
    private readonly light = false,
  ) {}

  /** Records a piece, or in a light collector past its prefix, rewrites the last one. */
  private addPiece(at: number, len: number, start: number, end: number): void {
    const ps = this.pieces;
    const last = ps[ps.length - 1];
    if (this.light && ps.length > 1 && last.at >= LIGHT_PREFIX) {
      last.at = at;
      last.len = len;
      last.start = start;
      last.end = end;
    } else ps.push({ at, len, start, end });
  }

  get isEmpty(): boolean {
    return this.size === 0;
  }

  /** The collected text. */
  get text(): string {
    if (this.parts.length > 1) this.parts = [this.parts.join('')];
    return this.parts.length ? this.parts[0] : '';
  }

  private append(s: string): void {
    this.parts.push(s);
    this.size += s.length;
  }

  /** A separator between inline parts (cells of a nested table, blocks inside a cell). */
  space(): void {
    if (this.size > 0) this.pendingSpace = true;
  }

  /** A line break (<br>) when the collector keeps lines, else a space. */
  lineBreak(keep: boolean): void {
    if (this.size === 0) return;
    this.pendingSpace = true;
    if (keep) this.pendingBreak = true;
  }

  /** Appends a literal string that has no place in the source (a separator). */
  literal(s: string): void {
    this.flushSpace();
    this.append(s);
  }

  /** Appends a decoded text node `value` whose source is `source.slice(start, end)`. */
  add(value: string, start: number, end: number, bold = false): void {
    const exact = end - start === value.length;
    let aligner: Aligner | undefined;
    let i = 0;
    while (i < value.length) {
      const c = value.charCodeAt(i);
      if (isSpaceCode(c)) {
        // a single plain space between words stays part of the contiguous run
        if (
          exact &&
          c === CharCode.Space &&
          !this.pendingSpace &&
          this.size > 0 &&
          i + 1 < value.length &&
          !isSpaceCode(value.charCodeAt(i + 1))
        ) {
          this.push(' ', start + i, start + i + 1);
        } else if (this.size > 0) this.pendingSpace = true;
        i++;
        continue;
      }
      // a run of non-space characters; when exact, words joined by single plain spaces too (one
      // append instead of one per word and space: the same text and pieces, less string churn)
      let j = i + 1;
      let spaces = 0;
      while (j < value.length) {
        const d = value.charCodeAt(j);
        if (!isSpaceCode(d)) j++;
        else if (exact && d === CharCode.Space && j + 1 < value.length && !isSpaceCode(value.charCodeAt(j + 1))) {
          j += 2;
          spaces++;
        } else break;
      }
      this.flushSpace();
      if (exact) this.push(value.slice(i, j), start + i, start + j);
      else this.addAligned(value, i, j, (aligner ??= new Aligner(value, start, end, this.source)));
      if (bold) this.boldChars += j - i - spaces;
      else this.plainChars += j - i - spaces;
      i = j;
    }
  }

  private flushSpace(): void {
    if (this.pendingSpace && this.size > 0) {
      const last = this.pieces[this.pieces.length - 1];
      // the space maps to the source right after the previous run
      if (last && last.at + last.len === this.size) {
        this.addPiece(this.size, 1, last.end, last.end);
      }
      this.append(this.pendingBreak ? '\n' : ' ');
    }
    this.pendingSpace = false;
    this.pendingBreak = false;
  }

  private push(s: string, start: number, end: number): void {
    this.piece(this.size, s.length, start, end);
    this.append(s);
  }

  /** Records that text[at, at + len) comes from source[start, end), joined to the previous piece when contiguous. */
  private piece(at: number, len: number, start: number, end: number): void {
    const last = this.pieces[this.pieces.length - 1];
    if (
      last &&
      last.end === start &&
      last.at + last.len === at &&
      last.len === last.end - last.start &&
      len === end - start
    ) {
      last.end = end;
      last.len += len;
    } else {
      this.addPiece(at, len, start, end);
    }
  }

  /** Value run [i, j) of a text node whose source differs in length (entities, CRLF): exact runs and entity pieces. */
  private addAligned(value: string, i: number, j: number, al: Aligner): void {
    const base = this.size - i;
    let k = i;
    let s = al.at(k);
    while (k < j) {
      const e = al.at(k + 1);
      if (e - s === 1) {
        // a run of characters one source character each
        let m = k + 1;
        let runEnd = e;
        while (m < j) {
          const next = al.at(m + 1);
          if (next - runEnd !== 1) break;
          runEnd = next;
          m++;
        }
        this.piece(base + k, m - k, s, s + (m - k));
        k = m;
        s = runEnd;
      } else {
        // one decoded char standing for an entity (or CRLF): all of its source
        this.addPiece(base + k, 1, s, Math.max(s, e));
        k++;
        s = e;
      }
    }
    this.append(value.slice(i, j));
  }

  /** Source span of text[from, to) (trimmed text indexes), from the pieces. */
  spanOf(from: number, to: number): Span {
    return { start: this.sourceAt(from, false), end: this.sourceAt(to, true) };
  }

  /** Source offset of text index `i`; `isEnd` picks the end of the previous char when between pieces. */
  sourceAt(i: number, isEnd: boolean): number {
    return sourceOffset(this.pieces, i, isEnd);
  }
}

const pieceAt = (p: Piece): number => p.at;

/** Source offset for text index i given sorted pieces (isEnd: i is an exclusive end). */
export function sourceOffset(pieces: Piece[], i: number, isEnd: boolean): number {
  if (pieces.length === 0) return 0;
  const key = isEnd ? i - 1 : i;
  const p = pieces[Math.max(0, lastStartingAtOrBefore(pieces, key, pieceAt))];
  if (key < p.at) return p.start;
  const k = key - p.at;
  if (k >= p.len) return p.end;
  if (p.len !== p.end - p.start) return isEnd ? p.end : p.start; // an entity: all of it
  return p.start + k + (isEnd ? 1 : 0);
}
