import type { ReaderResult } from '../model';
import { emptyResult } from './common';

// Placeholder until the converted reader lands (see the engine issue).
export function readConverted(text: string): ReaderResult {
  return emptyResult('converted', text.length);
}
