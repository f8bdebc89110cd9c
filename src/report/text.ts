/** Small text helpers shared by the summary model, charts and renderer. */

/** Whitespace runs (line breaks, tabs) to single spaces, trimmed. */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** At most `max` characters, ending in an ellipsis when cut. */
export function shorten(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, max - 1).trimEnd() + '…';
}
