// Browser tests of the static summary report (and of the panel's page script in webview mode) in
// Debian's Chromium. Run: npm run test:browser (builds first). UPDATE_SCREENSHOTS=1 also writes the
// README's screenshots to docs/images/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { assertEqual, openPage, pageProblems, run, test } from './harness';
import { renderSummaryHtml } from '../../src/report/html';
import { buildSummary } from '../../src/report/summary';
import { FIXTURE_TEXT, fixtureResult } from '../unit/report/fixture';
import { corpusUrl } from '../corpusPaths';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEED = fileURLToPath(corpusUrl('seed/000_e04a9582158dea8b.txt'));
const seedText = readFileSync(SEED, 'utf8');

/** The product path: `filing-lens summary FILE --html OUT` through the built CLI. */
function report(tmp: string, name: string, text: string): string {
  const input = join(tmp, `${name}.txt`);
  const output = join(tmp, `${name}.html`);
  writeFileSync(input, text);
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/filing-lens.js'), 'summary', input, '--html', output], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`filing-lens summary exited ${r.status}: ${r.stderr}`);
  return pathToFileURL(output).href;
}

const text = (page: import('playwright-core').Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .innerText()
    .then((s) => s.trim());
const count = (page: import('playwright-core').Page, key: string) => text(page, `[data-count="${key}"] .n`);

test('the seed report shows the company, form 424B3, 1 table, 0 findings and 5 footnotes', async ({ browser, tmp }) => {
  const w = await openPage(browser);
  await w.page.goto(report(tmp, 'seed', seedText));
  await w.page.waitForSelector('body[data-script="ready"]');
  assertEqual(await text(w.page, 'h1[data-field="company"]'), 'SPECTRUM PHARMACEUTICALS INC', 'company');
  assertEqual(await text(w.page, '[data-field="form"] dd'), '424B3', 'form');
  assertEqual(
    [await count(w.page, 'tables'), await count(w.page, 'findings'), await count(w.page, 'footnotes')],
    ['1', '0', '5'],
    'tables, findings, footnotes',
  );
  assertEqual(await w.page.locator('tr.footnote').count(), 5, 'footnote rows');
  assertEqual(
    await text(w.page, 'tr.table-row td.read'),
    '2 % of class columns, 3 count columns',
    'what the table was read as',
  );
  assertEqual(await pageProblems(w), [], 'CSP violations and errors');
  await w.context.close();
});

test('a copy of the seed with 1.42% changed to 2.42% shows exactly 1 finding, on that cell', async ({
  browser,
  tmp,
}) => {
  const w = await openPage(browser);
  await w.page.goto(report(tmp, 'mutated', seedText.replace('1.42%', '2.42%')));
  await w.page.waitForSelector('body[data-script="ready"]');
  assertEqual(await count(w.page, 'findings'), '1', 'findings');
  assertEqual(await w.page.locator('tr.finding').count(), 1, 'finding rows');
  assertEqual(await text(w.page, 'tr.finding td.num'), '2.42%', 'printed value');
  const start = Number(await w.page.locator('tr.finding').getAttribute('data-start'));
  assertEqual(seedText.slice(start, start + 5), '1.42%', 'the finding points at the mutated cell');
  assertEqual(await pageProblems(w), [], 'CSP violations and errors');
  await w.context.close();
});

const PAYLOADS = ['<script>window.__pwned=1</script>', '<img src=x onerror=__pwned=2>', '<svg onload=__pwned=3>'];
const HOSTILE = [
  `${PAYLOADS[0]} HOLDINGS INC`,
  '',
  'Form 424B3',
  '',
  'December 22, 2003',
  '',
  'Name\tShares of Common Stock Beneficially Owned\t\tNumber of Shares Offered\tShares Beneficially Owned\t',
  '\tBefore Offering\t\t\tFollowing the Offering\t',
  '\tNumber\t% of Class(1)\t\tNumber\t% of Class',
  `${PAYLOADS[0]}\t101,700\t1.42%\t20,000\t81,700\t1.14%`,
  `${PAYLOADS[1]}\t26,500\t*\t14,000\t12,500\t*`,
  `${PAYLOADS[2]}\t10,000\t*\t1,000\t9,000\t*`,
  '',
  '* Represents less than 1%',
  '',
  `- (1) ${PAYLOADS[1]} ${PAYLOADS[2]} </script><!-- shares outstanding.`,
  '',
].join('\n');

test('script, img onerror and svg onload in filing cells render as text and the canary never fires', async ({
  browser,
  tmp,
}) => {
  const w = await openPage(browser);
  await w.page.goto(report(tmp, 'hostile', HOSTILE));
  await w.page.waitForSelector('body[data-script="ready"]');
  const seen = await w.page.evaluate(
    (payloads) => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      company: document.querySelector('h1')?.textContent,
      shown: payloads.map((p) => (document.body.textContent ?? '').includes(p)),
      injected: document.querySelectorAll('img, [onload], [onerror], foreignObject').length,
      scripts: document.querySelectorAll('script').length,
      data: JSON.parse(document.getElementById('filing-lens-data')?.textContent ?? 'null')?.metadata?.company,
    }),
    PAYLOADS,
  );
  assertEqual(await count(w.page, 'tables'), '1', 'the hostile table was read, so its cells reach the page');
  const labels = await w.page.locator('[data-chart="ownership"] text.label').allTextContents();
  assertEqual(
    PAYLOADS.map((p) => labels.some((l) => l.includes(p))),
    [true, true, true],
    'each payload cell shown as a chart label',
  );
  assertEqual(seen.pwned, undefined, 'the canary');
  assertEqual(seen.company, `${PAYLOADS[0]} HOLDINGS INC`, 'the company shown as text');
  assertEqual(seen.shown, [true, true, true], 'each payload shown as text');
  assertEqual(seen.injected, 0, 'elements or handlers from filing text');
  assertEqual(seen.scripts, 2, 'script elements (the JSON block and ours)');
  assertEqual(seen.data, `${PAYLOADS[0]} HOLDINGS INC`, 'the JSON block round-trips the payload');
  assertEqual(await pageProblems(w), [], 'CSP violations (would mean markup got in) and errors');
  await w.context.close();
});

test('in webview mode a click on a finding or a chart bar posts one typed reveal message with its offsets', async ({
  browser,
  tmp,
}) => {
  const summary = buildSummary(fixtureResult(), FIXTURE_TEXT);
  const media = pathToFileURL(join(ROOT, 'media')).href;
  const html = renderSummaryHtml(summary, {
    kind: 'webview',
    cspSource: 'file:',
    styleUri: `${media}/panel.css`,
    scriptUri: `${media}/build/panel.js`,
  });
  const file = join(tmp, 'webview.html');
  writeFileSync(file, html);
  const w = await openPage(browser, {
    init: `window.__posted = []; window.acquireVsCodeApi = () => ({
      postMessage: (m) => window.__posted.push(m), getState: () => window.__state, setState: (s) => { window.__state = s; } });`,
  });
  await w.page.goto(pathToFileURL(file).href);
  await w.page.waitForSelector('body[data-script="ready"]');
  await w.page.locator('tr.finding button.loc').click();
  const bar = w.page.locator('[data-chart="ownership"] g.reveal').first();
  await bar.focus();
  await w.page.keyboard.press('Enter');
  const got = await w.page.evaluate(() => {
    const win = window as unknown as { __posted: unknown[]; __state: unknown };
    return { posted: win.__posted, state: win.__state, selected: document.querySelectorAll('.selected').length };
  });
  const f = summary.findings[0].loc;
  const b = summary.charts[0].groups[0].values[0].loc!;
  assertEqual(
    got.posted,
    [{ type: 'ready' }, { type: 'reveal', start: f.start, end: f.end }, { type: 'reveal', start: b.start, end: b.end }],
    'messages',
  );
  assertEqual((got.state as { uri?: string }).uri, 'file:///tmp/acme.txt', 'state for the serializer');
  assertEqual(got.selected, 1, 'one selected item');
  assertEqual(await pageProblems(w), [], 'CSP violations and errors');
  await w.context.close();
});

test('the report fits a narrow panel beside the editor without scrolling sideways', async ({ browser, tmp }) => {
  const w = await openPage(browser, { width: 420 });
  await w.page.goto(report(tmp, 'narrow', seedText.replace('1.42%', '2.42%')));
  await w.page.waitForSelector('body[data-script="ready"]');
  const widths = await w.page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  if (widths[0] > widths[1]) throw new Error(`page is ${widths[0]} px wide in a ${widths[1]} px panel`);
  assertEqual(await w.page.locator('table.list thead').first().isVisible(), false, 'list headers hidden when narrow');
  await w.context.close();
});

test('the report stays legible in forced colours (high contrast): bars and borders keep a colour', async ({
  browser,
  tmp,
}) => {
  const w = await openPage(browser, { colorScheme: 'dark' });
  await w.page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
  await w.page.goto(report(tmp, 'forced', seedText.replace('1.42%', '2.42%')));
  await w.page.waitForSelector('body[data-script="ready"]');
  const seen = await w.page.evaluate(() => {
    const bar = document.querySelector('svg.chart rect.bar.series-0');
    const card = document.querySelector('.card');
    return {
      bar: bar ? getComputedStyle(bar).fill : 'missing',
      border: card ? getComputedStyle(card).borderTopStyle : 'missing',
      text: getComputedStyle(document.body).color !== getComputedStyle(document.body).backgroundColor,
    };
  });
  if (seen.bar === 'none' || seen.bar === 'missing' || /rgba\(0, 0, 0, 0\)/.test(seen.bar)) {
    throw new Error(`bar fill ${seen.bar}`);
  }
  assertEqual([seen.border, seen.text], ['solid', true], 'card border and text colour');
  await w.page.screenshot({ path: join(tmp, 'summary-forced-colors.png') });
  console.log(`  (forced-colours screenshot: ${join(tmp, 'summary-forced-colors.png')})`);
  assertEqual(await pageProblems(w), [], 'CSP violations and errors');
  await w.context.close();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the report follows prefers-color-scheme: ${scheme}`, async ({ browser, tmp }) => {
    const w = await openPage(browser, { colorScheme: scheme });
    mkdirSync(join(tmp, scheme), { recursive: true });
    await w.page.goto(report(join(tmp, scheme), 'seed-424B3-mutated', seedText.replace('1.42%', '2.42%')));
    await w.page.waitForSelector('body[data-script="ready"]');
    const bg = await w.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assertEqual(
      bg,
      scheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(31, 31, 31)',
      'body background from the theme stand-ins',
    );
    const dir = process.env.UPDATE_SCREENSHOTS === '1' ? join(ROOT, 'docs/images') : tmp;
    mkdirSync(dir, { recursive: true });
    await w.page.screenshot({ path: join(dir, `summary-${scheme}.png`) });
    assertEqual(await pageProblems(w), [], 'CSP violations and errors');
    await w.context.close();
  });
}

void run();
