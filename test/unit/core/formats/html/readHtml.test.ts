import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readHtml } from '../../../../../src/core/formats/html/readHtml';
import { renderHtml } from '../../../../../src/core/render/renderHtml';

const fixture = readFileSync(new URL('../../../../fixtures/html/ownership.html', import.meta.url), 'utf8');
const at = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);

test('reads inline XBRL dei facts as metadata, even from the hidden ix:header', () => {
  const r = readHtml(fixture);
  assert.deepEqual(r.metadata, {
    company: 'ACME WIDGETS, INC.',
    formType: '10-K',
    period: '2023-12-31',
    cik: '0000012345',
  });
  assert.equal(r.documents[0].body, 'html');
});

test('keeps hidden ix:header content, scripts and styles out of the text', () => {
  const r = readHtml(fixture);
  const all = [...r.headings.map((h) => h.title), ...r.tables.flatMap((t) => [t.before ?? '', t.after ?? ''])].join(
    '\n',
  );
  assert.ok(!all.includes('0000012345'));
  assert.ok(!all.includes('var x'));
});

test('reads the data table with colspan, rowspan and th headers, leaving $ % ) cells apart', () => {
  const r = readHtml(fixture);
  assert.equal(r.tables.length, 1, 'the one-row Item 12 layout table is not data');
  const t = r.tables[0];
  assert.equal(t.layout, 'html');
  assert.equal(t.headerRows, 2);
  assert.deepEqual(
    t.rows[0].cells.map((c) => [c.text, c.colSpan ?? 1, !!c.header]),
    [
      ['Name', 1, true],
      ['Before Offering', 3, true],
      ['', 1, false],
      ['After Offering', 3, true],
    ],
  );
  // the rowspan of "Name" leaves an empty cell in the second header row
  assert.equal(t.rows[1].cells[0].text, '');
  assert.deepEqual(
    t.rows[2].cells.map((c) => c.text),
    ['Jane Doe(2)', '$', '1,000', '12.5%', '', '$', '(500', ')'],
  );
  assert.deepEqual(
    t.rows[3].cells.map((c) => c.text),
    ['John Roe', '', '50', '*', '', '', '50', '0.6%'],
  );
});

test('gives every cell the exact span of its text in the HTML, with pieces when tags split it', () => {
  const t = readHtml(fixture).tables[0];
  for (const row of t.rows) {
    for (const c of row.cells) {
      if (!c.text) continue;
      if (!c.pieces) assert.equal(at(fixture, c.span), c.text);
      else {
        for (const p of c.pieces) {
          assert.equal(at(fixture, p.span), c.text.slice(p.at, p.at + p.span.end - p.span.start));
        }
      }
    }
  }
  const pct = t.rows[3].cells[7];
  assert.equal(at(fixture, pct.span), '0.6<span>%');
  assert.equal(pct.pieces?.length, 2);
});

test('decodes entities and collapses whitespace in prose, including &nbsp;', () => {
  const t = readHtml(fixture).tables[0];
  const lines = (t.before ?? '').split('\n');
  assert.equal(lines[lines.length - 1], 'The table below shows holdings of AT&T and others as of March 1, 2024.');
  assert.equal(
    lines[lines.length - 2],
    'Item 12. Security Ownership of Certain Beneficial Owners',
    'titles above come first',
  );
});

test('reads the footnotes below the table with marker spans', () => {
  const r = readHtml(fixture);
  assert.deepEqual(
    r.footnotes.map((f) => [f.marker, f.key, f.text]),
    [
      ['*', '*', 'Less than 1%.'],
      ['(1)', '1', 'Based on 8,000 shares outstanding.'],
      ['(2)', '2', 'Includes 200 shares held by her spouse.'],
    ],
  );
  for (const f of r.footnotes) assert.equal(at(fixture, f.markerSpan), f.marker);
  assert.match(r.tables[0].after ?? '', /Based on 8,000 shares outstanding/);
});

test('finds headings: h1-h6, Item lines from layout tables, bold or ALL-CAPS lines', () => {
  const r = readHtml(fixture);
  const titles = r.headings.map((h) => h.title);
  assert.ok(titles.includes('Item 12. Security Ownership of Certain Beneficial Owners'));
  assert.ok(titles.includes('FORM 10-K'));
  const h2 = r.headings.find((h) => h.title === 'Executive Compensation');
  assert.equal(h2?.depth, 2);
  assert.equal(at(fixture, h2!.span), 'Executive Compensation');
});

test('adds range.start to every offset when reading a range of a larger text', () => {
  const prefix = '<SEC-HEADER>\nCOMPANY CONFORMED NAME: X\n</SEC-HEADER>\n<TEXT>\n';
  const text = prefix + fixture + '\n</TEXT>\n';
  const r = readHtml(text, { start: prefix.length, end: prefix.length + fixture.length });
  const cell = r.tables[0].rows[2].cells[2];
  assert.equal(cell.text, '1,000');
  assert.equal(at(text, cell.span), '1,000');
  assert.equal(r.documents[0].span.start, prefix.length);
});

test('maps offsets through CRLF line ends and numeric entities', () => {
  const html =
    '<table>\r\n<tr><td>A&#160;&amp;\r\nB</td><td>1,234</td></tr>\r\n<tr><td>C</td><td>5&#37;</td></tr></table>';
  const t = readHtml(html).tables[0];
  const a = t.rows[0].cells[0];
  assert.equal(a.text, 'A & B');
  assert.equal(at(html, a.span), 'A&#160;&amp;\r\nB');
  assert.equal(at(html, t.rows[0].cells[1].span), '1,234');
  assert.equal(at(html, t.rows[1].cells[1].span), '5&#37;');
});

test('keeps the lines of a <pre> block as lines, each mapped to its source', () => {
  const html = '<p>Intro</p><pre>\r\nSHARES    OWNED\r\nJane      1,000 &amp; more\r\n</pre>';
  const r = renderHtml(html);
  assert.deepEqual(r.text.split('\n'), ['Intro', '', 'SHARES OWNED', 'Jane 1,000 & more']);
  const o = r.text.indexOf('1,000');
  assert.equal(html.slice(r.map.toSource(o), r.map.toSource(o) + 5), '1,000');
  const amp = r.map.toSource(r.text.indexOf('&'));
  assert.equal(html.slice(amp, amp + 5), '&amp;');
});
