import type { ReaderResult } from '../model';
import { emptyResult } from './common';

// Placeholder until the markdown reader lands (see the engine issue).
export function readMarkdown(text: string): ReaderResult {
  return emptyResult('markdown', text.length);
}
