// Where the tests find the real filings: the repository's own corpus/ (public SEC filings, each listed with its
// source in corpus/SOURCES.tsv), so a clone with nothing beside it runs every test.
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

/** The repository's root folder, with a trailing slash. */
export const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));
/** corpus/ with a trailing slash. */
export const CORPUS_DIR = join(REPO_ROOT, 'corpus') + '/';

/** A corpus file's (or folder's) URL, from its path relative to corpus/. */
export const corpusUrl = (path: string): URL => pathToFileURL(join(CORPUS_DIR, path));
/** A corpus file's text, from its path relative to corpus/. */
export const readCorpus = (path: string): string => readFileSync(join(CORPUS_DIR, path), 'utf8');
