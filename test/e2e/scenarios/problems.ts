import type { Scenario } from '../scenario';

/**
 * A copy of the seed whose 1.42% (101,700 shares of ~7.16 million) was changed to 2.42%: the Problems panel
 * must list a percent-of-class finding on that cell (line 27) that names the printed value. (That the untouched
 * seed stays silent is asserted by test/vscode/diagnostics.test.ts, which can wait for its analysis.)
 */
export const problemsListPercentOfClass: Scenario = {
  name: 'problems',
  title: 'the Problems panel lists a percent-of-class finding on the mutated cell of a seed copy',
  async run(wb) {
    await wb.openFile('seed-mutated.txt');
    const panel = await wb.openProblems();
    const file = panel.locator('.monaco-list-row', { hasText: 'seed-mutated.txt' }).first();
    await file.waitFor();
    const finding = panel.locator('.monaco-list-row', { hasText: 'percent-of-class' }).first();
    await finding.waitFor();
    await wb.shot('problems-listed');
    const text = (await finding.innerText()).replace(/\s+/g, ' ');
    if (!/\[Ln 27, Col \d+\]/.test(text)) throw new Error(`the finding is not on line 27: "${text}"`);
    if (!text.includes('2.42')) throw new Error(`the finding does not name the printed 2.42%: "${text}"`);
  },
};
