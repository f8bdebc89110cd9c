import type { ReaderResult, Span } from '../model';
import { emptyResult } from './common';

// Placeholder until the html reader lands (see the engine issue).
/** Reads HTML in `range` of text (default: all of it); every span is an offset into `text` itself. */
export function readHtml(text: string, _range?: Span): ReaderResult {
  return emptyResult('html', text.length);
}
