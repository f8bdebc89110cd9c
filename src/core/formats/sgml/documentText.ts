/**
 * A plain-text EDGAR document body, in one pass over its lines: `<TABLE>` blocks (fixed-width tables),
 * headings (`PART II`, `ITEM 7. ...`, `Item 12.`, stand-alone ALL-CAPS titles) and the footnotes and
 * legends just under each table. `<PAGE>` breaks are skipped.
 */
import type { RawFootnote, RawHeading, RawTable } from '../../model';
import { type Line, isBlank, isRuleLine, lineAt, wordsOf } from './fixedWidthLine';
import { readTableBlock } from './fixedWidthTable';
import { FootnoteCollector, footnoteStart } from './footnotes';
import { findUntaggedTables, mayBeRow } from './untaggedTable';
import { CharCode } from '../../charCodes';

export interface TextResult {
  headings: RawHeading[];
  tables: RawTable[];
  footnotes: RawFootnote[];
  warnings: string[];
}

const PART = /^PART\s+(?:[IVX]{1,4}|\d{1,2})\b\.?(?:\s*$|\s*[-\u2013\u2014:.]|\s+[A-Z"'])/i;
const ITEM = /^ITEM\s+\d{1,2}[A-C]?(?:\(?[a-z]\)?)?(?:\s*[.:]|\s+[-\u2013\u2014]|\s*$|\s+[A-Z"'(])/i;
const MAX_TABLE_LINES = 5000;

function trimmed(text: string, line: Line): { start: number; end: number } {
  let s = line.start;
  let e = line.end;
  while (s < e && text.charCodeAt(s) <= CharCode.Space) s++;
  while (e > s && text.charCodeAt(e - 1) <= CharCode.Space) e--;
  return { start: s, end: e };
}

/** An ALL-CAPS title: letters, mostly upper case, short, not a column layout or a dotted index line. */
function isCapsTitle(t: string): boolean {
  if (t.length < 4 || t.length > 100 || t.charCodeAt(0) === CharCode.LessThan) return false;
  if (/[a-z]/.test(t) || !/[A-Z]{3}/.test(t) || /\s{5,}|\.{3}|\. \. \./.test(t)) return false;
  if (t.charCodeAt(0) === CharCode.OpenParen && t.charCodeAt(t.length - 1) === CharCode.CloseParen) return false; // "(DOLLARS IN MILLIONS)", "(MARK ONE)"
  const letters = t.replace(/[^A-Z]/g, '').length;
  return letters >= t.replace(/\s/g, '').length * 0.6;
}

export function readPlainText(text: string, from: number, to: number): TextResult {
  const out: TextResult = { headings: [], tables: [], footnotes: [], warnings: [] };
  let prevBlank = true;
  let pos = from;
  // Lines outside <TABLE> blocks, and which of them may be rows of an untagged table.
  const prose: Line[] = [];
  const candidates: number[] = [];
  while (pos < to) {
    const line = lineAt(text, pos, to);
    pos = line.next;
    if (line.end - line.start > 8 && mayBeRow(text, line)) candidates.push(prose.length);
    prose.push(line);
    const { start, end } = trimmed(text, line);
    if (start === end) {
      prevBlank = true;
      continue;
    }
    const c = text.charCodeAt(start);
    if (c === CharCode.LessThan && /^<TABLE>/i.test(text.slice(start, start + 7))) {
      prose.pop(); // the block is not prose
      if (candidates[candidates.length - 1] === prose.length) candidates.pop();
      pos = readTable(text, line, to, out);
      prevBlank = true;
      continue;
    }
    if (c === CharCode.LessThan && /^<PAGE>/i.test(text.slice(start, start + 6))) {
      prevBlank = true;
      continue;
    }
    if (
      end - start <= 120 &&
      (c === CharCode.P || c === CharCode.p || c === CharCode.I || c === CharCode.i || prevBlank)
    ) {
      const t = text.slice(start, end);
      const next = lineAt(text, line.next, to);
      const nextBlank = line.next >= to || isBlank(text, next);
      const item = PART.test(t) || ITEM.test(t);
      if (item ? prevBlank || /^(PART|ITEM)\b/.test(t) : prevBlank && nextBlank && isCapsTitle(t)) {
        let heading = { title: t.replace(/\s+/g, ' '), span: { start, end } };
        // "ITEM 7. MANAGEMENT'S DISCUSSION ... AND RESULTS" wrapped onto "  OF OPERATIONS".
        if (item && !nextBlank && t.length >= 60 && !/[a-z]/.test(t)) {
          const more = trimmed(text, next);
          const rest = text.slice(more.start, more.end);
          if (
            rest.length <= 60 &&
            !/[a-z]/.test(rest) &&
            /[A-Z]{2}/.test(rest) &&
            !ITEM.test(rest) &&
            !PART.test(rest)
          ) {
            heading = { title: `${heading.title} ${rest.replace(/\s+/g, ' ')}`, span: { start, end: more.end } };
          }
        }
        out.headings.push(heading);
      }
    }
    prevBlank = false;
  }
  if (candidates.length >= 2) addUntagged(text, prose, candidates, out);
  return out;
}

/** Tables without <TABLE> tags; headings found inside them were rows, not headings. */
function addUntagged(text: string, prose: Line[], candidates: number[], out: TextResult): void {
  const found = findUntaggedTables(text, prose, candidates);
  if (!found.tables.length) return;
  for (const t of found.tables) {
    const before = textBefore(text, t.span.start);
    if (before) t.before = before;
  }
  const inside = (at: number) => found.tables.some((t) => at >= t.span.start && at < t.span.end);
  out.headings = out.headings.filter((h) => !inside(h.span.start));
  out.tables = [...out.tables, ...found.tables].sort((a, b) => a.span.start - b.span.start);
}

/** Reads the <TABLE> block starting at `open`; returns where reading resumes. */
function readTable(text: string, open: Line, to: number, out: TextResult): number {
  const lines: Line[] = [open];
  let pos = open.next;
  let closed = false;
  while (pos < to && lines.length < MAX_TABLE_LINES) {
    const line = lineAt(text, pos, to);
    pos = line.next;
    const s = trimmed(text, line).start;
    if (/^<\/TABLE>/i.test(text.slice(s, s + 8))) {
      closed = true;
      lines.push(line);
      break;
    }
    lines.push(line);
  }
  if (!closed) {
    out.warnings.push(`A <TABLE> at offset ${open.start} has no </TABLE>; read up to ${lines.length} lines.`);
  }
  const inner = closed ? lines.slice(0, -1) : lines;
  const block = readTableBlock(text, inner);
  if (!block.tables.length) {
    // A <TABLE> block without <S>/<C> markers: find its columns from the figures instead.
    const rows = inner.map((l, i) => (mayBeRow(text, l) ? i : -1)).filter((i) => i > 0);
    block.tables.push(
      ...findUntaggedTables(
        text,
        inner.slice(1),
        rows.map((i) => i - 1),
      ).tables,
    );
  }
  const blockEnd = lines[lines.length - 1].end;
  const before = textBefore(text, open.start);
  // Footnotes and legends just under the table, up to the next paragraph of prose; notes that run on
  // past a page break (a page number, `<PAGE>`, the next note) are followed onto the next page.
  const notes = new FootnoteCollector(text);
  let scan = pos;
  let afterEnd = block.legend.length ? block.legend[block.legend.length - 1].end : blockEnd;
  let blank = 0;
  let prose = 0;
  let footer = true; // since the last note line, nothing but blanks and a page number
  let turned = false; // just past a <PAGE>: the next line must open a note
  for (let n = 0; scan < to && n < 60; n++) {
    const line = lineAt(text, scan, to);
    if (isBlank(text, line) || isRuleLine(text, line)) {
      notes.close();
      blank++;
      scan = line.next;
      continue;
    }
    const ws = wordsOf(text, line);
    if (/^<PAGE>/i.test(ws[0].text) && footer && (notes.isOpen || notes.footnotes.length > 0)) {
      notes.close();
      turned = true;
      prose = 0;
      scan = line.next;
      continue;
    }
    if (/^<(TABLE|PAGE)>/i.test(ws[0].text)) break;
    const isNote = footnoteStart(ws) !== null || (notes.isOpen && blank === 0);
    if (turned && !isNote) break;
    turned = false;
    if (!isNote) {
      if (!(ws.length === 1 && /^-?\d{1,3}-?$/.test(ws[0].text))) footer = false;
      // One short legend line ("NM: Not Meaningful", "C: Cash; N: Noncash") is kept as `after`.
      if (prose === 0 && ws.length <= 8 && !notes.isOpen) afterEnd = Math.max(afterEnd, line.end);
      if (prose++ > 0 || blank > 1 || ws.length > 6) break;
      scan = line.next;
      blank = 0;
      continue;
    }
    notes.feed(line, ws);
    afterEnd = line.end;
    blank = 0;
    footer = true;
    n = 0; // a long run of notes is read to its end
    scan = line.next;
  }
  notes.close();
  const after = [...block.legend.map((s) => text.slice(s.start, s.end).trim()), text.slice(blockEnd, afterEnd).trim()]
    .join('\n')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/^[-=_ ]+$|^\d{1,3}$/.test(l))
    .join('\n');
  block.tables.forEach((t, i) => {
    if (before) t.before = before;
    if (i === block.tables.length - 1) {
      t.span.end = Math.max(t.span.end, blockEnd);
      if (after) t.after = after.slice(0, 4000);
    }
  });
  if (block.tables.length) block.tables[0].span.start = open.start;
  out.tables.push(...block.tables);
  // "(d) FINANCIAL STATEMENT SCHEDULE" under a table is a list heading, not a footnote.
  const defs = notes.footnotes.filter((f) => /[a-z]/.test(f.text) || f.text.length > 80);
  out.footnotes.push(...block.footnotes, ...defs);
  return pos;
}

/**
 * Up to three title-like lines just above `at`, nearest last: titles, "(In thousands)", a one-line
 * lead-in. Wrapped prose paragraphs are passed over (their last line is no title), so the heading above
 * the paragraph that introduces a table ("SELLING SHAREHOLDERS") is found; never past a tag.
 */
function textBefore(text: string, at: number): string {
  const got: string[] = [];
  const block: string[] = [];
  let blocks = 0;
  const endBlock = (): boolean => {
    if (!block.length) return false;
    blocks++;
    const prose = block.length >= 2 && block.some((l) => l.length >= 55);
    block.length = 0;
    return prose && got.length > 0; // stop at prose once something was found
  };
  let end = at;
  for (let n = 0; n < 30 && end > 0 && got.length < 3 && blocks < 4; n++) {
    const nl = text.lastIndexOf('\n', end - 2);
    const start = nl + 1;
    const t = text.slice(start, end).trim();
    end = start;
    if (/^<\/?(TABLE|PAGE|TEXT)>/i.test(t)) break;
    if (!t || /^[-=_ ]+$/.test(t)) {
      if (endBlock()) break;
    } else {
      block.push(t);
      // Look one line further up to know whether this block is a paragraph.
      const upNl = start > 0 ? text.lastIndexOf('\n', start - 2) : -1;
      const up = start > 0 ? text.slice(upNl + 1, start).trim() : '';
      const paragraph =
        up.length >= 45 ||
        (t.length >= 55 && up.length >= 40) ||
        (block.length >= 2 && block.some((l) => l.length >= 55));
      if (!paragraph) got.unshift(t.replace(/\s+/g, ' '));
      else if (got.length && block.length === 1) break;
    }
    if (start === 0) break;
  }
  return got.join('\n');
}
