import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analyze';
import type { Table } from '../../../../src/core/model';
import { readPeriod } from '../../../../src/core/tables/meaning/period';
import { renderHtml } from '../../../../src/core/render/renderHtml';

// Small fixtures for the rules that made an HTML table and its SEC-text rendering read alike (issue 14; the real
// tables are in render-agree-golden.test.ts): one per rule, with a guard where the rule must not reach.
const html = (body: string): Table[] => analyze(`<html><body>${body}</body></html>`, { uri: 'fixture.htm' }).tables;
const converted = (...table: string[]): Table[] =>
  analyze(
    ['ACME CORP', '', 'Form 10-K', '', 'March 3, 2010', '', 'The following table sets forth results:', '', ...table, '']
      .concat(['Our market', ''])
      .join('\n'),
    { uri: 'acme.txt', languageHint: 'converted' },
  ).tables;
const paths = (t: Table) => t.columns.map((c) => c.path.join(' / '));
const tr = (...cells: string[]) => `<tr>${cells.join('')}</tr>`;

test('a section label in a colSpan whose first slot is empty below is a row of the table, not a header row', () => {
  const [t] = html(
    '<table>' +
      tr('<td colspan="2"></td>', '<td>Balance at beginning of year</td>', '<td>Deductions</td>') +
      tr('<td colspan="2">Year Ended June 30, 1999</td>', '<td></td>', '<td></td>') +
      tr('<td></td>', '<td>Allowances</td>', '<td>2,826,000</td>', '<td>989,000</td>') +
      tr('<td colspan="2">Year Ended June 30, 1998</td>', '<td></td>', '<td></td>') +
      tr('<td></td>', '<td>Allowances</td>', '<td>1,150,000</td>', '<td>460,000</td>') +
      '</table>',
  );
  assert.equal(t.headerRows.length, 1);
  assert.deepEqual(
    t.rows.map((r) => `${r.kind}:${r.label}`),
    ['section:Year Ended June 30, 1999', 'data:Allowances', 'section:Year Ended June 30, 1998', 'data:Allowances'],
  );
  assert.equal(t.columns[1].meaning?.period, undefined);
});

test('an aging bucket names no period; a duration still does', () => {
  assert.equal(readPeriod(['Less than 12 Months']), undefined);
  assert.equal(readPeriod(['12 Months or Greater']), undefined);
  assert.equal(readPeriod(['More than five years']), undefined);
  assert.equal(readPeriod(['Twelve Months Ended December 31,'])?.months, 12);
  assert.equal(readPeriod(['Three Months Ended June 30, 2023'])?.end, '2023-06-30');
});

test("a band spanning the label column and the figures' column is read once as their period", () => {
  const [t] = html(
    '<table>' +
      tr('<td colspan="2">Year Ended December 31, 2023</td>') +
      tr('<td>Net sales</td>', '<td>$521</td>') +
      tr('<td>Cost of sales</td>', '<td>290</td>') +
      '</table>',
  );
  assert.equal(t.columns[1].meaning?.period?.label, 'Year Ended December 31, 2023');
  assert.equal(t.columns[1].meaning?.period?.months, 12);
});

test("...but over rows labelled by years it names the rows' periods: no column is dated by it, spanning or not", () => {
  const rows = (label: string) =>
    [
      ['2024', '$521'],
      ['2025', '643'],
      ['2026-2030', '1,060'],
      ['Thereafter', '4,290'],
    ]
      .map(([y, v]) => tr(label.replace('$Y', y), `<td>${v}</td>`))
      .join('');
  const spanning = html(`<table>${tr('<td colspan="2">Years Ended December 31,</td>')}${rows('<td>$Y</td>')}</table>`);
  const overLabels = html(
    `<table>${tr('<td colspan="3">Years Ended December 31,</td>', '<td>Total</td>')}` +
      `${rows('<td colspan="3">$Y</td>')}</table>`,
  );
  const text = converted('Years Ended December 31,\tTotal', '2024\t$521', '2025\t643', '2026-2030\t1,060');
  for (const [t] of [spanning, overLabels, text]) {
    assert.equal(t.columns.length, 2);
    assert.equal(t.columns[0].role, 'label');
    assert.equal(t.rows[0].label, '2024');
    assert.equal(t.columns[1].meaning?.period, undefined, t.columns[1].path.join(' / '));
  }
});

const hedges = (band: string, right: string) =>
  html(
    '<table>' +
      tr('<td></td>', `<td colspan="2">${band}</td>`, ...(right ? [`<td>${right}</td>`, '<td></td>'] : [])) +
      tr('<td></td>', '<td>Currency Contracts</td>', '<td>Currency Debt</td>', '<td>Commodity</td>', '<td>Total</td>') +
      tr('<td>Fair Value Hedges</td>', '<td>1,625</td>', '<td>10</td>', '<td>5</td>', '<td>1,640</td>') +
      tr('<td>Cash Flow Hedges</td>', '<td>869</td>', '<td>20</td>', '<td>39</td>', '<td>928</td>') +
      '</table>',
  )[0];

test("a lone period band the HTML spans short of the table's end heads the columns after it", () => {
  const t = hedges('December 31, 2023', '');
  assert.deepEqual(paths(t).slice(3), ['December 31, 2023 / Commodity', 'December 31, 2023 / Total']);
  assert.equal(t.columns[4].meaning?.period?.end, '2023-12-31');
});

test('...but not where the columns after it have a band of their own, or the band names no period', () => {
  const own = hedges('December 31, 2023', 'Other');
  assert.equal(own.columns[4].meaning?.period, undefined);
  const category = hedges('Pension Plans', '');
  assert.deepEqual(paths(category).slice(3), ['Commodity', 'Total']);
});

test('a text band standing over the second column of a full header row starts there, not over the Note column', () => {
  const [t] = converted(
    '\t\tFor the year ended November 30,\t\t',
    '\tNote\t2020\t2019\t2018',
    'Sales\t\t$70,931\t$28,257\t$-',
    'Accounting and audit fees\t7\t67,282\t80,415\t66,463',
    'Consulting fees\t7,10\t275,182\t125,685\t187,015',
  );
  assert.deepEqual(paths(t).slice(1), [
    'Note',
    'For the year ended November 30, / 2020',
    'For the year ended November 30, / 2019',
    'For the year ended November 30, / 2018',
  ]);
});

test('a header wrapped over lines that go on below where the next column starts its own is no band over it', () => {
  const [t] = converted(
    '\t\tMedian Annual Total\t',
    '\t\tCompensation of all\t',
    '\tTotal\tEmployees,\tTotal CEO',
    '\tCompensation\tas reported\tRealized',
    'Year\t($)\t($)\t($)',
    '2024\t100\t57,243\t200',
    '2023\t110\t45,811\t210',
  );
  assert.deepEqual(t.columns[3].path, ['Total CEO', 'Realized', '($)']);
});

test('...while a two-line band over a row of years still spans them', () => {
  const [t] = converted(
    '\tFiscal Year Ended\t\t',
    '\tNovember 30,\t\t',
    'Expense\t2021\t2020\tIncrease/(Decrease)',
    'Professional fees\t$56,463\t$44,615\t$11,848',
    'Insurance\t250\t2,477\t(2,227)',
  );
  assert.deepEqual(t.columns[2].path, ['Fiscal Year Ended', 'November 30,', '2020']);
});

test('the rendering joins a "$" to the nil dash after it, as it joins it to a number', () => {
  const text = renderHtml(
    '<table>' +
      tr('<td></td>', '<td colspan="2">2023</td>', '<td colspan="2">2022</td>') +
      tr('<td>Debt</td>', '<td>$</td>', '<td>—</td>', '<td>$</td>', '<td>1,625</td>') +
      tr('<td>Leases</td>', '<td></td>', '<td>869</td>', '<td></td>', '<td>908</td>') +
      '</table>',
  ).text;
  assert.match(text, /^Debt\t\$—\t\$1,625$/m);
  assert.match(text, /^Leases\t869\t908$/m);
});

test('exhibit numbers opening rows described in words label them: first slot, label column, no header rows', () => {
  // IBM: "(31)" over the three label slots; NEORT: rows (3.1), (3.2) with no page number read as header rows
  const ibm = html(
    '<table>' +
      tr(
        '<td colspan="3">(31)</td>',
        '<td></td>',
        '<td>Certification by CEO pursuant to Rule 13A-14(a)</td>',
        '<td>31.1</td>',
      ) +
      tr(
        '<td colspan="3"></td>',
        '<td></td>',
        '<td>Certification by CFO pursuant to Rule 13A-14(a)</td>',
        '<td>31.2</td>',
      ) +
      tr(
        '<td colspan="3">(32)</td>',
        '<td></td>',
        '<td>Certification by CEO pursuant to 18 U.S.C. 1350</td>',
        '<td>32.1</td>',
      ) +
      tr('<td>101.INS</td>', '<td colspan="3"></td>', '<td>XBRL Instance Document</td>', '<td></td>') +
      '</table>',
  )[0];
  assert.equal(ibm.columns.length, 3);
  assert.deepEqual(
    ibm.rows.map((r) => r.label),
    ['(31)', '', '(32)', '101.INS'],
  );
  const neort = converted(
    'Exhibit\tPage\t',
    '(3.1)\tNorth European Oil Royalty Trust Agreement, dated September 10, 1975\t',
    '(3.2)\tAmended and Restated Trustees Regulations\t',
    '(4.1)\tDescription of Securities\t32',
    '(31)\tCertification of Chief Executive Officer\t33',
  )[0];
  assert.equal(neort.headerRows.length, 1);
  assert.equal(neort.rows[0].label, '(3.1)');
  for (const t of [ibm, neort]) {
    assert.equal(t.columns[0].role, 'label');
    assert.equal(t.columns[0].meaning?.kind, 'text');
  }
});

test('...but amounts opening a cash bridge ("7.4 | net cash generated ...") stay figures', () => {
  const [t] = html(
    '<table>' +
      tr('<td>$14.1</td>', '<td>Q4 2022 Cash and cash equivalents balance</td>') +
      tr('<td>7.4</td>', '<td>net cash generated from operating activities</td>') +
      tr('<td>(0.5)</td>', '<td>net cash used by investing activities</td>') +
      tr('<td>$21.2</td>', '<td>Q2 2023 Cash and cash equivalents</td>') +
      '</table>',
  );
  assert.notEqual(t.columns[0].role, 'label');
  assert.equal(t.columns[0].meaning?.kind, 'amount');
});

test('the rendering underlines a band an empty column group stops short, and the text reads it that far', () => {
  const table =
    '<table>' +
    tr(
      '<td></td>',
      '<td colspan="2">January 1, 2023</td>',
      '<td colspan="2"></td>',
      '<td colspan="2">July 2, 2023</td>',
    ) +
    tr(
      '<td></td>',
      '<td colspan="2">Carrying Value</td>',
      '<td colspan="2">Changes</td>',
      '<td colspan="2">Carrying Value</td>',
    ) +
    tr('<td>Equity</td>', '<td>$</td>', '<td>576</td>', '<td colspan="2">(83)</td>', '<td colspan="2">493</td>') +
    '</table>';
  const text = renderHtml(table).text;
  assert.match(text, /^\tJanuary 1, 2023\t\tJuly 2, 2023\n\t---\t\t---\n\tCarrying Value\tChanges\tCarrying Value$/m);
  const [t] = converted(...text.split('\n'));
  assert.deepEqual(paths(t).slice(1), ['January 1, 2023 / Carrying Value', 'Changes', 'July 2, 2023 / Carrying Value']);
  assert.deepEqual(paths(html(table)[0]).slice(1), paths(t).slice(1));
  // An empty cell of one slot stops nothing (the HTML reading spreads a band over it): no rule.
  const loose = renderHtml(table.replace('<td colspan="2"></td>', '<td></td><td></td>')).text;
  assert.doesNotMatch(loose, /---/);
});

test('a dated band stopping one column short of a bandless Total heads it, as the next date heads its own', () => {
  const levels = (band: string, leaf: string) =>
    html(
      '<table>' +
        // The empty header cell spans the Total's spacer and its figure: no band spreads over it (bands.ts).
        tr('<td></td>', `<td colspan="3">${band}</td>`, '<td colspan="2"></td>', '<td>January 1, 2023</td>') +
        tr(
          '<td></td>',
          '<td>Level 1</td>',
          '<td>Level 2</td>',
          '<td>Level 3</td>',
          '<td></td>',
          `<td>${leaf}</td>`,
          '<td>Total</td>',
        ) +
        tr(
          '<td>Forward contracts</td>',
          '<td>—</td>',
          '<td>893</td>',
          '<td>—</td>',
          '<td></td>',
          '<td>893</td>',
          '<td>629</td>',
        ) +
        '</table>',
    )[0];
  const t = levels('July 2, 2023', 'Total');
  assert.deepEqual(paths(t).slice(4), ['July 2, 2023 / Total', 'January 1, 2023 / Total']);
  assert.equal(t.columns[4].meaning?.period?.end, '2023-07-02');
  // Not a band naming no date, nor a column other than a Total.
  assert.deepEqual(paths(levels('Fair value', 'Total')).slice(4), ['Total', 'January 1, 2023 / Total']);
  assert.deepEqual(paths(levels('July 2, 2023', 'Netting')).slice(4), ['Netting', 'January 1, 2023 / Total']);
});

test('the rendering writes a right-aligned header spanning the label slot and a column over that column', () => {
  const table = (align: string) =>
    '<table>' +
    tr(`<td colspan="3" ${align}>Shares</td>`, '<td></td>', '<td colspan="2">Weighted Average Fair Value</td>') +
    tr('<td>Nonvested balance</td>', '<td></td>', '<td>216</td>', '<td></td>', '<td>$</td>', '<td>32.72</td>') +
    tr('<td>Granted</td>', '<td></td>', '<td>83</td>', '<td></td>', '<td>$</td>', '<td>41.51</td>') +
    '</table>';
  for (const align of ['align="right"', 'style="text-align:right"']) {
    const text = renderHtml(table(align)).text;
    assert.match(text, /^\tShares\tWeighted Average Fair Value$/m);
    const [t] = converted(...text.split('\n'));
    assert.deepEqual(paths(t).slice(1), ['Shares', 'Weighted Average Fair Value']);
    assert.deepEqual(paths(html(table(align))[0]).slice(1), paths(t).slice(1));
  }
  // Left-aligned, it stays in the label column, as the page shows a title or section label over the rows.
  assert.match(renderHtml(table('')).text, /^Shares\t\tWeighted Average Fair Value$/m);
});
