import { CharCode } from '../../charCodes';

/**
 * Where each decoded character of an HTML text node sits in the source: entity references and CRLF
 * make the two differ, and every span the engine reports points into the source.
 */
const ENTITY = /&(#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,8};?|[A-Za-z][A-Za-z0-9]{1,31};?)/y;

/**
 * Where each character of `value` (a decoded text node) starts in the source: walking the source,
 * an entity reference counts as one decoded char (two when astral), CRLF as one; past the node's
 * end, offsets clamp to it. Walks forward only, holding two answers, so no array per text node.
 */
export class Aligner {
  private i = 0;
  private j: number;
  /** Source offset of the low surrogate of an astral entity, due next. */
  private astral = -1;
  private lastK = -1;
  private lastAt = 0;
  private prevK = -1;
  private prevAt = 0;

  constructor(
    private readonly value: string,
    start: number,
    private readonly end: number,
    private readonly src: string,
  ) {
    this.j = start;
  }

  /** Source offset of value[k] (the node's end for k = value.length); k may repeat or step back by one. */
  at(k: number): number {
    if (k >= this.value.length) return this.end;
    if (k === this.prevK) return this.prevAt;
    while (this.lastK < k) this.next();
    return this.lastAt;
  }

  private next(): void {
    const i = this.i++;
    let out: number;
    if (this.astral >= 0) {
      out = this.astral;
      this.astral = -1;
    } else if (this.j >= this.end) {
      out = this.end;
    } else {
      const { src, value } = this;
      const j = (out = this.j);
      const c = src.charCodeAt(j);
      if (c === CharCode.CarriageReturn && value.charCodeAt(i) === CharCode.LineFeed) {
        this.j += src.charCodeAt(j + 1) === CharCode.LineFeed ? 2 : 1;
      } else if (c === CharCode.Ampersand && this.entityAt(i, j)) {
        if ((value.codePointAt(i) ?? 0) > CharCode.LastBmp) this.astral = this.j;
      } else this.j++;
    }
    this.prevK = this.lastK;
    this.prevAt = this.lastAt;
    this.lastK = i;
    this.lastAt = out;
  }

  /** Whether source[j] starts the entity that value[i] decodes (then steps over it). */
  private entityAt(i: number, j: number): boolean {
    ENTITY.lastIndex = j;
    const m = ENTITY.exec(this.src);
    if (!m || m.index + m[0].length > this.end) return false;
    if (this.value[i] === '&' && this.src[j + 1] === this.value[i + 1] && m[0] !== '&amp;') return false;
    this.j += m[0].length;
    return true;
  }
}

/** The source offset of every character of `value` (see Aligner). */
export function alignedOffsets(value: string, start: number, end: number, src: string): number[] {
  const aligner = new Aligner(value, start, end, src);
  const out = new Array<number>(value.length);
  for (let k = 0; k < value.length; k++) out[k] = aligner.at(k);
  return out;
}
