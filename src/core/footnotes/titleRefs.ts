import type { Table } from '../model';
import { atBlockStart } from './fallback';
import { visibleText } from '../visibleText';
import { toSuperscript } from '../tables/markers';

/** Raw characters above a table searched for its title lines (markup included). */
const WINDOW = 3000;
/** Visible characters allowed between a title's marker and the table (the rest of the title, "(In thousands)"). */
const MAX_AFTER = 160;

export interface PlacedMarker {
  marker: string;
  key: string;
  span: { start: number; end: number };
}

/**
 * Markers in the title lines just above a table ("Security Ownership of Management(1)",
 * `...Management<sup>1</sup>`, `...MANAGEMENT<F1>`) for the keys of the table's own notes: those are the
 * table's references. A marker opening its line or block ("(1) the Company ...") is an enumeration or a
 * note, not a title's marker; nothing is searched above `floor` (the previous table's end).
 */
export function titleRefs(text: string, table: Table, keys: string[], floor: number): PlacedMarker[] {
  const to = table.span.start;
  const from = Math.max(0, floor, to - WINDOW);
  if (to <= from || keys.length === 0) return [];
  const above = text.slice(from, to);
  const html = /<(?:p|div|td|table|b|font|span)\b/i.test(above);
  if (visibleText(above).length === 0) return [];
  const out: PlacedMarker[] = [];
  for (const key of keys) {
    for (const m of occurrences(above, key)) {
      const start = from + m.at;
      const end = start + m.length;
      const before = text.charCodeAt(start - 1);
      if (/^[A-Za-z]+$/.test(key) && before >= 48 && before <= 57) continue; // "Section 3(a)": a cross-reference
      if (atBlockStart(text, start, html)) continue;
      if (visibleText(text.slice(end, to)).length > MAX_AFTER || !titleLine(above, m.at, m.at + m.length, html)) {
        continue;
      }
      out.push({ marker: m.marker, key, span: { start, end } });
    }
  }
  return out;
}

/** Visible characters of a title line: a marker in a longer line (a sentence) is prose, not a title's. */
const MAX_LINE = 120;
const BLOCK_START = /^<(?:p|div|td|h[1-6]|li)\b/i;
const BLOCK_END = /<\/(?:p|div|td|h[1-6]|li)\b|<br\b/i;

/** The marker ends a short line (or block): a title, not a sentence that runs on past it. */
function titleLine(s: string, at: number, end: number, html: boolean): boolean {
  let lineStart = s.lastIndexOf('\n', at - 1) + 1;
  let lineEnd = s.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = s.length;
  if (html) {
    const close = BLOCK_END.exec(s.slice(end));
    lineEnd = close ? end + close.index : s.length;
    lineStart = 0;
    for (let lt = s.lastIndexOf('<', at - 1); lt >= 0; lt = s.lastIndexOf('<', lt - 1)) {
      if (BLOCK_START.test(s.slice(lt, lt + 8))) {
        lineStart = lt;
        break;
      }
    }
  }
  return visibleText(s.slice(end, lineEnd)).length <= 20 && visibleText(s.slice(lineStart, at)).length <= MAX_LINE;
}

/** Where `key` is printed as a marker in `s`: "(1)", "[1]", "<F1>", "¹", or the digits of `<sup>1</sup>`. */
function occurrences(s: string, key: string): { at: number; length: number; marker: string }[] {
  const out: { at: number; length: number; marker: string }[] = [];
  const numeric = /^\d{1,3}$/.test(key);
  const forms = numeric ? [`(${key})`, `[${key}]`, `<F${key}>`, toSuperscript(key)] : [`(${key})`];
  for (const form of forms) {
    for (let at = s.indexOf(form); at >= 0; at = s.indexOf(form, at + form.length)) {
      // "(1)" inside "(10)" or "2(1)0" is not this marker.
      const next = s.charCodeAt(at + form.length);
      if (form.length === key.length && next >= 48 && next <= 57) continue;
      out.push({ at, length: form.length, marker: form });
    }
  }
  if (numeric) {
    const re = /<sup\b[^>]{0,200}>\s*(\d{1,3})\s*<\/sup>/gi;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      if (m[1] !== key) continue;
      const at = m.index + m[0].indexOf(m[1], m[0].indexOf('>'));
      out.push({ at, length: m[1].length, marker: toSuperscript(m[1]) });
    }
  }
  return out;
}
