import type { Span } from './model';
import { lastAtOrBefore } from './spanSearch';
import { CharCode } from './charCodes';

/** 0-based line and UTF-16 column. */
export interface LineCol {
  line: number;
  column: number;
}

/** Maps offsets to lines and columns in O(log lines). Build once per text. */
export class LineIndex {
  private readonly starts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** End of the line's text, before its line break (\n or \r\n). */
  lineEnd(line: number): number {
    let end = line + 1 < this.starts.length ? this.starts[line + 1] - 1 : this.text.length;
    if (end > this.lineStart(line) && this.text.charCodeAt(end - 1) === CharCode.CarriageReturn) end--;
    return end;
  }

  lineAt(offset: number): number {
    return Math.max(0, lastAtOrBefore(this.starts, offset));
  }

  position(offset: number): LineCol {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(o);
    return { line, column: o - this.starts[line] };
  }

  offset(pos: LineCol): number {
    return Math.min(this.lineStart(pos.line) + pos.column, this.text.length);
  }

  range(span: Span): { start: LineCol; end: LineCol } {
    return { start: this.position(span.start), end: this.position(span.end) };
  }
}
