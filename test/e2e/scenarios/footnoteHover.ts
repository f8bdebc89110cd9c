import type { Scenario } from '../scenario';

/** Hovering the `(3)` after a holder's name shows footnote (3) of the seed's ownership table. */
export const hoverShowsFootnote: Scenario = {
  name: 'hover',
  title: 'hovering (3) in the seed shows its footnote text',
  async run(wb) {
    const editor = await wb.openFile('000_e04a9582158dea8b.txt');
    await wb.goToLine(27);
    const line = wb.line(editor, 'fbo James T. Betts (3)');
    const hover = await wb.hoverText(line, '(3)', 'James T. Betts has investment and voting power');
    await wb.shot('footnote-hover');
    const text = await hover.innerText();
    if (!text.includes('Shipman & Goodwin LLP Profit Sharing Plan Trust')) {
      throw new Error(`the hover does not carry footnote (3)'s full text: "${text}"`);
    }
  },
};
