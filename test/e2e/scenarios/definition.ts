import type { Scenario } from '../scenario';

/** F12 on the `(3)` after a holder's name jumps to the line that defines footnote (3) (line 34 of the seed). */
export const definitionJumpsToFootnote: Scenario = {
  name: 'definition',
  title: 'Go to Definition (F12) on (3) in the seed moves the cursor to footnote (3)',
  async run(wb) {
    const editor = await wb.openFile('000_e04a9582158dea8b.txt');
    await wb.goToLine(27);
    const at = await wb.textPoint(wb.line(editor, 'fbo James T. Betts (3)'), '(3)');
    await wb.page.mouse.click(at.x, at.y);
    await wb.statusBarItem('status.editor.selection', /Ln 27, Col \d+/).waitFor();
    await wb.page.keyboard.press('F12');
    await wb.statusBarItem('status.editor.selection', /Ln 34, Col \d+/).waitFor();
    await wb.line(editor, '(3) James T. Betts has investment').waitFor();
    await wb.shot('footnote-definition');
  },
};
