import type { Scenario } from '../scenario';

/**
 * "Filing Lens: Show Filing Summary" on the mutated seed copy opens the summary webview beside the editor; clicking
 * its percent-of-class finding moves the editor's cursor to that cell (line 27).
 */
export const summaryPanelRevealsFinding: Scenario = {
  name: 'summary-panel',
  title: 'the summary command shows the panel, and clicking a finding moves the cursor to it',
  async run(wb) {
    await wb.openFile('seed-mutated.txt');
    await wb.goToLine(1);
    await wb.runCommand('Filing Lens: Show Filing Summary');
    const view = wb.webview();
    await view.locator('body').waitFor();
    await view.getByText('424B3').first().waitFor();
    const finding = view.locator('.finding', { hasText: 'percent-of-class' }).first();
    await finding.waitFor();
    await wb.shot('summary-panel');
    await finding.locator('.message').click();
    await wb.statusBarItem('status.editor.selection', /Ln 27, Col \d+/).waitFor();
    await wb.editor('seed-mutated.txt').locator('.selected-text').first().waitFor();
    await wb.shot('finding-revealed');
  },
};
