import type { Scenario } from '../scenario';

/** Items of Apple's 1997 10-K (EDGAR SGML) that the Outline must list, as the filing prints them. */
const ITEMS = [
  /ITEM 1\.\s+BUSINESS/i,
  /ITEM 2\.\s+PROPERTIES/i,
  /ITEM 7\.\s+MANAGEMENT/i,
  /ITEM 8\.\s+FINANCIAL STATEMENTS/i,
  /ITEM 14\.\s+EXHIBITS/i,
];

/** The Outline view lists the Items of a 10-K from the extension's document symbols. */
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
    await row(/10-K/).waitFor();
    // Give the Outline the Explorer's height (fold the folder view), then filter it to "Item" as a user would.
    await wb.page.locator('.pane:has(.explorer-folders-view) > .pane-header').click();
    await wb.page.locator('.explorer-folders-view').waitFor({ state: 'hidden' });
    await row(/10-K/).click();
    await wb.page.keyboard.press('Control+Alt+F');
    const find = wb.page.locator('.monaco-tree-type-filter input').first();
    await find.waitFor();
    await find.fill('Item');
    for (const item of ITEMS) await row(item).waitFor();
    await wb.shot('outline-items');
    await wb.page.keyboard.press('Escape');
  },
};
