import type { Scenario } from '../scenario';

const FILE = 'GeneralMotors_10-Q_2023.htm';

/**
 * Issue 14: the header of a change column says what the column measures. General Motors' 10-Q 2023, opened as
 * SEC text, holds GM Financial's results table (line 1713 of the rendering):
 *   `Three Months Ended | | Increase/ (Decrease) | % | Six Months Ended | | Increase/ (Decrease) | %`
 * over `June 30, 2023 | June 30, 2022`. Hovering its first `%` shows the % change's meaning in words, naming the
 * two periods it compares. The filing is part of the e2e workspace (scripts/e2e/workspace.mjs).
 */
export const changeHeaderShowsMeaning: Scenario = {
  name: 'meaning',
  title: 'hovering a % change header in a 10-Q shows what it compares, in words',
  async run(wb) {
    await wb.openFile(FILE);
    await wb.runCommand('Filing Lens: Open as SEC Text');
    const editor = wb.page.locator(`.editor-instance .monaco-editor[data-uri*="${FILE}.sec.txt"]`).first();
    await editor.waitFor();
    await wb.statusBarItem('status.editor.mode', 'SEC Filing').waitFor();
    // The rendering opens beside the HTML, where the header's `%` sits at the clipped right edge: give it the
    // whole editor area. Once it shares the HTML's group, the HTML is a background tab and its editor is gone.
    await wb.runCommand('View: Move Editor into Previous Group');
    await wb.editor(FILE).waitFor({ state: 'detached' });
    await editor.waitFor();
    await wb.goToLine(1713);
    // "Increase/ (Decrease)" is printed once in the rendering: this is GM Financial's header line.
    const line = wb.line(editor, 'Increase/ (Decrease)');
    const hover = await wb.hoverText(line, '%', /% change, 3 months ended June 30, 2023 vs June 30, 2022/, 0.3);
    await wb.shot('change-header-hover');
    const text = (await hover.innerText()).replace(/\s+/g, ' ');
    if (/not derivable/.test(text)) {
      throw new Error(`a reported % change with both periods read is derivable: "${text}"`);
    }
  },
};
