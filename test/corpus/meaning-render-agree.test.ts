import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { renderAgreement } from './renderAgreement';
import { CORPUS_DIR, readCorpus } from '../corpusPaths';

/**
 * Issue 14: an HTML filing and its SEC-text rendering (`filing-lens render`) read to the same column meanings
 * (kind, period, basis, sign, compares as periods, shareOf) and the same findings. Every HTML file of the corpus
 * is compared; the tables still differing are listed here with their cause, so a new difference fails and a
 * fixed one must be taken off the list. Measured when this test was widened: 64 tables (143 columns) differed
 * and 5 findings were in one reading only; after the fixes, 48 tables (98 columns) and none. The TAB reflow
 * (tabReflow.ts) then made 5 of them agree and 5 others differ (marked REFLOW): 48 tables still; the HTML header
 * layout (headerRows.ts: NEORT's <th> title row) made 6 more agree and 3M t16 differ: 43 tables. The page-cut
 * header (continuedHeader.ts) gave J&J t35-t38 their header in the rendering only (PAGE_CUT).
 */
const PERIOD = 'period: the text reads another period from the rendered header (not yet diagnosed)';
const KIND = 'kind: the readings type the column differently (not yet diagnosed)';
const NEORT = 'the readings still differ here, after the <th> rule made t2-t7 agree (not yet diagnosed)';
const REFLOW =
  'period: the TAB reader spreads the rendered band over a column the HTML leaves outside it (a Total, a vintage year)';
const MARK_SLOT =
  'a dash over three slots stays in the first while the figures over the same three sit in the last, so the HTML ' +
  'splits the six months of 2023 in two; placing marks by their column\'s figures took the Change band off ' +
  "Comcast's and Colgate's change columns (tried twice, reverted)";
const PAGE_CUT =
  "header: the rendered product-sales page takes the first page's header (continuedHeader.ts); the HTML grid gives it 10-14 slots for 7 columns, so no header fits";
const GM_BAND =
  "the filer's data rows sit one column group right of the header; the HTML puts Percent outside the date band";

const KNOWN: Record<string, Record<string, string>> = {
  'html/10-K_0000950153-99-001234_1999.html': { 't8 allowances': PERIOD },
  'html/20-F_0001062993-21-003193_2021.html': { 't31 sales': REFLOW },
  'html/IBM_10-K_2025.html': { t11: KIND },
  'html/Nestbuilder_10-K_2021.htm': {
    't6 professional fees': PERIOD,
    't7 gain on settlement of convertible notes': PERIOD,
  },
  'html/NorthEuropeanOilRoyaltyTrust_10-K_2021.htm': { t16: NEORT },
  'incoming/html/3M_10-Q_2023.htm': {
    't16 safety and industrial': PERIOD,
    't53 business segments': KIND,
    't54 business segments': KIND,
  },
  'incoming/html/Adobe_8-K-EX99_2023.htm': {
    't7 diluted net income per share:': PERIOD,
    't8 diluted net income per share:': PERIOD,
  },
  'incoming/html/Colgate_10-K_2024.htm': {
    t57: PERIOD,
    't59 fair value hedges': PERIOD,
    't60 fair value hedges': PERIOD,
    t77: PERIOD,
  },
  'incoming/html/Comcast_10-Q_2023.htm': {
    't38 revenue': KIND,
    't41 revenue': PERIOD,
    't43 revenue': PERIOD,
    't45 revenue': KIND,
    't46 average monthly total connectivity & platforms revenue per customer relationship': PERIOD,
    't47 costs and expenses': PERIOD,
    't48 revenue': PERIOD,
  },
  'incoming/html/GeneralMotors_10-Q_2023.htm': {
    't20 0-to-30 days': GM_BAND,
    't22 i': GM_BAND,
    't17 prime – fico score 680 and greater': REFLOW,
    't18 prime – fico score 680 and greater': REFLOW,
  },
  'incoming/html/JohnsonJohnson_10-Q_2023.htm': {
    't24 equity investments with readily determinable value': PERIOD,
    't25 derivatives designated as hedging instruments:': PERIOD,
    't35 immunology': PAGE_CUT,
    't36 u.s.': PAGE_CUT,
    't37 u.s.': PAGE_CUT,
    't38 interventional solutions': PAGE_CUT,
  },
  'incoming/html/Lowes_10-Q_2023.htm': { 't8 balance may 5, 2023': PERIOD, 't9 balance april 29, 2022': PERIOD },
  'incoming/html/McDonalds_10-Q_2023.htm': {
    't34 gaap operating income': MARK_SLOT,
  },
  'incoming/html/Microsoft_10-K_2016.htm': {
    't67 june 30, 2016': PERIOD,
    't68 june 30, 2015': PERIOD,
    't102 nonvested balance, beginning of year': KIND,
  },
  'incoming/html/Seagate_10-Q_2017.htm': { 't62 contractual cash obligations:': REFLOW },
  'incoming/html/Tesla_10-KA_2025.htm': {
    t17: PERIOD,
    't20 elon musk': KIND,
    't30 5% shareholders': 'shareOf: the text reading finds no share count beside the percent of class',
  },
};

/**
 * Findings only one reading has, by file. J&J: two real misprints on product-sales pages the rendering reads under
 * the first page's header and the HTML grid cannot yet (PAGE_CUT): Other Neuroscience U.S. 100 vs 93 printed 9.3%
 * (99.5-100.5 against 92.5-93.5 is 6.42%-8.65%; its International, Worldwide and six-month changes agree), and Other
 * Interventional Solutions U.S. six months 55 vs 51 printed 10.8% (5.83%-9.90%; its quarter 27 vs 26, 4.5%, agrees).
 */
const KNOWN_ONE_SIDED: Record<string, string[]> = {
  'incoming/html/JohnsonJohnson_10-Q_2023.htm': [
    'text only: percent-change: 9.3 change, but 100 vs 93 is 6.42%–8.65%',
    'text only: percent-change: 10.8 change, but 55 vs 51 is 5.83%–9.90%',
  ],
};

const htmlFiles = ['html', 'incoming/html'].flatMap((dir) =>
  readdirSync(join(CORPUS_DIR, dir))
    .filter((f) => /\.html?$/i.test(f))
    .map((f) => `${dir}/${f}`),
);

test('every HTML file of the corpus is compared, and each known difference names a corpus file', () => {
  assert.ok(htmlFiles.length >= 36, `${htmlFiles.length} HTML files`);
  for (const file of Object.keys(KNOWN)) assert.ok(htmlFiles.includes(file), file);
});

for (const file of htmlFiles) {
  test(`${file}: its SEC-text rendering reads to the same column meanings and findings`, () => {
    const a = renderAgreement(readCorpus(file), file);
    if (a.tables > 0) assert.ok(a.paired > 0, 'no table of the HTML paired with one of the text');
    const differing = Object.fromEntries(a.differing.map((d) => [d.table, d.columns]));
    assert.deepEqual(
      Object.keys(differing).sort(),
      Object.keys(KNOWN[file] ?? {}).sort(),
      `differing tables of ${file}:\n${JSON.stringify(differing, null, 1)}`,
    );
    const oneSided = [...a.onlyHtml.map((f) => `html only: ${f}`), ...a.onlyText.map((f) => `text only: ${f}`)];
    assert.deepEqual(oneSided, KNOWN_ONE_SIDED[file] ?? []);
  });
}
