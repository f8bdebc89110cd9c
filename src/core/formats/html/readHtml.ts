import type { Metadata, RawCell, RawFootnote, RawHeading, RawTable, ReaderResult, Span } from '../../model';
import { scanHtml, type HtmlScan } from './scanner';
import type { Block, GridCell, TableBlock, TextBlock } from './blocks';
import { MARKER_ONLY } from './tables';
import { footnoteOf, headingOf } from './structure';
import { resolveFact, type XbrlContext } from './xbrlFacts';

/**
 * Reads HTML in `range` of text (default: all of it), parsed by htmlTree.ts (htmlparser2's tokenizer,
 * the standard's tree rules); every span is an offset into `text` itself. Data tables keep `$`, `%`
 * and `)` cells apart (the table builder merges them).
 */
export function readHtml(text: string, range?: Span): ReaderResult {
  const start = Math.max(0, Math.min(range?.start ?? 0, text.length));
  const end = Math.max(start, Math.min(range?.end ?? text.length, text.length));
  return readerResult(scanHtml(text, start, end, { keepPieces: false }), { start, end });
}

export function readerResult(scan: HtmlScan, span: Span): ReaderResult {
  const { blocks } = scan;
  const headings: RawHeading[] = [];
  const headingAt = new Set<number>();
  blocks.forEach((b, i) => {
    if (b.kind !== 'text') return;
    const h = headingOf(b);
    if (h) {
      headings.push(h);
      headingAt.add(i);
    }
  });
  const tables: RawTable[] = [];
  const footnotes: RawFootnote[] = [];
  blocks.forEach((b, i) => {
    if (b.kind !== 'table') return;
    const after = notesAfter(blocks, i, headingAt);
    tables.push(toRawTable(b, textBefore(blocks, i), afterText(after), scan.contexts));
    for (const row of b.rows) {
      const legend = legendRow(row.cells);
      if (legend) footnotes.push(legend);
    }
    for (const a of after) {
      const f = noteOf(a);
      if (f) footnotes.push(f);
    }
  });
  footnotes.push(...proseNotes(blocks, footnotes));
  const metadata = metadataOf(scan);
  return {
    format: 'html',
    metadata,
    documents: [{ type: metadata.formType ?? 'FILING', span, body: 'html' }],
    headings,
    tables,
    footnotes,
    styledSuperscripts: scan.styledSuperscripts,
    warnings: scan.warnings,
  };
}

/**
 * Notes of prose, away from any table: a text block that opens with a superscript number ("¹ Excluding
 * ...", printed `<sup>1</sup>`), which no enumeration looks like. Blocks already read as notes are skipped.
 */
function proseNotes(blocks: Block[], taken: RawFootnote[]): RawFootnote[] {
  const starts = new Set(taken.map((f) => f.span.start));
  const out: RawFootnote[] = [];
  for (const b of blocks) {
    if (b.kind !== 'text' || !/^[\u2070\u00b9\u00b2\u00b3\u2074-\u2079]{1,3}\s*[A-Za-z]/.test(b.text)) continue;
    const f = noteOf(b);
    if (
      f &&
      !starts.has(f.span.start) &&
      !taken.some((t) => t.span.start <= f.span.start && f.span.start < t.span.end)
    ) {
      out.push(f);
    }
  }
  return out;
}

export function toRawTable(
  t: TableBlock,
  before: string,
  after: string,
  contexts: Map<string, XbrlContext> = new Map(),
): RawTable {
  let headerRows = 0;
  while (headerRows < t.rows.length && t.rows[headerRows].cells.some((c) => c.header && c.text)) headerRows++;
  return {
    span: t.span,
    layout: 'html',
    rows: t.rows.map((r) => ({ cells: r.cells.map((c) => toRawCell(c, contexts)), span: r.span })),
    headerRows: headerRows || undefined,
    caption: t.caption,
    before: before || undefined,
    after: after || undefined,
  };
}

function toRawCell(c: GridCell, contexts: Map<string, XbrlContext>): RawCell {
  const cell: RawCell = { text: c.text, span: c.span };
  if (c.fact) cell.fact = resolveFact(c.fact, contexts);
  if (c.colSpan > 1) cell.colSpan = c.colSpan;
  if (c.header) cell.header = true;
  if (c.pieces.length > 1) cell.pieces = c.pieces.map((p) => ({ at: p.at, span: { start: p.start, end: p.end } }));
  return cell;
}

/** Up to three text blocks just above table i (after any earlier table), nearest last. */
export function textBefore(blocks: Block[], i: number): string {
  const out: string[] = [];
  for (let k = i - 1; k >= 0 && out.length < 3; k--) {
    const b = blocks[k];
    if (b.kind !== 'text') break;
    if (b.text.length <= 400) out.unshift(b.text);
    else break;
  }
  return out.join('\n');
}

/** Text blocks below table i, up to the next table or heading (footnote lines never end the run). */
export function notesAfter(blocks: Block[], i: number, headingAt: Set<number>): TextBlock[] {
  const out: TextBlock[] = [];
  /** Paragraphs (not short legend lines) since the last footnote: two of them (three before any) end the notes. */
  let prose = 0;
  let seenNote = false;
  for (let k = i + 1; k < blocks.length && out.length < 80; k++) {
    const b = blocks[k];
    if (b.kind !== 'text') break;
    const note = !!noteOf(b);
    if (headingAt.has(k) && !note) break;
    if (note) {
      seenNote = true;
      prose = 0;
    } else if (b.text.length > 100 && ++prose >= (seenNote ? 2 : 3)) break;
    out.push(b);
  }
  return out;
}

/** The footnote a text block defines (found by the scanner, or now for blocks made from table rows). */
export function noteOf(b: TextBlock): RawFootnote | undefined {
  return b.note === undefined ? footnoteOf(b) : (b.note ?? undefined);
}

/** The text of the notes below a table, for RawTable.after (bounded). */
function afterText(notes: TextBlock[]): string {
  let s = '';
  for (const n of notes) {
    if (s.length + n.text.length > 8000) break;
    s += (s ? '\n' : '') + n.text;
  }
  return s;
}

/** A table row that is a legend: "(1) | Based on 7,150,000 shares ..." with nothing else in it. */
function legendRow(cells: GridCell[]): RawFootnote | undefined {
  const filled = cells.filter((c) => c.text);
  if (filled.length === 0 || filled.length > 2) return undefined;
  if (filled.length === 2) {
    const [m, t] = filled;
    if (!MARKER_ONLY.test(m.text) || t.text.length < 12 || /^[0-9,.$%() -]+$/.test(t.text)) return undefined;
    return {
      marker: m.text,
      key: footnoteOf({ kind: 'text', text: `${m.text} x`, pieces: [], span: m.span, bold: false })?.key ?? m.text,
      text: t.text,
      span: { start: m.span.start, end: t.span.end },
      markerSpan: m.span,
    };
  }
  const c = filled[0];
  if (c.text.length < 12) return undefined;
  return footnoteOf({ kind: 'text', text: c.text, pieces: c.pieces, span: c.span, bold: false });
}

const FORM_LINE =
  /^FORM\s{1,3}([0-9]{1,2}-[A-Z]{1,2}|[0-9]{2}-F|S-[0-9]|F-[0-9]|424B[0-9]|DEF\s14A|SC\s13[DG]|SC\s14D-?9|8-K|10-K|10-Q|20-F|40-F|6-K)(\/A)?\b/i;

function metadataOf(scan: HtmlScan): Metadata {
  const f = scan.facts;
  const md: Metadata = {};
  const name = f.get('EntityRegistrantName')?.text;
  if (name) md.company = name;
  const type = f.get('DocumentType')?.text;
  if (type) md.formType = type;
  const period = f.get('DocumentPeriodEndDate')?.text;
  if (period) md.period = toIsoDate(period);
  const cik = f.get('EntityCentralIndexKey')?.text;
  if (cik) md.cik = cik;
  if (md.company && md.formType && md.period) return md;
  const head = scan.blocks.slice(0, 150).filter((b): b is TextBlock => b.kind === 'text');
  for (let k = 0; k < head.length; k++) {
    const t = head[k].text;
    if (!md.formType && t.length < 60) {
      const m = FORM_LINE.exec(t);
      if (m) md.formType = (m[1] + (m[2] ?? '')).toUpperCase().replace(/\s+/g, ' ');
    }
    if (!md.company && /exact name of (the )?registrant/i.test(t)) {
      const prev = head[k - 1]?.text;
      const own = t.replace(/\(?\s*exact name of (the )?registrant.*$/i, '').trim();
      if (own.length > 2) md.company = own;
      else if (prev && prev.length < 120) md.company = prev;
    }
    if (!md.period) {
      const p =
        /(?:fiscal year|quarterly period|period)\s+ended:?\s+([A-Z][a-z]{2,8}\.?\s[0-9]{1,2},\s?[0-9]{4})/i.exec(t);
      if (p) md.period = toIsoDate(p[1]);
    }
  }
  return md;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "December 31, 2021" or "2021-12-31" -> "2021-12-31"; anything else as printed. */
export function toIsoDate(s: string): string {
  const t = s.trim();
  if (/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(t)) return t;
  const m = /^([A-Za-z]{3,9})\.?\s+([0-9]{1,2}),?\s+([0-9]{4})$/.exec(t);
  if (m) {
    const mo = MONTHS.indexOf(m[1].slice(0, 3).toLowerCase());
    if (mo >= 0) return `${m[3]}-${String(mo + 1).padStart(2, '0')}-${m[2].padStart(2, '0')}`;
  }
  return t;
}
