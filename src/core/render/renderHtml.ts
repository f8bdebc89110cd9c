import type { Span } from '../model';
import { scanHtml } from '../formats/html/scanner';
import type { TextBlock } from '../formats/html/blocks';
import type { Piece } from '../formats/html/textCollector';
import { noteOf, notesAfter, readerResult } from '../formats/html/readHtml';
import { headingOf } from '../formats/html/structure';
import { OffsetMap, RenderWriter } from './offsetMap';
import { renderTable } from './renderTable';

/** Converted text in the seed's style, and where each of its offsets came from in the source. */
export interface Rendering {
  text: string;
  map: OffsetMap;
}

/** Renders HTML (all of `text`, or `range` of it) as seed-style converted text. */
export function renderHtml(text: string, range?: Span): Rendering {
  const w = new RenderWriter();
  renderHtmlInto(w, text, range, true);
  return { text: w.toString(), map: w.map };
}

/**
 * Writes the rendering of text[range] to `w`: paragraphs split by blank lines, one line per table row
 * with TAB-separated cells, footnotes below tables as `- (1) ...` / `* ...` lines. With `header`, the
 * seed's first lines (company, `Form X`) come first when the filing names them.
 */
export function renderHtmlInto(w: RenderWriter, text: string, range: Span | undefined, header: boolean): void {
  const start = Math.max(0, Math.min(range?.start ?? 0, text.length));
  const end = Math.max(start, Math.min(range?.end ?? text.length, text.length));
  const scan = scanHtml(text, start, end);
  if (header) {
    const md = readerResult(scan, { start, end }).metadata;
    const company = scan.facts.get('EntityRegistrantName');
    if (company) para(w, () => w.mapped(company.text, company.span.start, company.span.end));
    else if (md.company) para(w, () => w.write(md.company!));
    const form = scan.facts.get('DocumentType');
    if (form) {
      para(w, () => {
        w.write('Form ');
        w.mapped(form.text, form.span.start, form.span.end);
      });
    } else if (md.formType) para(w, () => w.write(`Form ${md.formType}`));
  }
  const { blocks } = scan;
  const headingAt = new Set<number>();
  blocks.forEach((b, i) => {
    if (b.kind === 'text' && headingOf(b)) headingAt.add(i);
  });
  const notes = new Set<TextBlock>();
  blocks.forEach((b, i) => {
    if (b.kind === 'table') for (const a of notesAfter(blocks, i, headingAt)) if (noteOf(a)) notes.add(a);
  });
  let prevNote = false;
  for (const b of blocks) {
    if (b.kind === 'table') {
      para(w, () => renderTable(w, b));
      prevNote = false;
      continue;
    }
    const note = notes.has(b);
    if (note && prevNote) w.write('\n');
    else sep(w);
    if (!note) {
      w.pieces(b.text, b.pieces, b.span);
      prevNote = false;
      continue;
    }
    // "- (1) text" as the seed writes notes: one line, a space after the marker
    const marker = noteOf(b)!.marker;
    const k = b.text.indexOf(marker) + marker.length;
    if (!marker.startsWith('*')) w.write('- ');
    w.pieces(b.text.slice(0, k), slicePieces(b.pieces, 0, k), b.span);
    if (b.text[k] !== ' ') w.write(' ');
    w.pieces(b.text.slice(k).replace(/\n/g, ' '), slicePieces(b.pieces, k, b.text.length), b.span);
    prevNote = note;
  }
}

function sep(w: RenderWriter): void {
  if (w.length > 0) w.write('\n\n');
}

function para(w: RenderWriter, body: () => void): void {
  sep(w);
  body();
}

/** The pieces of text[from, to), re-based to the substring. */
function slicePieces(pieces: Piece[], from: number, to: number): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const a = Math.max(p.at, from);
    const b = Math.min(p.at + p.len, to);
    if (a >= b) continue;
    const exact = p.len === p.end - p.start;
    out.push(
      exact
        ? { at: a - from, len: b - a, start: p.start + (a - p.at), end: p.start + (b - p.at) }
        : { at: a - from, len: b - a, start: p.start, end: p.end },
    );
  }
  return out;
}
