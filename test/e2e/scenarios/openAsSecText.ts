import { copyFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Scenario } from '../scenario';

const FILE = 'Nestbuilder_10-K_2021.htm';

/**
 * An HTML 10-K opened as SEC text (issue 8): the rendering is a sec-filing document, a footnote marker in it
 * hovers, the Problems panel lists the ownership table's 0.047% (7,853 of 1,673,237 shares is 0.47%), and
 * Reveal in Source selects that cell's HTML. The scenario copies the filing into the workspace itself.
 * To run it, list `openAsSecTextShowsFindings` in ./index.ts (passed with the other five there on 2026-11-25).
 */
export const openAsSecTextShowsFindings: Scenario = {
  name: 'sectext',
  title: 'an HTML filing opens as SEC text with hovers and findings, and Reveal in Source returns to the HTML',
  async run(wb) {
    const workspace = process.env.FILING_LENS_E2E_WORKSPACE;
    if (!workspace) throw new Error('FILING_LENS_E2E_WORKSPACE is not set');
    const corpus = resolve(process.env.FILING_LENS_CORPUS || join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpus'));
    copyFileSync(join(corpus, 'html', FILE), join(workspace, FILE));
    // the workspace is served already and its file index may not know the copy: Quick Open by absolute path
    await wb.page.keyboard.press('Control+P');
    const input = wb.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(join(workspace, FILE));
    await wb.page.locator('.quick-input-list .monaco-list-row', { hasText: FILE }).first().waitFor();
    await input.press('Enter');
    await wb.editor(FILE).waitFor();
    await wb.runCommand('Filing Lens: Open as SEC Text');
    const editor = wb.page.locator(`.editor-instance .monaco-editor[data-uri*="${FILE}.sec.txt"]`).first();
    await editor.waitFor();
    await wb.statusBarItem('status.editor.mode', 'SEC Filing').waitFor();
    await wb.shot('sectext-open');
    // hovers work on the rendering: the (3) after a holder's name shows its footnote
    await wb.goToLine(1294);
    await wb.hoverText(wb.line(editor, 'Thomas M. Grbelja'), '(3)', /officers or directors/);
    await wb.shot('sectext-hover');
    await wb.page.keyboard.press('Escape');
    const panel = await wb.openProblems();
    await panel.locator('.monaco-list-row', { hasText: `${FILE}.sec.txt` }).first().waitFor();
    const finding = panel.locator('.monaco-list-row', { hasText: 'percent-of-class' }).first();
    await finding.waitFor();
    const text = (await finding.innerText()).replace(/\s+/g, ' ');
    if (!text.includes('0.047')) throw new Error(`the finding does not name the printed 0.047%: "${text}"`);
    await wb.shot('sectext-problems');
    await finding.click();
    await wb.runCommand('Filing Lens: Reveal in Source');
    // the HTML of the cell is selected: `0.047</td><td style="text-align: left">%` (40 chars) on line 6686
    await wb.statusBarItem('status.editor.selection', /Ln 6686, Col \d+ \(40 selected\)/).waitFor();
    await wb.statusBarItem('status.editor.mode', 'HTML').waitFor();
    await wb.shot('sectext-revealed');
  },
};
