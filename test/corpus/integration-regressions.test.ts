// Regressions on the real tables whose misreading made false findings (or missed checks) before the integration.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../src/rules/index';
import { corpusFiles } from './rules-corpus';
import { mutateTable } from './mutate';

const file = (name: string) => corpusFiles().find((f) => f.name === name)!;
const table = (name: string, title: RegExp, label: RegExp) =>
  file(name).analysis.tables.find((t) => title.test(t.title ?? '') && t.rows.some((r) => label.test(r.label)))!;

function run(name: string) {
  const f = file(name);
  return { f, ...runRules(f.analysis, {}) };
}

test("GM's residual value table: 'Percentage' divides the units beside it, and every share is checked silently", () => {
  const { f, findings, checkedCells } = run('incoming/html/GeneralMotors_10-Q_2023.htm');
  const t = f.analysis.tables.find((x) => x.columns.some((c) => c.path.join(' ') === 'June 30, 2023 Units'))!;
  const pct = t.columns.find((c) => c.path.join(' ') === 'June 30, 2023 Percentage')!;
  assert.equal(t.columns[pct.meaning!.shareOf!.column].path.join(' '), 'June 30, 2023 Units');
  assert.deepEqual(findings.filter((x) => x.ruleId === 'percent-of-total' || x.ruleId === 'percent-change').map((x) => x.message), []);
  const share = t.rows[0].cells[pct.index];
  assert.ok(checkedCells.some((c) => c.ruleId === 'percent-of-total' && c.span.start === share.span.start));
});

test("Lowe's: '% Sales' of comprehensive income (no sales row) is inconclusive; the earnings statement's plugs (17.12) are accepted", () => {
  const { findings, checkedCells } = run('incoming/html/Lowes_10-Q_2023.htm');
  assert.deepEqual(findings.filter((x) => x.ruleId === 'percent-of-total').map((x) => x.message), []);
  assert.ok(checkedCells.some((c) => c.ruleId === 'percent-of-total' && /rounded so the column foots/.test(c.note ?? '')));
});

test("Golden Grain's 'Percent of Market' (a TOTAL row at 40.2%) is not checked against that total", () => {
  const { findings, tableChecks } = run('incoming/html/GoldenGrainEnergy_10-K_2021.htm');
  assert.deepEqual(findings.filter((x) => x.ruleId === 'percent-of-total').map((x) => x.message), []);
  assert.ok(tableChecks.some((c) => c.ruleId === 'percent-of-total' && /prints less than 100%/.test(c.reason ?? '')));
});

test("Colgate's '% of Net sales' rows under '% Change' are basis points; North America's 3.0% stays found", () => {
  const { findings } = run('incoming/html/Colgate_10-K_2024.htm');
  assert.deepEqual(findings.filter((x) => x.ruleId === 'percent-change').map((x) => x.actual), ['3.0%']);
});

test("J&J, McDonald's, Comcast: split change slots and drivers make no findings; J&J Women's Health (2.1)% for 4 vs 3 and Surgical International 10.1% for 249 vs 225 are found", () => {
  // 10.1: on the last product-sales page, which takes the first page's header (continuedHeader.ts); hand check in false-positives.test.ts
  assert.deepEqual(run('incoming/html/JohnsonJohnson_10-Q_2023.htm').findings.filter((x) => /^percent-/.test(x.ruleId)).map((x) => x.actual), ['(2.1)', '9.3', '10.8', '10.1']);
  assert.deepEqual(run('incoming/html/McDonalds_10-Q_2023.htm').findings.filter((x) => /^percent-/.test(x.ruleId)), []);
  assert.deepEqual(run('incoming/html/Comcast_10-Q_2023.htm').findings.filter((x) => /^percent-/.test(x.ruleId)), []);
  const gm = run('incoming/html/GeneralMotors_10-Q_2023.htm').f;
  const due = gm.analysis.tables.flatMap((t) => t.columns).filter((c) => /Variance Due To/.test(c.path.join(' ')));
  assert.ok(due.length > 0 && due.every((c) => c.meaning?.compares === null), 'Variance Due To columns are drivers');
});

test("Apple's 10-Q 2000 (SGML): bands centred over 'date date CHANGE' span all three; each CHANGE compares its two dates", () => {
  const t = table('sgml/Apple_10-Q_2000.txt', /^NET SALES$/, /Americas net sales/);
  assert.deepEqual(t.columns.slice(1).map((c) => c.path.join(' > ')), [
    'THREE MONTHS ENDED > 4/1/00', 'THREE MONTHS ENDED > 3/27/99', 'THREE MONTHS ENDED > CHANGE',
    'SIX MONTHS ENDED > 4/1/00', 'SIX MONTHS ENDED > 3/27/99', 'SIX MONTHS ENDED > CHANGE',
  ]);
  assert.deepEqual(t.columns[3].meaning?.compares, [1, 2]);
  assert.deepEqual(t.columns[6].meaning?.compares, [4, 5]);
});

test("Tyson's restatement: '% Change' beside Reported | Adjustments | Revised compares revised with reported", () => {
  const t = table('incoming/html/TysonFoods_8-K_2020.htm', /misappropriations/, /Inventories/);
  const change = t.columns.find((c) => c.path.join(' > ') === '2017 > % Change')!;
  assert.deepEqual(change.meaning?.compares?.map((i) => t.columns[i].path.join(' > ')), ['2017 > Revised', '2017 > Reported']);
});

test("Comcast's '(in millions) | 2023 | 2022 | % | %' is a header row: the '%' heading is not glued to 2022, and Change compares 2023 with 2022", () => {
  const { f, findings, checkedCells } = run('incoming/html/Comcast_10-Q_2023.htm');
  const t = f.analysis.tables.find((x) => /Supplemental Costs and Expenses/.test(x.title ?? '') && x.rows.some((r) => /^Programming/.test(r.label)))!;
  assert.ok(!t.rows.some((r) => r.cells.some((c) => /2022%/.test(c.text))), 'no "2022%" data cell');
  const change = t.columns.find((c) => c.path.join(' > ') === 'Change > %' && c.meaning?.period === undefined)!;
  const [cur, cmp] = change.meaning!.compares!;
  assert.deepEqual([t.columns[cur].path.at(-1), t.columns[cmp].path.at(-1)], ['2023', '2022']);
  const programming = t.rows.find((r) => /^Programming/.test(r.label))!;
  assert.ok(checkedCells.some((c) => c.ruleId === 'percent-change' && c.span.start === programming.cells[change.index].span.start), '(2.1)% checked');
  // Constant-currency columns (and the '%' slots beside them) stay skipped: no finding anywhere in the filing.
  assert.deepEqual(findings.filter((x) => x.ruleId === 'percent-change').map((x) => x.message), []);
  const cc = t.columns.find((c) => /Constant Currency/.test(c.path.join(' ')) && c.meaning?.kind === 'percent-change')!;
  assert.equal(cc.meaning!.basis, 'constant-currency');
});

test("J&J's 'July 3, 2022' split into two slots (ERLEADA's figure in the second) is one amount column: 'Total Change' compares the two dates", () => {
  const { f, checkedCells } = run('incoming/html/JohnsonJohnson_10-Q_2023.htm');
  const t = f.analysis.tables.find((x) => /Pharmaceutical Therapeutic Area Sales.*Six Months/.test(x.title ?? ''))!;
  const total = t.columns.filter((c) => c.path.join(' ') === 'Total Change');
  // one column since its `*` cells sit in the figure slot (tables/grid.ts); two slots before, each paired
  assert.ok(total.length >= 1 && total.every((c) => c.meaning?.compares !== null), 'every Total Change slot is paired');
  const checked = new Set(checkedCells.filter((c) => c.ruleId === 'percent-change').map((c) => c.span.start));
  for (const label of [/^Immunology$/, /^REMICADE$/, /^ERLEADA$/]) {
    const row = t.rows.find((r) => label.test(r.label))!;
    const cell = total.map((c) => row.cells[c.index]).find((c) => c && c.value.kind !== 'empty')!;
    assert.ok(checked.has(cell.span.start), `${row.label} ${cell.text} checked`);
  }
  // 'Operations Change' (ex-currency) and 'Currency Change' (a driver) stay unchecked.
  for (const c of t.columns.filter((x) => /Operations Change|Currency Change/.test(x.path.join(' ')))) assert.equal(c.meaning?.compares ?? null, null);
});

test("McDonald's EPS reconciliation: a dash slot under 'EPS > 2023' belongs to that amount column, not to the change beside it", () => {
  const { f, findings } = run('incoming/html/McDonalds_10-Q_2023.htm');
  const t = f.analysis.tables.find((x) => /EARNINGS PER SHARE-DILUTED RECONCILIATION/.test(x.title ?? ''))!;
  for (const c of t.columns.filter((x) => /Earnings per share - diluted > 2023$/.test(x.path.join(' > ')))) {
    assert.ok(c.meaning?.kind !== 'percent-change' && (c.meaning?.compares ?? null) === null, `col${c.index} is no change`);
  }
  assert.deepEqual(findings.filter((x) => x.ruleId === 'percent-change').map((x) => x.message), []);
});

test("J&J's six-month income statement: 'Percent to Sales' of July 3, 2022 reads the amounts from both slots of that date, and every share is checked silently", () => {
  const { f, findings, checkedCells } = run('incoming/html/JohnsonJohnson_10-Q_2023.htm');
  const t = f.analysis.tables.find((x) => x.rows.some((r) => /^Sales to customers/.test(r.label)) && x.columns.some((c) => c.path.join(' ') === 'Fiscal Six Months Ended July 3, 2022'))!;
  const share = t.columns.filter((c) => c.meaning?.kind === 'share').at(-1)!;
  const checked = new Set(checkedCells.filter((c) => c.ruleId === 'percent-of-total').map((c) => c.span.start));
  // 'Cost of products sold' 15,517 sits in the first slot, IPR&D 610 in the second: both are checked against 47,446.
  for (const label of [/^Cost of products sold/, /^In-process research/, /^NET EARNINGS$/]) {
    const row = t.rows.find((r) => label.test(r.label))!;
    assert.ok(checked.has(row.cells[share.index].span.start), `${row.label} ${row.cells[share.index].text} checked`);
  }
  assert.deepEqual(findings.filter((x) => x.ruleId === 'percent-of-total').map((x) => x.message), []);
});

test("J&J's quarter: Gross profit 67.8% of sales misprinted 101.7% is flagged (the base prints 100% and is larger), not taken for a wrong base", () => {
  const f = file('incoming/html/JohnsonJohnson_10-Q_2023.htm');
  const t = f.analysis.tables.find((x) => x.rows.some((r) => /^Gross profit/.test(r.label)) && x.columns.some((c) => c.path.join(' ') === 'Fiscal Second Quarter Ended Percent to Sales'))!;
  const share = t.columns.find((c) => c.meaning?.kind === 'share')!;
  const cell = t.rows.find((r) => /^Gross profit/.test(r.label))!.cells[share.index];
  assert.equal(cell.text.trim(), '67.8');
  const mutated = mutateTable(t, cell, { kind: 'x1.5', digits: '101.7', value: 101.7, decimals: 1 });
  const { findings } = runRules({ ...f.analysis, tables: [mutated], warnings: [] }, { rules: { 'percent-of-total': 'warning' } });
  assert.ok(findings.some((x) => x.ruleId === 'percent-of-total' && x.span.start === cell.span.start), '101.7% flagged');
});
