import { lastAtOrBefore, lastStartingAtOrBefore } from '../spanSearch';

/**
 * Maps offsets of a rendering back to the source it was made from (and forth). Built from sorted
 * segments: rendered [out, out + len) came from source [src, src + srcLen); when len === srcLen the
 * mapping is char for char, else (an entity, a collapsed run) every char maps to the segment's start.
 * Rendered text between segments (tabs, newlines, "- ") maps to the end of the segment before it.
 */
export class OffsetMap {
  private readonly out: number[] = [];
  private readonly len: number[] = [];
  private readonly src: number[] = [];
  private readonly srcLen: number[] = [];
  private bySource?: number[];

  /** Adds a segment; segments must come in increasing `out` order. */
  add(out: number, len: number, src: number, srcLen: number): void {
    const n = this.out.length;
    if (n > 0 && len === srcLen) {
      const k = n - 1;
      // extend a contiguous exact segment
      if (this.len[k] === this.srcLen[k] && this.out[k] + this.len[k] === out && this.src[k] + this.srcLen[k] === src) {
        this.len[k] += len;
        this.srcLen[k] += srcLen;
        return;
      }
    }
    this.out.push(out);
    this.len.push(len);
    this.src.push(src);
    this.srcLen.push(srcLen);
    this.bySource = undefined;
  }

  /** Rebuilds a map from `segments()` (a rendering that crossed threads). */
  static fromSegments(segments: readonly (readonly [number, number, number, number])[]): OffsetMap {
    const map = new OffsetMap();
    for (const [out, len, src, srcLen] of segments) map.add(out, len, src, srcLen);
    return map;
  }

  get size(): number {
    return this.out.length;
  }

  /** The segments as [rendered start, rendered length, source start, source length]. */
  segments(): [number, number, number, number][] {
    return this.out.map((o, i) => [o, this.len[i], this.src[i], this.srcLen[i]]);
  }

  /** Source offset of rendered offset `offset`. */
  toSource(offset: number): number {
    const i = lastAtOrBefore(this.out, offset);
    if (i < 0) return this.src.length ? this.src[0] : 0;
    const k = offset - this.out[i];
    if (k >= this.len[i]) return this.src[i] + this.srcLen[i];
    if (this.len[i] !== this.srcLen[i]) return this.src[i];
    return this.src[i] + k;
  }

  /** Rendered offset showing source offset `offset` (the nearest segment at or before it). */
  toRendered(offset: number): number {
    if (!this.bySource) {
      this.bySource = this.out.map((_, i) => i).sort((a, b) => this.src[a] - this.src[b] || a - b);
    }
    const order = this.bySource;
    const src = this.src;
    const best = lastStartingAtOrBefore(order, offset, (i) => src[i]);
    if (best < 0) return order.length ? this.out[order[0]] : 0;
    const i = order[best];
    const k = offset - this.src[i];
    if (k >= this.srcLen[i]) return this.out[i] + this.len[i];
    if (this.len[i] !== this.srcLen[i]) return this.out[i];
    return this.out[i] + k;
  }
}

/** Builds a rendering and its OffsetMap together. */
export class RenderWriter {
  private readonly parts: string[] = [];
  length = 0;
  readonly map = new OffsetMap();

  /** Text with no place in the source (separators, prefixes). */
  write(s: string): void {
    if (!s) return;
    this.parts.push(s);
    this.length += s.length;
  }

  /** Text that is source[start, end) (char for char when the lengths agree). */
  mapped(s: string, start: number, end: number): void {
    if (!s) return;
    this.map.add(this.length, s.length, start, end - start);
    this.write(s);
  }

  /** Text whose pieces say where each run came from (offsets into `s`). */
  pieces(
    s: string,
    pieces: { at: number; len: number; start: number; end: number }[],
    fallback: { start: number; end: number },
  ): void {
    if (!s) return;
    if (pieces.length === 0) {
      this.mapped(s, fallback.start, fallback.end);
      return;
    }
    const base = this.length;
    for (const p of pieces) {
      if (p.at >= s.length) break;
      const len = Math.min(p.len, s.length - p.at);
      this.map.add(base + p.at, len, p.start, len === p.len ? p.end - p.start : Math.min(len, p.end - p.start));
    }
    this.write(s);
  }

  /** The last `n` characters written (for blank-line bookkeeping). */
  tail(n: number): string {
    let s = '';
    for (let i = this.parts.length - 1; i >= 0 && s.length < n; i--) s = this.parts[i] + s;
    return s.slice(-n);
  }

  toString(): string {
    return this.parts.join('');
  }
}
