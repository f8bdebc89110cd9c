import { CharCode } from '../../charCodes';
/**
 * Lines and words of fixed-width (monospaced) text, with visual columns.
 * EDGAR plain text is laid out for a monospaced printer; some filers used TABs (stops every 8 columns),
 * so columns are computed with tabs expanded while offsets stay UTF-16 offsets into the original.
 */

export interface Line {
  /** Offset of the first character. */
  start: number;
  /** Offset after the last character, before the line break (\n or \r\n). */
  end: number;
  /** Offset where the next line starts (text length for the last line). */
  next: number;
}

export interface Word {
  /** Offsets into the original text. */
  start: number;
  end: number;
  /** Visual columns (tabs expanded), end exclusive. */
  c0: number;
  c1: number;
  text: string;
  /** Cached word class bits (see wordKind in fixedWidthRows.ts). */
  k?: number;
}

/** The line starting at `start`, bounded by `limit`. */
export function lineAt(text: string, start: number, limit: number): Line {
  let nl = text.indexOf('\n', start);
  if (nl === -1 || nl >= limit) nl = limit;
  let end = nl;
  if (end > start && text.charCodeAt(end - 1) === CharCode.CarriageReturn) end--;
  return { start, end, next: nl < limit ? nl + 1 : limit };
}

/** All lines of text[from, to). */
export function linesOf(text: string, from: number, to: number): Line[] {
  const lines: Line[] = [];
  let pos = from;
  while (pos < to) {
    const line = lineAt(text, pos, to);
    lines.push(line);
    pos = line.next;
  }
  return lines;
}

function isSpace(code: number): boolean {
  return (
    code === CharCode.Space ||
    code === CharCode.Tab ||
    code === CharCode.FormFeed ||
    code === CharCode.VerticalTab ||
    code === CharCode.CarriageReturn ||
    code === CharCode.NoBreakSpace
  );
}

/** Maximal runs of non-space characters with their visual columns. */
export function wordsOf(text: string, line: Line): Word[] {
  const words: Word[] = [];
  let col = 0;
  let wStart = -1;
  let wCol = 0;
  for (let i = line.start; i < line.end; i++) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      if (wStart !== -1) {
        words.push({ start: wStart, end: i, c0: wCol, c1: col, text: text.slice(wStart, i) });
        wStart = -1;
      }
      col = code === CharCode.Tab ? (Math.floor(col / 8) + 1) * 8 : col + 1;
    } else {
      if (wStart === -1) {
        wStart = i;
        wCol = col;
      }
      // A surrogate pair is one character on screen.
      if (code < CharCode.LowSurrogateFirst || code > CharCode.LowSurrogateLast) col++;
    }
  }
  if (wStart !== -1) {
    words.push({ start: wStart, end: line.end, c0: wCol, c1: col, text: text.slice(wStart, line.end) });
  }
  return words;
}

/** Offset of visual column `target` on the line (line end when the line is shorter). */
export function offsetAtColumn(text: string, line: Line, target: number): number {
  let col = 0;
  for (let i = line.start; i < line.end; i++) {
    if (col >= target) return i;
    const code = text.charCodeAt(i);
    col = code === CharCode.Tab ? (Math.floor(col / 8) + 1) * 8 : col + 1;
  }
  return line.end;
}

/** Whether the line holds only whitespace. */
export function isBlank(text: string, line: Line): boolean {
  for (let i = line.start; i < line.end; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** A rule line: only dashes, equals signs, underscores (and spaces, `|`, `+`), e.g. `-----`, `=====`, PEM's `- ----`. */
export function isRuleLine(text: string, line: Line): boolean {
  let marks = 0;
  for (let i = line.start; i < line.end; i++) {
    const code = text.charCodeAt(i);
    if (code === CharCode.Dash || code === CharCode.Equals || code === CharCode.Underline) marks++;
    else if (!isSpace(code) && code !== CharCode.Pipe && code !== CharCode.Plus) return false; // | and + of boxed forms
  }
  return marks >= 3;
}

/** Collapses whitespace runs to one space (cell text as displayed). */
export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
