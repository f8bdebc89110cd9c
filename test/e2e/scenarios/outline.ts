import type { Scenario } from '../scenario';

/** Apple's 1997 10-K (EDGAR SGML): the Outline view lists its Items, in order, from the document symbols. */
export const outlineListsItems: Scenario = {
  name: 'outline',
  title: 'the Outline lists the Items of a 10-K',
  async run(wb) {
    await wb.openFile('Apple_10-K_1997.txt');
    await wb.statusBarItem('status.editor.mode', 'SEC Filing').waitFor();
    await wb.runCommand('Explorer: Focus on Outline View');
    const outline = wb.page.locator('.outline-pane');
    await outline.waitFor();
    const row = (name: RegExp) => outline.locator('.monaco-list-row', { hasText: name }).first();
    await row(/Item 1\.\s+Business/i).waitFor();
    await row(/Item 2\.\s+Properties/i).waitFor();
    await wb.shot('outline-items');
    // The tree draws only the rows in view: type-to-filter narrows it to a later Item, as a user would.
    await row(/Item 1\.\s+Business/i).click();
    await wb.page.keyboard.type('Item 14');
    await row(/Item 14\.\s+Exhibits/i).waitFor();
    await wb.shot('outline-item-14');
    await wb.page.keyboard.press('Escape');
  },
};
