// `npm run corpus:sync`: copies filings that appeared in ../shared/corpus (or the folder given) into corpus/, the
// repository's own copy that every test, the bench and the fuzz script read. Files already here are left as they
// are; SOURCES.tsv is replaced by the newer one, since it lists every file with where it came from.
import { copyFileSync, mkdirSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';

const from = process.argv[2] ?? join('..', 'shared', 'corpus');
if (!existsSync(from)) {
  console.error(`corpus:sync: ${from} does not exist`);
  process.exit(2);
}
const copied = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      walk(p);
      continue;
    }
    const to = join('corpus', relative(from, p));
    if (existsSync(to) && name !== 'SOURCES.tsv') continue;
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(p, to);
    if (name !== 'SOURCES.tsv') copied.push(to);
  }
};
walk(from);
console.log(copied.length ? `copied ${copied.length} new file(s):\n${copied.join('\n')}` : 'corpus/ is up to date');
