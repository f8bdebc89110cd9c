// The workspace a user would open in the end-to-end and integration tests: copies of real corpus files, plus a
// copy of the seed with one percent changed (1.42% -> 2.42%) and an ordinary note that must stay plain text.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
/** The repository's corpus/, or $FILING_LENS_CORPUS. */
export const corpusDir = resolve(root, process.env.FILING_LENS_CORPUS || 'corpus');

const seed = () => readFileSync(join(corpusDir, 'seed', '000_e04a9582158dea8b.txt'), 'utf8');

export const WORKSPACE_FILES = {
  '000_e04a9582158dea8b.txt': seed,
  'seed-mutated.txt': () => {
    const text = seed();
    if (!text.includes('\t1.42%\t')) throw new Error('the seed no longer holds the 1.42% cell the mutation needs');
    return text.replace('\t1.42%\t', '\t2.42%\t');
  },
  'Apple_10-K_1997.txt': () => readFileSync(join(corpusDir, 'sgml', 'Apple_10-K_1997.txt'), 'utf8'),
  // Apple 1997 with its first net-sales change misprinted: (28%) -> (38%), where exactly one value, (28%), is consistent.
  'apple-change-mutated.txt': () => {
    const text = readFileSync(join(corpusDir, 'sgml', 'Apple_10-K_1997.txt'), 'utf8');
    const at = text.indexOf('(28%)');
    if (at < 0) throw new Error('Apple 1997 no longer holds the (28%) cell the mutation needs');
    return text.slice(0, at) + '(38%)' + text.slice(at + 5);
  },
  'PageAmericaGroup_S-3A_1995.txt': () =>
    readFileSync(join(corpusDir, 'sgml', 'PageAmericaGroup_S-3A_1995.txt'), 'utf8'),
  'Nestbuilder_10-K_2021.htm': () => readFileSync(join(corpusDir, 'html', 'Nestbuilder_10-K_2021.htm'), 'utf8'),
  // A 10-Q whose results tables carry % change columns (Favorable/(Unfavorable), Increase/(Decrease)): their headers hover with their meaning.
  'GeneralMotors_10-Q_2023.htm': () =>
    readFileSync(join(corpusDir, 'incoming', 'html', 'GeneralMotors_10-Q_2023.htm'), 'utf8'),
  'notes.txt': () => 'Ordinary notes, not a filing.\nShopping: milk, 2 eggs (3) and 1.42% milk.\n',
};

export function makeWorkspace(dir) {
  mkdirSync(dir, { recursive: true });
  for (const [name, read] of Object.entries(WORKSPACE_FILES)) writeFileSync(join(dir, name), read());
  return dir;
}
