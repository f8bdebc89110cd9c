import { Mode, type TreeBuilder } from './treeBuilder';
import { closeHead } from './inHead';
import { isAsciiSpace, TABLEISH } from '../tags';

const LEADING_SPACE = /^[ \n\t\f\r]+/;
const RAW_TEXT = new Set(['title', 'textarea', 'style', 'script', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

/** A run of character tokens (already entity-decoded), in whichever insertion mode is current. */
export function processText(b: TreeBuilder, raw: string, start: number, end: number): void {
  let value = raw;
  if (b.dropNewline) {
    b.dropNewline = false;
    const skip = value.startsWith('\r\n') ? 2 : value[0] === '\n' || value[0] === '\r' ? 1 : 0;
    value = value.slice(skip);
    start += skip;
    if (!value) return;
  }
  if (value.includes('\r')) value = value.replace(/\r\n?/g, '\n');
  if (value.includes('\u0000')) value = value.replaceAll('\u0000', '');
  if (!value) return;
  const open = b.open;
  open.closeStart = start;
  open.closeTag = '';
  // raw text and RCDATA (title, style, textarea ...) take their text as it is
  if (RAW_TEXT.has(open.current.tagName)) return b.insertText(value, start, end);
  switch (b.mode) {
    case Mode.Initial:
      if (open.current.tagName === 'noscript' && !isAsciiSpace(value)) {
        open.pop(); // <noscript> in the head holds no text: it ends, and the text starts the body
        return processText(b, value, start, end);
      }
      // the text of a <title>, <style> ... stays in it; other text starts the body
      if (open.current !== b.root && open.current !== b.head) return b.insertText(value, start, end);
      if (isAsciiSpace(value)) return;
      closeHead(b);
      // whitespace before the body is dropped; the body's text starts at the first other character
      value = value.replace(LEADING_SPACE, '');
      while (start < end && LEADING_SPACE.test(b.source[start])) start++;
      break;
    case Mode.Table:
    case Mode.TableBody:
    case Mode.Row:
      if (TABLEISH.has(open.current.tagName)) {
        if (isAsciiSpace(value)) return b.insertText(value, start, end);
        b.foster = true;
        b.reconstructFormatting();
        b.insertText(value, start, end);
        b.foster = false;
        return;
      }
      break;
  }
  b.reconstructFormatting();
  b.insertText(value, start, end);
}
