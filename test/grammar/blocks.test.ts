// A begin/end rule that never ends colours the rest of a document wrongly. Only the SEC header and
// uuencoded data span lines; everything else must be back at the top level by the end of its line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { INITIAL } from 'vscode-textmate';
import { corpusLines, loadGrammar } from './textmate';

const FILES = [
  'seed/000_e04a9582158dea8b.txt',
  'sgml/PageAmericaGroup_S-3A_1995.txt',
  'sgml/AamesCapital_8-K_1998.txt',
  'sgml/CommonSenseTrust_24F-2NT_1995.txt',
  'sgml/Apple_8-K_1999.txt',
  'sgml/Exelon_8-K_2005.txt',
  'sgml/ProductivityTechnologies_Form4_2000.txt',
  'sgml/Apple-AdamsKatherine_Form4_2022.txt',
  'sgml/Tesla_10-K_2020_minimal.txt',
  'sgml/Alltel_CORRESP_2005.txt',
  'sgml/ABVCBiopharma_8-K_2025.txt',
  'sectext/NorthEuropeanOilRoyaltyTrust_10-K_2021.txt',
  'txt/EntradaNetworks_10-K_2001_edgarcorpus.txt',
];

for (const file of FILES) {
  test(`closes every block of ${file}: only the SEC header and uuencoded data span lines, and the file ends at the top level`, async () => {
    const grammar = await loadGrammar();
    let state = INITIAL;
    const openAfter: number[] = [];
    let inHeader = false;
    let inData = false;
    let seenText = false;
    corpusLines(file).forEach((line, i) => {
      state = grammar.tokenizeLine(line, state).ruleStack;
      if (/^<(SEC|IMS)-HEADER>/.test(line)) inHeader = true;
      if (/^<\/(SEC|IMS)-HEADER>/.test(line)) inHeader = false;
      if (/^begin [0-7]{3} /.test(line)) inData = true;
      if (line === 'end') inData = false;
      seenText ||= line.trim() !== '';
      // Allowed open: inside the header or uuencoded data, and the blank lines before a converted file's company line.
      if (state.depth > 1 && seenText && !inHeader && !inData) openAfter.push(i + 1);
    });
    assert.deepEqual(openAfter.slice(0, 5), [], 'lines outside the header that end inside a block');
    assert.equal(state.depth, 1);
  });
}
