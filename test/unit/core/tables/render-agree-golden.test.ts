import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Analysis, Table } from '../../../../src/core/model';
import { analyze } from '../../../../src/core/analyze';
import { renderFiling } from '../../../../src/core/render/renderFiling';
import { readCorpus } from '../../../corpusPaths';
import { corpusTable, meaning } from './corpusTable';

// Golden meanings for the tables whose HTML reading and SEC-text rendering's reading differed (issue 14,
// test/corpus/meaning-render-agree.test.ts), each on the real table, read both ways where the fix was the text's.
const rendered = new Map<string, Analysis>();
function renderedTable(file: string, pred: (t: Table) => boolean): Table {
  let a = rendered.get(file);
  if (!a) rendered.set(file, (a = analyze(renderFiling(readCorpus(file), file).text, { uri: `${file}.txt` })));
  const t = a.tables.find(pred);
  assert.ok(t, `a matching rendered table in ${file}`);
  return t;
}
const both = (file: string, pred: (t: Table) => boolean): Table[] => [
  corpusTable(file, pred),
  renderedTable(file, pred),
];
const byPath = (t: Table, path: string): number => {
  const i = t.columns.findIndex((c) => c.path.join(' / ') === path);
  assert.ok(i >= 0, `${t.id} has a column headed ${path}: ${t.columns.map((c) => c.path.join(' / ')).join(' | ')}`);
  return i;
};
const titled = (re: RegExp) => (t: Table) => re.test(t.title ?? '');
const hasRow = (re: RegExp) => (t: Table) => t.rows.some((r) => re.test(r.label));

test('1999 Schedule II: the "Year Ended June 30, 1999" rows are rows of the table, not a period over its columns', () => {
  for (const t of both('html/10-K_0000950153-99-001234_1999.html', titled(/^SCHEDULE II/))) {
    assert.ok(
      t.rows.some((r) => r.label === 'Year Ended June 30, 1998' && r.kind === 'section'),
      t.rows.map((r) => r.label).join(' | '),
    );
    for (const c of t.columns.slice(1)) assert.equal(c.meaning?.period, undefined, c.path.join(' / '));
  }
});

test('Microsoft: "Less than 12 Months" and "12 Months or Greater" are aging buckets, no period', () => {
  for (const t of both('incoming/html/Microsoft_10-K_2016.htm', titled(/^Investments with continuous unrealized/))) {
    for (const c of t.columns) assert.equal(c.meaning?.period, undefined, c.path.join(' / '));
  }
});

test('Colgate maturities and benefit payments: the years label the rows, and "Years Ended December 31," over them dates no column', () => {
  // the maturities' band spans the label column and the amounts; the benefit payments' heads the label column only
  for (const pred of [hasRow(/^Thereafter$/), titled(/^Total benefit payments expected/)]) {
    for (const t of both('incoming/html/Colgate_10-K_2024.htm', pred)) {
      assert.equal(t.columns[0].role, 'label');
      assert.deepEqual(
        t.rows.slice(0, 5).map((r) => r.label),
        ['2024', '2025', '2026', '2027', '2028'],
      );
      // the HTML's figures are tagged at the balance date (an instant, from the facts); the header gives none
      for (const c of t.columns.slice(1)) assert.equal(c.meaning?.period?.months, undefined, c.path.join(' / '));
    }
  }
});

test("Lowe's, Colgate, Adobe: a period band the HTML spans short of the table's end heads the columns after it", () => {
  const [lowes, lowesText] = both('incoming/html/Lowes_10-Q_2023.htm', hasRow(/^Balance May 5, 2023$/));
  for (const t of [lowes, lowesText]) {
    const total = meaning(t, byPath(t, 'Three Months Ended August 4, 2023 / Total'));
    assert.equal(total.period?.end, '2023-08-04');
    assert.equal(total.period?.months, 3);
  }
  for (const t of both('incoming/html/Colgate_10-K_2024.htm', hasRow(/^Fair Value Hedges$/))) {
    assert.equal(meaning(t, byPath(t, 'December 31, 2023 / Commodity Contracts')).period?.end, '2023-12-31');
    assert.equal(meaning(t, byPath(t, 'December 31, 2023 / Total')).period?.end, '2023-12-31');
  }
  const adobe = corpusTable('incoming/html/Adobe_8-K-EX99_2023.htm', titled(/updated annual fiscal year 2023/));
  const high = adobe.columns.filter((c) => c.path.join(' / ') === 'Fiscal Year 2023 / High');
  assert.ok(high.some((c) => c.meaning?.period?.months === 12));
});

test('Colgate benefit payments: "Pension Plans" stays over its two plans, not Other Retiree Benefit Plans', () => {
  const t = corpusTable('incoming/html/Colgate_10-K_2024.htm', titled(/^Total benefit payments expected/));
  assert.ok(t.columns.some((c) => c.path.join(' / ') === 'Other Retiree Benefit Plans'));
});

test('20-F, Seagate, GM: the rendered band stands over the years, not over the Note, Total or vintage columns', () => {
  const sales = renderedTable(
    'html/20-F_0001062993-21-003193_2021.html',
    (t) => t.columns.some((c) => c.path.join(' / ') === 'Note') && t.rows.some((r) => r.label === 'Sales'),
  );
  assert.equal(meaning(sales, byPath(sales, 'Note')).period, undefined);
  assert.equal(meaning(sales, byPath(sales, 'For the year ended November 30, / 2020')).period?.end, '2020-11-30');
  const seagate = renderedTable('incoming/html/Seagate_10-Q_2017.htm', titled(/^Our contractual cash obligations/));
  assert.equal(meaning(seagate, byPath(seagate, 'Total')).period, undefined);
  const gm = renderedTable('incoming/html/GeneralMotors_10-Q_2023.htm', hasRow(/^Prime – FICO score 680/));
  assert.ok(gm.columns.some((c) => c.path.join(' / ') === 'Year of Origination / 2019'));
  assert.equal(meaning(gm, byPath(gm, 'June 30, 2023 / Total')).period?.end, '2023-06-30');
});

test('Tesla pay versus performance: a header wrapped over eight lines is no band over the column beside it', () => {
  const t = renderedTable('incoming/html/Tesla_10-KA_2025.htm', (x) =>
    x.columns.some((c) => c.path[0] === 'Median Annual Total'),
  );
  const i = t.columns.findIndex((c) => c.path[0] === 'Total CEO');
  assert.ok(i > 0, t.columns.map((c) => c.path.join(' / ')).join(' | '));
  assert.equal(meaning(t, i).period, undefined);
});

test('Colgate rendered: a "$" before a nil dash joins it, leaving no "$" column', () => {
  const text = renderFiling(readCorpus('incoming/html/Colgate_10-K_2024.htm'), 'colgate.htm').text;
  assert.match(text, /^Fair Value Hedges\t\$1,625\t\$—\t\$—\t\$1,625$/m);
});

test('IBM and NEORT exhibit indexes: the exhibit numbers are the label column in both readings, no figures', () => {
  for (const t of both('html/IBM_10-K_2025.html', hasRow(/^101\.INS$/))) {
    assert.equal(t.columns[0].role, 'label');
    assert.equal(t.rows[0].label, '(31)');
    assert.equal(t.columns.length, 3, t.columns.map((c) => c.role).join(' | '));
  }
  for (const t of both('html/NorthEuropeanOilRoyaltyTrust_10-K_2021.htm', hasRow(/^\(99\.2\)$/))) {
    assert.equal(t.columns[0].role, 'label');
    assert.deepEqual(t.columns[0].path, ['Exhibit']);
    assert.equal(t.rows[0].label, '(3.1)');
  }
});

test('3M equity, rendered: "$(30,860)" is a figure to the TAB reflow, so each equity column is one column', () => {
  const t = renderedTable('incoming/html/3M_10-Q_2023.htm', hasRow(/^Balance at March 31, 2022$/));
  const paid = byPath(t, '3M Company Shareholders / Common Stock and Additional Paid-in Capital');
  const row = (label: string) => t.rows.find((r) => r.label === label)!;
  assert.equal(row('Balance at March 31, 2022').cells[paid].text, '$6,568');
  assert.equal(row('Stock-based compensation').cells[paid].text, '48');
  assert.equal(t.columns.length, 7);
});

test('J&J equity investments: "January 1, 2023" and "July 2, 2023" head their carrying values only, not the flows', () => {
  const [html, text] = both('incoming/html/JohnsonJohnson_10-Q_2023.htm', hasRow(/^Equity Investments with readily/));
  for (const t of [html, text]) {
    assert.equal(meaning(t, byPath(t, 'January 1, 2023 / Carrying Value')).period?.end, '2023-01-01');
    assert.equal(meaning(t, byPath(t, 'July 2, 2023 / Carrying Value')).period?.end, '2023-07-02');
  }
  // The flows' period is the six months the HTML's facts give, which the rendering does not carry; no band's.
  assert.equal(meaning(html, byPath(html, 'Sales/ Purchases/Other')).period?.months, 6);
  assert.equal(meaning(text, byPath(text, 'Sales/ Purchases/Other')).period, undefined);
  assert.equal(meaning(text, byPath(text, 'Non Current Other Assets')).period, undefined);
});

test('J&J fair values: the Total right of the Level columns is at "July 2, 2023", read both ways', () => {
  for (const t of both('incoming/html/JohnsonJohnson_10-Q_2023.htm', (x) =>
    x.columns.some((c) => c.path.join(' / ') === 'July 2, 2023 / Level 1'),
  )) {
    assert.equal(meaning(t, byPath(t, 'July 2, 2023 / Total')).period?.end, '2023-07-02');
    assert.equal(meaning(t, byPath(t, 'January 1, 2023 / Total')).period?.end, '2023-01-01');
  }
});

test('Microsoft stock awards: the right-aligned "Shares" over the label slot heads the counts, read both ways', () => {
  for (const t of both('incoming/html/Microsoft_10-K_2016.htm', hasRow(/^Nonvested balance, beginning of year/))) {
    assert.equal(t.columns[1].path[0], 'Shares');
    assert.equal(meaning(t, 1).kind, 'count');
  }
});
