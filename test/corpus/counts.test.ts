import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/core/analyze';
import type { Section } from '../../src/core/model';
import { corpusUrl } from '../corpusPaths';

/**
 * Every filing of the corpus, analysed whole: no uncaught error, and the tables, sections and footnotes the engine
 * finds. Checked by eye against the files: SGML plain-text tables against their <TABLE> blocks and <S> lines
 * (Aames 8 of 8, Page America 1 of 1, Apple 1997 10-K 40 blocks and 2 with a second <S> line, Apple 1994 32 blocks
 * plus 3 untagged tables, Apple 10-Q 1997 26 <S> lines plus untagged ones); converted text against its runs of TAB
 * lines (Nestbuilder 45 runs, of which the one-line check-box and bullet runs are prose); the seed (1 table, 5 notes);
 * edgar-corpus texts (their extractor dropped every table: 0); North European Oil Royalty Trust's balance sheet prints
 * its years again over the liabilities, so it is two stacked tables (in the HTML and its rendering). Speed is measured by `npm run bench`, not here.
 */
const EXPECTED: [file: string, tables: number, sections: number, footnotes: number][] = [
  ['seed/000_e04a9582158dea8b.txt', 1, 8, 5],
  ['sectext/10-K_2010.txt', 74, 104, 74],
  ['sectext/Cabot_DEF14A_2024.txt', 47, 182, 129],
  ['sectext/Flushing_424B4_2024.txt', 7, 87, 22],
  ['sectext/Nestbuilder_10-K_2021.txt', 29, 62, 18],
  ['sectext/NorthEuropeanOilRoyaltyTrust_10-K_2021.txt', 20, 40, 12],
  ['txt/Alcon_6-K_2023_edgartools.md', 2, 1, 0],
  ['txt/Apple_10-K_edgartools.md', 29, 33, 12],
  ['txt/Apple_8-K_edgartools.md', 8, 4, 1],
  ['txt/Astrotech_10-K_2010_edgarcorpus.txt', 0, 31, 82],
  ['txt/CommunicationsPowerIndustries_10-K_2002_edgarcorpus.txt', 0, 24, 35],
  ['txt/EntradaNetworks_10-K_2001_edgarcorpus.txt', 0, 54, 4],
  ['txt/HomeHealthCorpOfAmerica_10-K_1997_edgarcorpus.txt', 0, 25, 9],
  ['txt/InnovativeClinicalSolutions_10-K_2000_edgarcorpus.txt', 0, 68, 25],
  ['txt/Marygold_10-K_2022_edgarcorpus.txt', 0, 107, 21],
  ['sgml/180DegreeCapital_DEF14A_2020.txt', 9, 69, 23],
  ['sgml/ABVCBiopharma_8-K_2025.txt', 9, 35, 0],
  ['sgml/ADCTherapeutics_S-3_2025.txt', 41, 103, 8],
  ['sgml/AamesCapital_8-K_1998.txt', 8, 10, 0],
  ['sgml/AcurxPharmaceuticals_S-1_2023.txt', 19, 78, 6],
  ['sgml/Alltel_CORRESP_2005.txt', 0, 3, 0],
  ['sgml/Apple-AdamsKatherine_Form4_2022.txt', 0, 1, 0],
  ['sgml/Apple_10-K_1994.txt', 35, 56, 3],
  ['sgml/Apple_10-K_1997.txt', 42, 269, 3],
  ['sgml/Apple_10-Q_1997.txt', 30, 49, 0],
  ['sgml/Apple_10-Q_2000.txt', 24, 70, 3],
  ['sgml/Apple_8-K_1999.txt', 0, 9, 0],
  ['sgml/BofAFinance_424B2_2023.txt', 16, 46, 9],
  ['sgml/CVREnergy_SC-TO-TA_2025.txt', 13, 14, 70],
  ['sgml/CarMaxAutoOwnerTrust2019-3_10-K_2023.txt', 8, 66, 9],
  ['sgml/CentralPacificFinancial_S-3_2025.txt', 90, 199, 17],
  ['sgml/CommonSenseTrust_24F-2NT_1995.txt', 0, 5, 0],
  ['sgml/Exelon_8-K_2005.txt', 1, 4, 0],
  ['sgml/Imunon_424B5_2025.txt', 26, 99, 1],
  ['sgml/Nordstrom_8-K_2023.txt', 3, 63, 0],
  ['sgml/PageAmericaGroup_S-3A_1995.txt', 1, 21, 2],
  ['sgml/ProductivityTechnologies_Form4_2000.txt', 1, 1, 0],
  ['sgml/Tesla_10-K_2020_minimal.txt', 1, 5, 0],
  ['sgml/TrawsPharma_424B4_2024.txt', 7, 70, 1],
  ['sgml/VigilNeuroscience_S-3_2025.txt', 18, 85, 7],
  ['html/10-K_0000950153-99-001234_1999.html', 12, 61, 38],
  ['html/10-K_0001193125-10-073212_2010.html', 93, 393, 28],
  ['html/20-F_0001062993-21-003193_2021.html', 66, 187, 24],
  ['html/8-K_0001104659-03-004925_2003.html', 3, 9, 0],
  ['html/8-K_0001437749-16-028287_2016.html', 6, 12, 0],
  ['html/Apple_10-Q_2025.html', 27, 71, 6],
  ['html/BlackRock_8-K_2023.htm', 7, 13, 0],
  ['html/Buckle_8-K_EX99.1.html', 2, 10, 1],
  ['html/Cabot_DEF14A_ixbrl.html', 150, 374, 87],
  ['html/Flushing_424B4.html', 5, 55, 4],
  ['html/Healthpeak_424B2.html', 4, 162, 0],
  ['html/IBM_10-K_2025.html', 15, 57, 13],
  ['html/LisataTherapeutics_SC14D9.htm', 29, 83, 18],
  ['html/Nestbuilder_10-K_2021.htm', 27, 106, 16],
  ['html/NorthEuropeanOilRoyaltyTrust_10-K_2021.htm', 17, 57, 1],
  ['html/Nvidia_8-K_2026.htm', 3, 15, 0],
  ['html/SC13G_document_edgartools.html', 14, 33, 19],
  ['html/SC13G_document_with_text_edgartools.html', 0, 17, 0],
  ['html/WellsFargo_10-K_2025.html', 13, 74, 8],
];

const count = (sections: Section[]): number => sections.reduce((n, s) => n + 1 + count(s.children), 0);

for (const [file, tables, sections, footnotes] of EXPECTED) {
  test(`${file} reads into ${tables} tables, ${sections} sections and ${footnotes} footnotes`, () => {
    const text = readFileSync(corpusUrl(file), 'utf8');
    const a = analyze(text, { uri: file });
    assert.deepEqual(
      { tables: a.tables.length, sections: count(a.sections), footnotes: a.footnotes.length },
      { tables, sections, footnotes },
    );
  });
}
