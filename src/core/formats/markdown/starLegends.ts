import type { RawFootnote } from '../../model';

/** A line's head: stars glued to the text, or escaped (`\*`, `\*\*`, `\*\*\*`), then the text's first character. */
const HEAD = /^[ ]{0,3}((?:\\\*){1,3}|\*{1,3})[ \u00a0]*([A-Za-z0-9"“‘'(])/;

/**
 * A `*`, `**` or `***` legend line as Markdown writers print them: glued to its text (`*Indicates a
 * management contract`, `**Filed herewith.`) or escaped (`\*\* Not meaningful`), which the shared line
 * classifier leaves alone. The marker is the stars (`**`); its span covers them as written, backslashes
 * included. Not a legend: emphasis, a line whose star run is closed later on the line (`**Total**`,
 * `*Note*: ...`). Spaced stars (`** Not meaningful`, `* Less than 1%` as a list item) are read by
 * footnoteLine.
 */
export function starLegend(text: string, start: number, end: number): RawFootnote | undefined {
  const line = text.slice(start, Math.min(end, start + 400));
  const m = HEAD.exec(line);
  if (!m) return undefined;
  const written = m[1];
  const stars = written.replace(/\\/g, '');
  const full = end - start > line.length ? text.slice(start, end) : line;
  const markerAt = line.indexOf(written);
  const rest = full.slice(markerAt + written.length);
  if (!written.startsWith('\\') && closes(rest, stars.length)) return undefined;
  const body = rest.trim();
  if (body.length < 3) return undefined;
  return {
    marker: stars,
    key: stars,
    text: body,
    span: { start: start + markerAt, end: start + full.trimEnd().length },
    markerSpan: { start: start + markerAt, end: start + markerAt + written.length },
  };
}

/** Whether a run of exactly `n` unescaped stars right after a non-blank closes an emphasis opened at the line's head. */
function closes(rest: string, n: number): boolean {
  for (let i = rest.indexOf('*'); i >= 0; i = rest.indexOf('*', i + 1)) {
    let j = i;
    while (j < rest.length && rest[j] === '*') j++;
    const before = rest[i - 1];
    if (j - i === n && i > 0 && before !== '\\' && !/\s/.test(before)) return true;
    i = j - 1;
  }
  return false;
}
