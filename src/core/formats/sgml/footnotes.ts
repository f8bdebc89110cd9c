/**
 * Footnote definitions in EDGAR plain text: `<F1> text` lines in `<FN>` blocks, `* Less than 1%` legends,
 * and `(1) text` paragraphs under a table. A definition runs over its continuation lines until a blank
 * line, a rule line or the next marker.
 */
import type { RawFootnote } from '../../model';
import { type Line, type Word, isBlank, isRuleLine, wordsOf } from './fixedWidthLine';
import { footnoteKey } from '../../tables/markers';

const MARK = /^(?:\*{1,3}|\(\d{1,2}\)|\([a-z]\)|\d{1,2}\)|<F\d{1,3}>|[\u2020\u2021]{1,2})/i;

/** Where a footnote definition starts on this line: marker and the first word of its text. */
export function footnoteStart(
  words: Word[],
): { marker: string; markerStart: number; markerEnd: number; textStart: number } | null {
  const first = words[0];
  if (!first) return null;
  const m = MARK.exec(first.text);
  if (!m) return null;
  if (m[0].length === first.text.length) {
    if (words.length < 2) return null;
    return { marker: m[0], markerStart: first.start, markerEnd: first.end, textStart: words[1].start };
  }
  // Glued: "<F1>Does not include" (but not "**Bold" or a number like "1)2").
  if (!/^<F|^\(/i.test(m[0]) || !/^[A-Za-z"']/.test(first.text.slice(m[0].length))) return null;
  return {
    marker: m[0],
    markerStart: first.start,
    markerEnd: first.start + m[0].length,
    textStart: first.start + m[0].length,
  };
}

/** Collects definitions line by line. */
export class FootnoteCollector {
  readonly footnotes: RawFootnote[] = [];
  private open: { marker: string; markerStart: number; markerEnd: number; textStart: number; textEnd: number } | null =
    null;

  constructor(private readonly text: string) {}

  /** Feeds one line; returns false when the line is neither a definition nor its continuation. */
  feed(line: Line, words?: Word[]): boolean {
    if (isBlank(this.text, line) || isRuleLine(this.text, line)) {
      this.close();
      return false;
    }
    const ws = words ?? wordsOf(this.text, line);
    const start = footnoteStart(ws);
    if (start) {
      this.close();
      this.open = { ...start, textEnd: ws[ws.length - 1].end };
      return true;
    }
    if (this.open) {
      this.open.textEnd = ws[ws.length - 1].end;
      return true;
    }
    return false;
  }

  get isOpen(): boolean {
    return this.open !== null;
  }

  close(): void {
    const o = this.open;
    if (!o) return;
    this.open = null;
    const body = this.text.slice(o.textStart, o.textEnd).replace(/\s+/g, ' ').trim();
    if (!/[A-Za-z]/.test(body)) return; // "* * *" separators, "(1)   2,345" rows
    this.footnotes.push({
      marker: o.marker,
      key: footnoteKey(o.marker),
      text: body,
      span: { start: o.markerStart, end: o.textEnd },
      markerSpan: { start: o.markerStart, end: o.markerEnd },
    });
  }
}
