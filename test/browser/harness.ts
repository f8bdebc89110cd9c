// A small runner for the browser tests: Debian's Chromium through playwright-core (flags from
// shared/E2E.md), tests run one after another, a closing "N passed, N failed" line, exit code 1 on failure.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

type TestFn = (ctx: { browser: Browser; tmp: string }) => Promise<void>;
const tests: { name: string; fn: TestFn }[] = [];

export function test(name: string, fn: TestFn): void {
  tests.push({ name, fn });
}

export async function run(): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), 'filing-lens-browser-'));
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath) && !process.env.CHROMIUM_PATH) {
    // A fresh machine: the end-to-end provisioning installs Debian's Chromium (and says so).
    console.log('Debian Chromium is missing: installing it the way npm run test:e2e does (scripts/e2e/provision.mjs)');
    const provision = (await import(pathToFileURL(join(__dirname, '../../scripts/e2e/provision.mjs')).href)) as {
      ensureDebianPackages(): void;
    };
    provision.ensureDebianPackages();
  }
  const browser = await chromium.launch({
    executablePath,
    // playwright-core gives every launch a fresh, temporary profile folder.
    args: CHROMIUM_ARGS,
  });
  let passed = 0;
  let failed = 0;
  try {
    for (const t of tests) {
      const started = Date.now();
      try {
        await t.fn({ browser, tmp });
        passed++;
        console.log(`✔ ${t.name} (${Date.now() - started} ms)`);
      } catch (e) {
        failed++;
        console.log(
          `✖ ${t.name}\n  ${String((e as Error)?.stack ?? e)
            .split('\n')
            .slice(0, 8)
            .join('\n  ')}`,
        );
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

/** What a page did that a report must never do: CSP violations, script errors, console errors. */
export interface PageWatch {
  page: Page;
  context: BrowserContext;
  problems: string[];
}

/**
 * A fresh page that records every CSP violation (from an init script, which runs outside the page's
 * CSP) and every page error, so a test can assert that nothing was blocked and nothing threw.
 */
export async function openPage(
  browser: Browser,
  options: { colorScheme?: 'light' | 'dark'; init?: string; width?: number } = {},
): Promise<PageWatch> {
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: options.width ?? 960, height: 720 },
  });
  const page = await context.newPage();
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { __cspViolations?: string[] };
      (w.__cspViolations ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  if (options.init) await page.addInitScript(options.init);
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  return { page, context, problems };
}

/** CSP violations and errors seen so far (empty is good). */
export async function pageProblems(w: PageWatch): Promise<string[]> {
  const csp = await w.page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
  return [...csp.map((v) => `CSP violation: ${v}`), ...w.problems];
}

export function assertEqual<T>(actual: T, expected: T, what: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}
