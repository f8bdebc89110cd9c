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
 * layout (headerRows.ts: NEORT's <th> title row) made 6 more agree and 3M t16 differ: 43 tables. Session 6
 * (meaning-audit.md "Render agreement, session 6": section rows in a dropped slot, aging buckets, a lone period
 * band spanned short, `$` + dash rendered as one cell, a band standing over a full header row's column, wrapped
 * header lines no band) made 20 more agree and none differ: 23 tables. The lead's `$`/dash, wide-figure and label-band fixes made 5
 * more agree; the page-cut header (continuedHeader.ts) gave J&J t35-t38 their header in the rendering only (PAGE_CUT).
 */
const PERIOD = 'period: the text reads another period from the rendered header (not yet diagnosed)';
const KIND = 'kind: the readings type the column differently (not yet diagnosed)';
const MARK_SLOT =
  'a dash over three slots stays in the first while the figures over the same three sit in the last, so the HTML ' +
  "splits the six months of 2023 in two; placing marks by their column's figures took the Change band off " +
  "Comcast's and Colgate's change columns (tried twice, reverted)";
const PAGE_CUT =
  "header: the rendered product-sales page takes the first page's header (continuedHeader.ts); the HTML grid gives it 9 slots for 7 columns, so no header fits";
const GM_BAND =
  "the filer's data rows sit one column group right of the header; the HTML puts Percent outside the date band";

const KNOWN: Record<string, Record<string, string>> = {
  'html/IBM_10-K_2025.html': {
    t11: 'an exhibit index (no figures): the HTML keeps an empty leading slot, so its exhibit numbers "(31)" sit in a data column typed as figures; the rendering drops the slot and they are its label column',
  },
  'html/NorthEuropeanOilRoyaltyTrust_10-K_2021.htm': {
    t16: "an exhibit index (no figures): both readings take rows (3.1), (3.2) as header rows; the text spreads their descriptions over the empty page column, where the HTML has cells of its own",
  },
  'incoming/html/3M_10-Q_2023.htm': {
    't16 safety and industrial': PERIOD,
    't53 business segments': KIND,
    't54 business segments': KIND,
  },
  'incoming/html/Colgate_10-K_2024.htm': {
    t77: 'the row labels are years (2024 ... 2028, 2029-2033): the HTML reads its label column\'s header "Years Ended December 31," as every column\'s period, the text reads the years as figures and finds no label column'
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
  },
  'incoming/html/JohnsonJohnson_10-Q_2023.htm': {
    't24 equity investments with readily determinable value':
      'the rendering writes a band once with empty cells after it, which cannot say where its colSpan ends: the text spreads "January 1, 2023" over the flows to July 2 (the HTML, right, leaves them outside)',
    't25 derivatives designated as hedging instruments:':
      'the HTML spans "July 2, 2023" short of its Total (the text, right, reads that Total at July 2); a second dated band keeps the lone-band rule (periodBands.ts) off',
    't35 immunology': PAGE_CUT,
    't36 u.s.': PAGE_CUT,
    't37 u.s.': PAGE_CUT,
    't38 interventional solutions': PAGE_CUT,
  },
  'incoming/html/McDonalds_10-Q_2023.htm': {
    't34 gaap operating income': MARK_SLOT,
  },
  'incoming/html/Microsoft_10-K_2016.htm': {
    't102 nonvested balance, beginning of year':
      'the HTML\'s "Shares" spans the label slot and the count column (right-aligned over the counts); the rendering writes a spanning header in its first column and carries no alignment, so the text reads it as the label column\'s header',
  },
};

/**
 * Findings only one reading has, by file: J&J's product-sales pages after the first (PAGE_CUT) are checked in the
 * rendering only; both misprints are real (checked by hand: 100 vs 93 is 7.5%, 55 vs 51 is 7.8%).
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
