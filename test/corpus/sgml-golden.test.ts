import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { readSgml } from '../../src/core/formats/sgml/readSgml';
import { analyze } from '../../src/core/analyze';
import type { RawTable } from '../../src/core/model';
import { corpusUrl } from '../corpusPaths';

const dir = corpusUrl('sgml/');
const corpus = (name: string) => readFileSync(new URL(name, dir), 'utf8');
const texts = (t: RawTable, row: number) => t.rows[row].cells.map((c) => c.text);

test('reads the Page America 1995 Selling Shareholders table: ~130 holders, wrapped names joined, <F1> in the header', () => {
  const text = corpus('PageAmericaGroup_S-3A_1995.txt');
  const r = readSgml(text);
  assert.equal(r.tables.length, 1);
  const t = r.tables[0];
  assert.equal(t.layout, 'fixed-width');
  assert.equal(t.headerRows, 2, 'a spanning band over the after-sale columns, then one band of column headers');
  const data = t.rows.slice(t.headerRows);
  assert.equal(data.length, 132);
  assert.ok(data.every((row) => row.cells.length === 4));
  assert.deepEqual(texts(t, 2), ['Rebecca G. Ames Trust', '537', '0', '0']);
  assert.deepEqual(texts(t, 3), ['AmSouth Bank, FBO Margaret Spencer South', '5,530', '0', '0']);
  const labels = data.map((row) => row.cells[0].text);
  assert.ok(labels.includes('Foley, Revy Investment Co., Inc. Account: First Interstate Bank of Oregon as Agent for Oregon Equity Fund'));
  assert.ok(labels.includes('T. Rowe Price Strategic Partners Fund II, L.P.'));
  assert.ok(labels.includes('Bergman Horowitz & Reynolds, PC'), 'a name running past the first <C> stays a name');
  assert.deepEqual(data.find((row) => row.cells[0].text === 'William M. Spencer, III')?.cells.map((c) => c.text),
    ['William M. Spencer, III', '3,615', '3,750', '*']);
  const band = t.rows[0].cells[2];
  assert.equal(band.text, 'Ownership of Common Stock After Sale, Assuming Owners Were to Elect to Sell All Such Shares Offered Hereby <F1>');
  assert.equal(band.colSpan, 2);
  assert.equal(band.pieces?.length, 4, 'one piece per printed line');
  assert.deepEqual(texts(t, 1), ['Name of Selling Shareholder',
    'Common Stock Issuable in lieu of Payment of Cash Dividends on Series One Convertible Preferred Stock',
    'Number of Shares Owned', 'Percent Owned']);
  assert.deepEqual(r.footnotes.map((f) => [f.marker, f.key]), [['*', '*'], ['<F1>', '1']]);
  assert.match(r.footnotes[1].text, /^Does not include shares of Common Stock .* exercise of warrants\.$/);
});

test('resolves the Page America <F1> and * markers through analyze', () => {
  const a = analyze(corpus('PageAmericaGroup_S-3A_1995.txt'));
  const t = a.tables[0];
  assert.equal(t.title, 'SELLING SHAREHOLDERS', 'the heading above the lead-in paragraph, not the paragraph');
  assert.equal(t.rows.length, 132);
  assert.equal(t.lessThanOneLegend, true);
  assert.deepEqual(t.columns[3].path, ['Ownership of Common Stock After Sale, Assuming Owners Were to Elect to Sell All Such Shares Offered Hereby', 'Percent Owned']);
  assert.deepEqual(t.columns[2].path.slice(-1), ['Number of Shares Owned']);
  const byMarker = new Map(a.references.map((r) => [r.marker, a.footnotes.find((f) => f.id === r.footnoteId)?.marker]));
  assert.equal(byMarker.get('<F1>'), '<F1>');
  assert.equal(byMarker.get('*'), '*');
});

test('reads the Apple 1997 results table: years, CHANGE columns with (28%), NM and --%', () => {
  const text = corpus('Apple_10-K_1997.txt');
  const r = readSgml(text);
  const t = r.tables.find((x) => x.rows.some((row) => row.cells[0].text === 'Net sales' && row.cells[2]?.text === '(28%)'));
  assert.ok(t, 'results table found');
  assert.equal(t.headerRows, 1);
  assert.deepEqual(texts(t, 0), ['', '1997', 'CHANGE', '1996', 'CHANGE', '1995']);
  assert.equal(t.caption?.text, '(TABULAR INFORMATION: DOLLARS IN MILLIONS, EXCEPT PER SHARE AMOUNTS)');
  assert.deepEqual(texts(t, 1), ['Net sales', '$ 7,081', '(28%)', '$ 9,833', '(11%)', '$ 11,062']);
  assert.deepEqual(texts(t, 3), ['Percentage of net sales', '19%', '', '10%', '', '26%']);
  assert.deepEqual(texts(t, 9), ['In-process research and development', '$ 375', 'NM', '$ --', 'NM', '$ --']);
  assert.deepEqual(texts(t, 10), ['Percentage of net sales', '5%', '', '--%', '', '--%']);
  assert.deepEqual(texts(t, 16), ['Net income (loss)', '$ (1,045)', '(28%)', '$ (816)', '(292%)', '$ 424']);
  assert.equal(t.rows.filter((row) => row.cells[0].text === 'Percentage of net sales').length, 6);
  assert.match(t.after ?? '', /NM: Not Meaningful/);
});

test('types the Apple 1997 results cells through analyze', () => {
  const a = analyze(corpus('Apple_10-K_1997.txt'));
  const t = a.tables.find((x) => x.rows.some((row) => row.label === 'Net sales' && row.cells[2]?.text === '(28%)'));
  assert.ok(t);
  assert.deepEqual(t.columns.map((c) => c.year), [undefined, 1997, undefined, 1996, undefined, 1995]);
  assert.equal(t.scale, 1e6);
  const net = t.rows.find((row) => row.label === 'Net sales')!;
  assert.deepEqual(net.cells[1].value, { kind: 'number', value: 7081, decimals: 0, money: true });
  assert.equal(net.cells[2].value.kind, 'percent');
  assert.equal(net.cells[2].value.value, -28);
  const ipr = t.rows.find((row) => row.label === 'In-process research and development')!;
  assert.equal(ipr.cells[2].value.kind, 'not-meaningful');
  const pct = t.rows.filter((row) => row.label === 'Percentage of net sales');
  assert.equal(pct[3].cells[3].value.kind, 'not-meaningful', '--% is not meaningful');
});

test('reads metadata from SEC-HEADER, IMS-HEADER, PEM-wrapped and header-less files', () => {
  const meta = (name: string) => readSgml(corpus(name)).metadata;
  assert.deepEqual(meta('Apple_10-K_1997.txt'), {
    accession: '0001047469-97-006960', formType: '10-K', period: '1997-09-26', filingDate: '1997-12-05',
    company: 'APPLE COMPUTER INC', cik: '0000320193',
  });
  assert.deepEqual(meta('Apple_10-K_1994.txt'), {
    accession: '0000320193-94-000016', formType: '10-K', period: '1994-09-30', filingDate: '1994-12-13',
    company: 'APPLE COMPUTER INC', cik: '0000320193',
  });
  const cst = meta('CommonSenseTrust_24F-2NT_1995.txt');
  assert.equal(cst.formType, '24F-2NT');
  assert.match(cst.filingDate ?? '', /^\d{4}-\d{2}-\d{2}$/);
  assert.equal(meta('CVREnergy_SC-TO-TA_2025.txt').formType, 'SC TO-T/A');
  assert.equal(meta('Tesla_10-K_2020_minimal.txt').company, 'Tesla, Inc.');
  assert.deepEqual(meta('PageAmericaGroup_S-3A_1995.txt'), { formType: 'S-3/A', company: 'PAGE AMERICA GROUP, INC.' });
});

const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();

test('reads every corpus SGML file without throwing, with every table inside the text (times: npm run bench)', () => {
  for (const name of files) {
    const text = corpus(name);
    const r = readSgml(text);
    assert.ok(r.documents.length >= 1, name);
    for (const t of r.tables) assert.ok(t.span.start >= 0 && t.span.end <= text.length && t.span.start <= t.span.end, name);
  }
});

test('gives every fixed-width cell in the corpus a span that slices back to its text', () => {
  for (const name of files) {
    const text = corpus(name);
    if (!/^<S>/m.test(text)) continue; // no fixed-width tables (modern HTML submissions)
    for (const t of readSgml(text).tables.filter((x) => x.layout === 'fixed-width')) {
      for (const row of t.rows) {
        for (const c of row.cells) {
          if (c.pieces) {
            for (const p of c.pieces) {
              const piece = text.slice(p.span.start, p.span.end).replace(/\s+/g, ' ');
              assert.equal(c.text.slice(p.at, p.at + piece.length), piece, `${name}: ${c.text}`);
            }
          } else {
            assert.equal(text.slice(c.span.start, c.span.end).replace(/\s+/g, ' '), c.text, `${name} at ${c.span.start}`);
          }
        }
      }
    }
  }
});

test('finds the fixed-width tables of the 1990s filings, tagged and untagged (counts checked by eye)', () => {
  const count = (name: string) => {
    const text = corpus(name);
    const tables = readSgml(text).tables.filter((t) => t.layout === 'fixed-width');
    // A table whose span starts at a <TABLE> tag, or a later <S> segment of the same block, is tagged.
    const untagged = tables.filter((t) => !/<TABLE>|<S>|<CAPTION>/i.test(text.slice(t.span.start, t.span.end)));
    return [tables.length - untagged.length, untagged.length];
  };
  assert.deepEqual(count('PageAmericaGroup_S-3A_1995.txt'), [1, 0]);
  assert.deepEqual(count('Apple_10-K_1994.txt'), [33, 2]);
  assert.deepEqual(count('Apple_10-K_1997.txt'), [42, 0]);
  assert.deepEqual(count('Apple_10-Q_1997.txt'), [28, 2]);
  assert.deepEqual(count('AamesCapital_8-K_1998.txt'), [8, 0]);
});

test('reads the untagged restructuring roll-forward of the Apple 1994 10-K into columns', () => {
  const text = corpus('Apple_10-K_1994.txt');
  const t = readSgml(text).tables.find((x) => x.rows.some((r) => r.cells[0].text === 'Employee termination payments(C)'));
  assert.ok(t);
  assert.equal(t.caption?.text, '(in thousands)');
  assert.deepEqual(t.rows.slice(t.headerRows).map((r) => r.cells.map((c) => c.text)).slice(0, 2), [
    ['Employee termination payments(C)', '$ 84,062', '$ 42,376', '$ 30,933', '$ 10,753'],
    ['Other costs relating to terminated employees (B)', '4,282', '3,227', '1,055', '--'],
  ]);
  assert.deepEqual(t.rows[t.rows.length - 1].cells.map((c) => c.text), ['', '$ 307,932', '$ 122,839', '$ 126,855', '$ 58,238']);
});

test('finds the Parts and Items of the Apple 1997 10-K, joining an Item title wrapped onto a second line', () => {
  const text = corpus('Apple_10-K_1997.txt');
  const titles = readSgml(text).headings.map((h) => h.title);
  const items = titles.filter((t) => /^ITEM \d+\./.test(t));
  assert.deepEqual(items.map((t) => t.split('.')[0]), Array.from({ length: 14 }, (_, i) => `ITEM ${i + 1}`));
  assert.ok(items.includes("ITEM 7. MANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND RESULTS OF OPERATIONS"));
  for (const p of ['PART I', 'PART II', 'PART III', 'PART IV']) assert.ok(titles.includes(p), p);
  assert.ok(titles.includes('RESULTS OF OPERATIONS'));
  assert.ok(!titles.some((t) => /^\(DOLLARS IN/.test(t)), 'scale notes are not headings');
});

test('places the tables of HTML documents inside modern submissions within their own <DOCUMENT>', () => {
  for (const name of ['CVREnergy_SC-TO-TA_2025.txt', 'VigilNeuroscience_S-3_2025.txt', 'Exelon_8-K_2005.txt']) {
    const r = readSgml(corpus(name));
    const html = r.documents.filter((d) => d.body === 'html');
    const tables = r.tables.filter((t) => t.layout === 'html');
    assert.ok(tables.length > 0, name);
    for (const t of tables) assert.ok(html.some((d) => t.span.start >= d.span.start && t.span.end <= d.span.end), `${name} at ${t.span.start}`);
  }
});
