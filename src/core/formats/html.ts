import type { ReaderResult } from '../model';
import { emptyResult } from './common';

// Placeholder until the html reader lands (see the engine issue).
export function readHtml(text: string): ReaderResult {
  return emptyResult('html', text.length);
}
