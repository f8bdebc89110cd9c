import type { Scenario } from '../scenario';

const FILE = 'Nestbuilder_10-K_2021.htm';

/**
 * An HTML 10-K opened as SEC text (issue 8): the rendering is a sec-filing document, a footnote marker in it
 * hovers, the Problems panel lists the ownership table's 0.047% (7,853 of 1,673,237 shares is 0.47%), and
 * Reveal in Source selects that cell's HTML. The filing is part of the e2e workspace (scripts/e2e/workspace.mjs).
 */
export const openAsSecTextShowsFindings: Scenario = {
  name: 'sectext',
  title: 'an HTML filing opens as SEC text with hovers and findings, and Reveal in Source returns to the HTML',
  async run(wb) {
    await wb.openFile(FILE);
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
    await panel
      .locator('.monaco-list-row', { hasText: `${FILE}.sec.txt` })
      .first()
      .waitFor();
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
