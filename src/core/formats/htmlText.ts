import type { Span } from '../model';

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

/** Same set as /[\s\u00a0\u200b]/, by char code: no regex call per character (a profile hot spot). */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Collects text for one block (paragraph, table cell) and records where each character came from. */
export class TextCollector {
  text = '';
  readonly pieces: Piece[] = [];
  private pendingSpace = false;
  private pendingBreak = false;
  /** Characters (not spaces) outside bold runs; 0 means the whole block is bold. */
  plainChars = 0;
  boldChars = 0;

  constructor(private readonly source: string) {}

  get isEmpty(): boolean {
    return this.text.length === 0;
  }

  /** A separator between inline parts (cells of a nested table, blocks inside a cell). */
  space(): void {
    if (this.text.length > 0) this.pendingSpace = true;
  }

  /** A line break (<br>) when the collector keeps lines, else a space. */
  lineBreak(keep: boolean): void {
    if (this.text.length === 0) return;
    this.pendingSpace = true;
    if (keep) this.pendingBreak = true;
  }

  /** Appends a literal string that has no place in the source (a separator). */
  literal(s: string): void {
    this.flushSpace();
    this.text += s;
  }

  /** Appends a decoded text node `value` whose source is `source.slice(start, end)`. */
  add(value: string, start: number, end: number, bold = false): void {
    const exact = end - start === value.length;
    let pos: number[] | undefined;
    let i = 0;
    while (i < value.length) {
      const c = value.charCodeAt(i);
      if (isSpaceCode(c)) {
        // a single plain space between words stays part of the contiguous run
        if (exact && c === 32 && !this.pendingSpace && this.text.length > 0 && i + 1 < value.length && !isSpaceCode(value.charCodeAt(i + 1))) {
          this.push(' ', start + i, start + i + 1);
        } else if (this.text.length > 0) this.pendingSpace = true;
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
        else if (exact && d === 32 && j + 1 < value.length && !isSpaceCode(value.charCodeAt(j + 1))) {
          j += 2;
          spaces++;
        } else break;
      }
      this.flushSpace();
      if (exact) this.push(value.slice(i, j), start + i, start + j);
      else this.addAligned(value, i, j, (pos ??= alignedOffsets(value, start, end, this.source)), end);
      if (bold) this.boldChars += j - i - spaces;
      else this.plainChars += j - i - spaces;
      i = j;
    }
  }

  private flushSpace(): void {
    if (this.pendingSpace && this.text.length > 0) {
      const last = this.pieces[this.pieces.length - 1];
      // the space maps to the source right after the previous run
      if (last && last.at + last.len === this.text.length) {
        this.pieces.push({ at: this.text.length, len: 1, start: last.end, end: last.end });
      }
      this.text += this.pendingBreak ? '\n' : ' ';
    }
    this.pendingSpace = false;
    this.pendingBreak = false;
  }

  private push(s: string, start: number, end: number): void {
    const last = this.pieces[this.pieces.length - 1];
    const at = this.text.length;
    if (last && last.end === start && last.at + last.len === at && last.len === last.end - last.start) {
      last.end = end; // contiguous with the previous piece
      last.len += s.length;
    } else {
      this.pieces.push({ at, len: s.length, start, end });
    }
    this.text += s;
  }

  /** Value run [i, j) of a text node whose source differs in length (entities, CRLF): exact runs and entity pieces. */
  private addAligned(value: string, i: number, j: number, pos: number[], end: number): void {
    const charEnd = (m: number) => (m + 1 < pos.length ? pos[m + 1] : end);
    let k = i;
    while (k < j) {
      if (charEnd(k) - pos[k] === 1) {
        let m = k + 1;
        while (m < j && charEnd(m) - pos[m] === 1 && pos[m] === pos[m - 1] + 1) m++;
        this.push(value.slice(k, m), pos[k], pos[k] + (m - k));
        k = m;
      } else {
        // one decoded char standing for an entity (or CRLF): all of its source
        this.pieces.push({ at: this.text.length, len: 1, start: pos[k], end: Math.max(pos[k], charEnd(k)) });
        this.text += value[k];
        k++;
      }
    }
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

/** Source offset for text index i given sorted pieces (isEnd: i is an exclusive end). */
export function sourceOffset(pieces: Piece[], i: number, isEnd: boolean): number {
  if (pieces.length === 0) return 0;
  const key = isEnd ? i - 1 : i;
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pieces[mid].at <= key) lo = mid;
    else hi = mid - 1;
  }
  const p = pieces[lo];
  if (key < p.at) return p.start;
  const k = key - p.at;
  if (k >= p.len) return p.end;
  if (p.len !== p.end - p.start) return isEnd ? p.end : p.start; // an entity: all of it
  return p.start + k + (isEnd ? 1 : 0);
}

const ENTITY = /&(#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,8};?|[A-Za-z][A-Za-z0-9]{1,31};?)/y;

/**
 * For each index of `value` (a decoded text node), the source offset where it starts, found by
 * walking the source and treating each entity reference as one (or two, astral) decoded chars and
 * CRLF as one. Falls back to clamping when the two cannot be aligned.
 */
export function alignedOffsets(value: string, start: number, end: number, src: string): number[] {
  const out = new Array<number>(value.length);
  let j = start;
  for (let i = 0; i < value.length; i++) {
    if (j >= end) {
      out[i] = end;
      continue;
    }
    out[i] = j;
    const c = src.charCodeAt(j);
    if (c === 13 && value.charCodeAt(i) === 10) {
      j += src.charCodeAt(j + 1) === 10 ? 2 : 1;
      continue;
    }
    if (c === 38 /* & */) {
      ENTITY.lastIndex = j;
      const m = ENTITY.exec(src);
      if (m && m.index + m[0].length <= end && !(value[i] === '&' && src[j + 1] === value[i + 1] && m[0] !== '&amp;')) {
        j += m[0].length;
        const code = value.codePointAt(i) ?? 0;
        if (code > 0xffff) {
          out[++i] = j;
        }
        continue;
      }
    }
    j++;
  }
  return out;
}
