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
 * layout (headerRows.ts: NEORT's <th> title row) made 6 more agree and 3M t16 differ: 43 tables. Dropping the
 * `display:none` cells Workiva filings put in some rows (html/tables.ts) made 13 more agree: 30 tables. A
 * cell spanning a `$ | figure | %` group in the figure's slot (tables/grid.ts) made 4 more agree: 26.
 */
const PERIOD = 'period: the text reads another period from the rendered header (not yet diagnosed)';
const COMPARES = 'compares: the readings pair the change with other columns (not yet diagnosed)';
const KIND = 'kind: the readings type the column differently (not yet diagnosed)';
const NEORT = 'the readings still differ here, after the <th> rule made t2-t7 agree (not yet diagnosed)';
const REFLOW =
  'period: the TAB reader spreads the rendered band over a column the HTML leaves outside it (a Total, a vintage year)';

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
    't53 business segments': REFLOW,
    't54 business segments': REFLOW,
  },
  'incoming/html/Colgate_10-K_2024.htm': {
    t57: PERIOD,
    t77: PERIOD,
  },
  'incoming/html/Comcast_10-Q_2023.htm': {
    't45 revenue':
      'kind: the "20 bps" cells over a whole slot group keep a slot of their own in the HTML (words are not placed in the figure slot)',
  },
  'incoming/html/GeneralMotors_10-Q_2023.htm': {
    't20 0-to-30 days': REFLOW,
    't17 prime – fico score 680 and greater': REFLOW,
    't18 prime – fico score 680 and greater': REFLOW,
    't76 financing activities': COMPARES,
  },
  'incoming/html/JohnsonJohnson_10-Q_2023.htm': {
    't24 equity investments with readily determinable value': PERIOD,
    't25 derivatives designated as hedging instruments:': PERIOD,
  },
  'incoming/html/McDonalds_10-Q_2023.htm': {
    't8 balance at december 31, 2021': KIND,
    't10 balance at march 31, 2022': KIND,
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

/** Findings only one reading has, by file (none today). */
const KNOWN_ONE_SIDED: Record<string, string[]> = {};

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
