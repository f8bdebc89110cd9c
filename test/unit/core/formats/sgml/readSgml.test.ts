import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSgml } from '../../../../../src/core/formats/sgml/readSgml';

const HEADER = `<SEC-DOCUMENT>0000950129-95-001652.txt : 19951215
<SEC-HEADER>0000950129-95-001652.hdr.sgml : 19951215
ACCESSION NUMBER:\t\t0000950129-95-001652
CONFORMED SUBMISSION TYPE:\t24F-2NT
PUBLIC DOCUMENT COUNT:\t\t2
CONFORMED PERIOD OF REPORT:\t19941031
FILED AS OF DATE:\t\t19941214

FILER:

\tCOMPANY DATA:\t
\t\tCOMPANY CONFORMED NAME:\t\t\tCOMMON SENSE TRUST
\t\tCENTRAL INDEX KEY:\t\t\t0000826686
</SEC-HEADER>
`;

const SUBMISSION = `${HEADER}<DOCUMENT>
<TYPE>10-K
<SEQUENCE>1
<FILENAME>form10k.txt
<DESCRIPTION>ANNUAL REPORT
<TEXT>
                                    PART II

ITEM 7. MANAGEMENT'S DISCUSSION AND ANALYSIS

    Net sales decreased. Information may be found in Part II,
Item 7 of Form 10-K under the subheading "Global Market Risks".
<PAGE>

Item 12.  Security Ownership of Certain Beneficial Owners

                          SELLING SHAREHOLDERS

    The following table shows the names.
</TEXT>
</DOCUMENT>
<DOCUMENT>
<TYPE>EX-99
<SEQUENCE>2
<FILENAME>ex99.htm
<TEXT>
<html><body><p>Press release</p><table><tr><td>Revenue</td><td>$</td><td>12</td></tr><tr><td>Cost</td><td>$</td><td>5</td></tr></table></body></html>
</TEXT>
</DOCUMENT>
<DOCUMENT>
<TYPE>EX-101.INS
<SEQUENCE>3
<TEXT>
<XBRL>
<?xml version="1.0"?><xbrl></xbrl>
</XBRL>
</TEXT>
</DOCUMENT>
<DOCUMENT>
<TYPE>GRAPHIC
<SEQUENCE>4
<FILENAME>logo.jpg
<TEXT>
begin 644 logo.jpg
M_]C_X  02D9)1@ ! 0$ 8 !@  #_VP!#  @&!@<&!0@'!P<)"0@*#!0-# L+
end
</TEXT>
</DOCUMENT>
<DOCUMENT>
<TYPE>PDF
<SEQUENCE>5
<TEXT>
<PDF>
begin 644 doc.pdf
</PDF>
</TEXT>
</DOCUMENT>
`;

test('reads header metadata and turns EDGAR dates into ISO dates', () => {
  const r = readSgml(SUBMISSION);
  assert.equal(r.format, 'sgml');
  assert.deepEqual(r.metadata, {
    accession: '0000950129-95-001652',
    formType: '24F-2NT',
    period: '1994-10-31',
    filingDate: '1994-12-14',
    company: 'COMMON SENSE TRUST',
    cik: '0000826686',
  });
});

test('reads an IMS-HEADER the same way', () => {
  const r = readSgml(HEADER.replace(/SEC-HEADER/g, 'IMS-HEADER').replace('<SEC-DOCUMENT>', '<IMS-DOCUMENT>'));
  assert.equal(r.metadata.company, 'COMMON SENSE TRUST');
  assert.equal(r.metadata.filingDate, '1994-12-14');
});

test('lists each document with its type, sequence, file name, description, span and body kind', () => {
  const r = readSgml(SUBMISSION);
  assert.deepEqual(
    r.documents.map((d) => [d.type, d.sequence, d.filename, d.description, d.body]),
    [
      ['10-K', '1', 'form10k.txt', 'ANNUAL REPORT', 'text'],
      ['EX-99', '2', 'ex99.htm', undefined, 'html'],
      ['EX-101.INS', '3', undefined, undefined, 'xml'],
      ['GRAPHIC', '4', 'logo.jpg', undefined, 'uuencoded'],
      ['PDF', '5', undefined, undefined, 'pdf'],
    ],
  );
  for (const d of r.documents) {
    assert.ok(SUBMISSION.slice(d.span.start, d.span.end).startsWith('<DOCUMENT>'));
    assert.ok(SUBMISSION.slice(d.span.start, d.span.end).endsWith('</DOCUMENT>'));
  }
  assert.ok(r.warnings.some((w) => /binary/.test(w)));
});

test('finds PART, ITEM and centred ALL-CAPS headings, but not an Item mentioned in prose', () => {
  const r = readSgml(SUBMISSION);
  const titles = r.headings.map((h) => h.title);
  assert.ok(titles.includes('PART II'));
  assert.ok(titles.includes("ITEM 7. MANAGEMENT'S DISCUSSION AND ANALYSIS"));
  assert.ok(titles.includes('Item 12. Security Ownership of Certain Beneficial Owners'));
  assert.ok(titles.includes('SELLING SHAREHOLDERS'));
  assert.ok(!titles.some((t) => t.startsWith('Item 7 of')));
  for (const h of r.headings) {
    assert.equal(SUBMISSION.slice(h.span.start, h.span.end).replace(/\s+/g, ' '), h.title);
  }
});

test('hands HTML inside <TEXT> to the HTML reader and keeps its offsets in the whole text', () => {
  const r = readSgml(SUBMISSION);
  const html = r.documents[1].span;
  const inHtml = r.tables.filter((t) => t.layout === 'html');
  assert.equal(inHtml.length, 1);
  for (const t of inHtml) {
    assert.ok(t.span.start >= html.start && t.span.end <= html.end);
    for (const row of t.rows) {
      for (const c of row.cells) {
        if (c.text && !c.pieces) assert.equal(SUBMISSION.slice(c.span.start, c.span.end), c.text);
      }
    }
  }
});

test('takes the form type from the first <TYPE> when there is no header', () => {
  const r = readSgml(
    '<DOCUMENT>\n<TYPE>S-3/A\n<SEQUENCE>1\n<TEXT>\n          PAGE AMERICA GROUP, INC.\n   (Exact name of registrant as specified in its charter)\n</TEXT>\n</DOCUMENT>\n',
  );
  assert.equal(r.metadata.formType, 'S-3/A');
  assert.equal(r.metadata.company, 'PAGE AMERICA GROUP, INC.');
});

test('warns about a truncated document instead of throwing', () => {
  const cut = SUBMISSION.slice(0, SUBMISSION.indexOf('Item 12.'));
  const r = readSgml(cut);
  assert.equal(r.documents.length, 1);
  assert.equal(r.documents[0].span.end, cut.length);
  assert.ok(r.warnings.some((w) => /truncated/.test(w)));
});

test('never throws on hostile input', () => {
  const inputs = [
    '',
    '<DOCUMENT>',
    '<SEC-HEADER>',
    '<TABLE>\n<S> <C>\n',
    '<DOCUMENT>\n<TEXT>\n<TABLE>\n<S>\n<C>\n<FN>\n<F1>',
    '<DOCUMENT>\n<TEXT>\n' + '<TABLE>\n'.repeat(50),
    '\u0000\uFFFF<DOCUMENT>\r\n<TYPE>\r\n<TEXT>\r\n<TABLE>\r\n<S>\t<C>\r\nx\t1\r\n',
  ];
  for (const s of inputs) {
    const r = readSgml(s);
    assert.equal(r.format, 'sgml');
  }
});

test("leaves EDGAR's generated XBRL viewer pages and scripts out of the tables and headings", () => {
  const r = readSgml(`<DOCUMENT>
<TYPE>XML
<SEQUENCE>8
<FILENAME>R1.htm
<DESCRIPTION>IDEA: XBRL DOCUMENT
<TEXT>
<html><body><h1>COVER PAGE</h1><table><tr><td>Revenue</td><td>12</td></tr><tr><td>Cost</td><td>5</td></tr></table></body></html>
</TEXT>
</DOCUMENT>
<DOCUMENT>
<TYPE>XML
<SEQUENCE>10
<FILENAME>Show.js
<TEXT>
var Show = {};

FUNCTION TITLE

</TEXT>
</DOCUMENT>
`);
  assert.deepEqual(
    r.documents.map((d) => [d.filename, d.body]),
    [
      ['R1.htm', 'html'],
      ['Show.js', 'text'],
    ],
  );
  assert.equal(r.tables.length, 0);
  assert.equal(r.headings.length, 0);
});
