// Runs the end-to-end scenarios in one Chromium window on the code-server that scripts/e2e/run.mjs started.
// Each scenario is independent: a failure is recorded with a screenshot, the workbench is reset, the next one runs.
// Ends with the line "N passed, N failed"; exits non-zero when any failed.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { Workbench } from './workbench';
import { SCENARIOS } from './scenarios';
import { runIntegrationSuite } from './integrationSuite';

const url = process.env.FILING_LENS_E2E_URL;
const results = process.env.FILING_LENS_E2E_RESULTS ?? 'test-results/e2e';
const suiteUrl = process.env.FILING_LENS_E2E_SUITE_URL;
const only = process.env.FILING_LENS_E2E_ONLY?.split(',').filter(Boolean);

async function main(): Promise<number> {
  if (!url) throw new Error('FILING_LENS_E2E_URL is not set: run this through `npm run test:e2e`');
  mkdirSync(results, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.FILING_LENS_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  let passed = 0;
  let failed = 0;
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    // Waits end as soon as the UI is there; the bound only turns a missing state into a failure (longer on CI).
    context.setDefaultTimeout(Number(process.env.FILING_LENS_E2E_TIMEOUT ?? (process.env.CI ? 60000 : 30000)));
    const page = await context.newPage();
    const wb = new Workbench(page, results);
    const started = Date.now();
    await page.goto(url);
    await wb.waitReady('seed-mutated.txt');
    await wb.shot('workbench-ready');
    console.log(`workbench ready in ${Date.now() - started} ms`);
    for (const s of SCENARIOS) {
      if (only && !only.includes(s.name)) continue;
      wb.scenario = s.name;
      const t0 = Date.now();
      try {
        await s.run(wb);
        passed += 1;
        console.log(`✔ ${s.title} (${Date.now() - t0} ms)`);
      } catch (e) {
        failed += 1;
        console.log(
          `✖ ${s.title} (${Date.now() - t0} ms)\n    ${String((e as Error).message ?? e)
            .split('\n')
            .join('\n    ')}`,
        );
        await wb.shot('failure').catch(() => undefined);
      }
      await wb.reset().catch((e) => console.log(`  (reset after ${s.name} failed: ${(e as Error).message})`));
    }
    await context.close();
    if (suiteUrl && (!only || only.includes('integration'))) {
      console.log("\nintegration suite (test/vscode) in code-server's extension host:");
      const t0 = Date.now();
      try {
        const r = await runIntegrationSuite(
          browser,
          suiteUrl,
          results,
          Number(process.env.FILING_LENS_E2E_SUITE_TIMEOUT ?? 300000),
        );
        for (const title of r.passed) console.log(`✔ ${title}`);
        for (const f of r.failed) console.log(`✖ ${f.title}\n    ${f.message.split('\n').join('\n    ')}`);
        passed += r.passed.length;
        failed += r.failed.length;
        if (r.passed.length + r.failed.length === 0) throw new Error('the suite ran no tests');
      } catch (e) {
        failed += 1;
        console.log(`✖ the integration suite ran to the end (${Date.now() - t0} ms)\n    ${(e as Error).message}`);
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`\n${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    console.log('\n0 passed, 1 failed');
    process.exit(1);
  },
);
