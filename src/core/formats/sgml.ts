import type { ReaderResult } from '../model';
import { emptyResult } from './common';

// Placeholder until the sgml reader lands (see the engine issue).
export function readSgml(text: string): ReaderResult {
  return emptyResult('sgml', text.length);
}
