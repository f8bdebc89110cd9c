// Runs the integration suite of test/vscode (mocha against the real `vscode` API) inside code-server's extension
// host: the workbench URL's `payload` names the extension under development and the tests' entry, the way VS Code
// opens an Extension Development Host. The suite reports through one console line that the page forwards.
import type { Browser } from 'playwright-core';
import { join } from 'node:path';
import { RESULTS_PREFIX } from '../vscode/index';

export interface SuiteResult {
  passed: string[];
  failed: { title: string; message: string }[];
}

export async function runIntegrationSuite(
  browser: Browser,
  url: string,
  resultsDir: string,
  timeoutMs: number,
): Promise<SuiteResult> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  try {
    const results = new Promise<SuiteResult>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`the integration suite did not report within ${timeoutMs} ms`)),
        timeoutMs,
      );
      page.on('console', (m) => {
        const text = m.text();
        const at = text.indexOf(RESULTS_PREFIX);
        if (at < 0) return;
        clearTimeout(timer);
        const json = text.slice(text.indexOf('{', at), text.lastIndexOf('}') + 1);
        try {
          resolve(JSON.parse(json) as SuiteResult);
        } catch (e) {
          reject(new Error(`unreadable results line: ${text} (${(e as Error).message})`));
        }
      });
    });
    await page.goto(url);
    return await results;
  } finally {
    await page.screenshot({ path: join(resultsDir, 'integration-suite.png') }).catch(() => undefined);
    await context.close();
  }
}
