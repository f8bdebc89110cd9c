import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../../../../src/core/analyze';
import { detectFormat } from '../../../../../src/core/detect';
import { isSgmlTextInHtml } from '../../../../../src/core/formats/sgml/wrappedText';
import { renderFiling } from '../../../../../src/core/render/renderFiling';
import { runRules } from '../../../../../src/rules';

// Two MD&A tables of Apple's 10-Q for 2000 (one percent changed, 26% -> 29% for Americas net sales, so
// there is a finding to compare) and PageAmerica's selling-shareholder table with its <FN>/<F1> note.
const PLAIN = readFileSync(new URL('../../../../fixtures/sgml/apple-pageamerica-tables.txt', import.meta.url), 'utf8');
// As 1997-2002 EDGAR documents wrap their plain text.
const OPEN = '<html>\n<head>\n<title>FORM 10-Q</title>\n</head>\n<body>\n<pre>\n';
const CLOSE = '</pre>\n</body>\n</html>\n';
const WRAPPED = OPEN + PLAIN + CLOSE;
const SUBMISSION_HEAD = '<DOCUMENT>\n<TYPE>10-Q\n<SEQUENCE>1\n<FILENAME>d10q.htm\n<TEXT>\n';
const SUBMISSION = `${SUBMISSION_HEAD}${WRAPPED}</TEXT>\n</DOCUMENT>\n`;

/** What the engine read and found, every offset moved back by `shift` (the wrapper's length). */
function reading(text: string, shift: number, options: Parameters<typeof analyze>[1] = {}) {
  const a = analyze(text, options);
  const { findings } = runRules(a);
  const unshift = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(unshift);
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.entries(v).map(([k, x]) => [
          k,
          (k === 'start' || k === 'end') && typeof x === 'number' ? x - shift : unshift(x),
        ]),
      );
    }
    return v;
  };
  return {
    format: a.format,
    tables: unshift(a.tables),
    footnotes: unshift(a.footnotes),
    references: unshift(a.references),
    findings: unshift(findings.map((f) => ({ ruleId: f.ruleId, message: f.message, span: f.span }))),
  };
}

const bare = reading(PLAIN, 0, { languageHint: 'sgml' });

test('the bare text gives three tables, a resolved <F1> marker and one finding (the fixture is what it claims)', () => {
  const tables = bare.tables as { columns: unknown[] }[];
  assert.equal(tables.length, 3);
  assert.deepEqual(
    tables.map((t) => t.columns.length),
    [7, 7, 4],
  );
  const refs = bare.references as { marker: string; footnoteId?: string }[];
  assert.ok(refs.some((r) => /F1/.test(r.marker) && r.footnoteId));
  assert.equal((bare.findings as unknown[]).length, 1);
});

test('an HTML file wrapping SGML text reads as that text: same tables, columns, meanings, footnotes, findings', () => {
  assert.equal(detectFormat(WRAPPED, 'd10q.htm'), 'sgml');
  assert.equal(detectFormat(WRAPPED), 'sgml');
  const wrapped = reading(WRAPPED, OPEN.length, { uri: 'd10q.htm' });
  assert.deepEqual(wrapped, bare);
  // The reader says why an .htm file reads as 'sgml'; the bare text needs no such note.
  assert.ok(analyze(WRAPPED, { uri: 'd10q.htm' }).warnings.some((w) => /wraps plain EDGAR text/.test(w)));
  assert.ok(!analyze(PLAIN, { languageHint: 'sgml' }).warnings.some((w) => /wraps plain EDGAR text/.test(w)));
});

test('a <DOCUMENT> whose <TEXT> is <html><body><pre> around SGML tables is read as text', () => {
  const a = analyze(SUBMISSION);
  assert.equal(a.documents[0].body, 'text');
  const sub = reading(SUBMISSION, SUBMISSION_HEAD.length + OPEN.length);
  assert.deepEqual(sub.tables, bare.tables);
  assert.deepEqual(sub.references, bare.references);
  assert.deepEqual(sub.findings, bare.findings);
});

test('render copies wrapped SGML text line for line instead of rendering it as HTML', () => {
  const line = PLAIN.split('\n').find((l) => l.startsWith('Americas net sales'))!;
  assert.ok(renderFiling(SUBMISSION).text.includes(line));
  assert.ok(renderFiling(WRAPPED, 'd10q.htm').text.includes(line));
});

test('real HTML stays HTML: tables of cells, a <s> strike-through, "<C>" in prose', () => {
  const html = '<html><body><table><tr><td>Revenue</td><td>12</td></tr></table><p><S>old</S> new</p></body></html>';
  assert.equal(isSgmlTextInHtml(html), false);
  assert.equal(detectFormat(html, 'a.htm'), 'html');
  // "<C>" alone (no column-marker line) is no SGML table.
  assert.equal(isSgmlTextInHtml('<html><body><pre>Section <C> of the Act</pre></body></html>'), false);
});

test('HTML tables beside a <pre> of SGML tables: both kinds are read, the SGML ones as the bare text reads them', () => {
  const table =
    '<table><tr><td>Revenue</td><td>$</td><td>12</td></tr><tr><td>Cost</td><td>$</td><td>5</td></tr></table>\n';
  const head = `<html>\n<body>\n${table}<pre>\n`;
  const mixed = `${head}${PLAIN}</pre>\n${table}</body>\n</html>\n`;
  assert.equal(isSgmlTextInHtml(mixed), false);
  assert.equal(detectFormat(mixed, 'a.htm'), 'html');
  const a = analyze(mixed, { uri: 'a.htm' });
  assert.deepEqual(
    a.tables.map((t) => t.rows[0]?.label),
    ['Revenue', 'Macintosh CPU unit sales (in thousands)', 'Americas net sales', 'Rebecca G. Ames Trust', 'Revenue'],
  );
  const inPre = reading(mixed, head.length, { uri: 'a.htm' });
  const sgml = (inPre.tables as { id: string }[]).slice(1, 4).map((t) => ({ ...t, id: '' }));
  assert.deepEqual(
    sgml.map((t) => JSON.stringify({ ...t, sectionId: undefined, footnoteIds: undefined })),
    (bare.tables as { id: string }[]).map((t) =>
      JSON.stringify({ ...t, id: '', sectionId: undefined, footnoteIds: undefined }),
    ),
  );
  assert.deepEqual(inPre.findings, bare.findings);
});
