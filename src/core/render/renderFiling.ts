import { detectFormat } from '../detect';
import { toIsoDate } from '../formats/html/readHtml';
import { RenderWriter } from './offsetMap';
import { isSgmlTextInHtml } from '../formats/sgml/wrappedText';
import { renderHtmlInto, type Rendering } from './renderHtml';

/** Whether `text` is (or wraps) HTML that "Open as SEC Text" can render. */
export function hasHtml(text: string, uri?: string): boolean {
  const format = detectFormat(text, uri);
  if (format === 'html') return true;
  if (format !== 'sgml') return false;
  return documentsOf(text).some((d) => d.html);
}

/**
 * Renders a filing as seed-style converted text: an HTML file directly; an EDGAR full submission as
 * its header lines (company, `Form X`, filing date) followed by each document (HTML rendered, plain
 * text copied, uuencoded and XBRL/XML parts left out); anything else is returned as it is.
 */
export function renderFiling(text: string, uri?: string): Rendering {
  const format = detectFormat(text, uri);
  const w = new RenderWriter();
  if (format === 'html') {
    renderHtmlInto(w, text, undefined, true);
  } else if (format === 'sgml' && /<TEXT>/i.test(text)) {
    renderSubmission(w, text);
  } else {
    // Plain text, including SGML text with no <TEXT> body (a bare document, or one in an HTML wrapper).
    copyLines(w, text, 0, text.length);
  }
  return { text: w.toString(), map: w.map };
}

interface SubDocument {
  type?: { text: string; start: number };
  description?: string;
  body: { start: number; end: number };
  html: boolean;
  skip: boolean;
}

const FIELD = (name: string) => new RegExp(`^[ \\t]*${name}:[ \\t]*(.+?)[ \\t]*$`, 'm');

function renderSubmission(w: RenderWriter, text: string): void {
  const head = text.slice(0, 20000);
  const field = (name: string) => {
    const m = FIELD(name).exec(head);
    return m ? { text: m[1], start: m.index + m[0].indexOf(m[1], name.length) } : undefined;
  };
  const company = field('COMPANY CONFORMED NAME');
  const form = field('CONFORMED SUBMISSION TYPE');
  const filed = field('FILED AS OF DATE');
  if (company) line(w, () => w.mapped(company.text, company.start, company.start + company.text.length));
  if (form) {
    line(w, () => {
      w.write('Form ');
      w.mapped(form.text, form.start, form.start + form.text.length);
    });
  }
  if (filed && /^[0-9]{8}$/.test(filed.text)) {
    line(w, () => w.mapped(longDate(filed.text), filed.start, filed.start + 8));
  }
  for (const d of documentsOf(text)) {
    if (d.skip) continue;
    if (d.type) {
      const title = d.description && d.description !== d.type.text ? `${d.type.text} ${d.description}` : d.type.text;
      line(w, () => w.mapped(title, d.type!.start, d.type!.start + d.type!.text.length));
    }
    if (d.html) renderHtmlInto(w, text, d.body, false);
    else {
      line(w, () => copyLines(w, text, d.body.start, d.body.end));
    }
  }
}

/** Copies text[start, end) line by line with `\n` line ends (a VS Code document keeps one EOL kind). */
function copyLines(w: RenderWriter, text: string, start: number, end: number): void {
  const re = /\r?\n|\r/g;
  re.lastIndex = start;
  let from = start;
  let first = true;
  let m: RegExpExecArray | null;
  while (from <= end) {
    m = re.exec(text);
    const lineEnd = m && m.index < end ? m.index : end;
    if (!first) w.write('\n');
    first = false;
    w.mapped(text.slice(from, lineEnd), from, lineEnd);
    if (!m || m.index >= end) break;
    from = m.index + m[0].length;
  }
}

function line(w: RenderWriter, body: () => void): void {
  if (w.length > 0) w.write('\n\n');
  body();
}

/** The <DOCUMENT>s of a submission: type, description and the <TEXT> body of each. */
export function documentsOf(text: string): SubDocument[] {
  const out: SubDocument[] = [];
  const open = /<TEXT>/gi;
  let m: RegExpExecArray | null;
  let from = 0;
  while ((m = open.exec(text))) {
    const bodyStart = m.index + m[0].length;
    let bodyEnd = text.indexOf('</TEXT>', bodyStart);
    if (bodyEnd < 0) bodyEnd = text.length;
    const headerText = text.slice(from, m.index);
    const typeM = /<TYPE>[ \t]*([^\r\n<]+)/i.exec(headerText);
    const descM = /<DESCRIPTION>[ \t]*([^\r\n<]+)/i.exec(headerText);
    const first = text.slice(bodyStart, Math.min(bodyEnd, bodyStart + 4096));
    const skip =
      /^\s*(begin [0-7]{3} |<XML>|<PDF>|<XBRL>\s*<\?xml[^>]*>\s*<(xbrl|link:linkbase|xs:schema))/i.test(first) ||
      /^\s*<\?xml[^>]*>\s*<(xbrl|xs:schema|link:linkbase|ownershipDocument)/i.test(first);
    out.push({
      type: typeM ? { text: typeM[1].trim(), start: from + typeM.index + typeM[0].indexOf(typeM[1]) } : undefined,
      description: descM?.[1].trim(),
      body: { start: bodyStart, end: bodyEnd },
      html: !skip && /<(html|body|div|p|table|font)[\s>]/i.test(first) && !isSgmlTextInHtml(text, bodyStart, bodyEnd),
      skip,
    });
    from = bodyEnd;
    open.lastIndex = bodyEnd;
  }
  return out;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "20031222" -> "December 22, 2003" (the seed's date line). */
function longDate(yyyymmdd: string): string {
  const iso = toIsoDate(`${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`);
  const [y, mo, d] = iso.split('-').map(Number);
  return MONTHS[mo - 1] ? `${MONTHS[mo - 1]} ${d}, ${y}` : yyyymmdd;
}
