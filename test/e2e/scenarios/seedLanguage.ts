import type { Scenario } from '../scenario';

/** The seed is a plain `.txt`: content detection must switch it to SEC Filing; an ordinary .txt stays plain. */
export const seedOpensAsSecFiling: Scenario = {
  name: 'seed-language',
  title: 'the seed .txt opens as SEC Filing, and an ordinary .txt stays Plain Text',
  async run(wb) {
    await wb.openFile('000_e04a9582158dea8b.txt');
    await wb.statusBarItem('status.editor.mode', 'SEC Filing').waitFor();
    await wb.shot('seed-sec-filing');
    await wb.openFile('notes.txt');
    await wb.statusBarItem('status.editor.mode', 'Plain Text').waitFor();
    await wb.shot('notes-plain-text');
  },
};
