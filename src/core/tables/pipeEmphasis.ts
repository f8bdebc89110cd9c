import { CharCode } from '../charCodes';

/**
 * Which asterisks of a Markdown pipe cell are bold markup (`**Total**`, `***Total***`) rather than text:
 * a footnote marker (`Revenue**`, `32.1***`, `12.5%*`, `**Total***` whose last star is left over) is an
 * asterisk run that no other run of the cell pairs with. A run can open when a non-blank follows it and
 * close when a non-blank precedes it (CommonMark's flanking rule, simplified); a closer pairs with the
 * nearest open run, both giving up the stars next to the text, two or three at a time. Single stars
 * (italics) stay text, as before: `10.1*` is a marker. An escaped star (`\*`) is never markup. One pass
 * over the cell, a stack of open runs: linear.
 */
export function boldStars(text: string, start: number, end: number): Set<number> | undefined {
  let any = false;
  for (let i = start; i < end - 1; i++) {
    if (text.charCodeAt(i) === CharCode.Asterisk && text.charCodeAt(i + 1) === CharCode.Asterisk) {
      any = true;
      break;
    }
  }
  if (!any) return undefined;
  const out = new Set<number>();
  const open: { at: number; left: number }[] = [];
  let i = start;
  while (i < end) {
    if (text.charCodeAt(i) === CharCode.Backslash) {
      i += 2;
      continue;
    }
    if (text.charCodeAt(i) !== CharCode.Asterisk) {
      i++;
      continue;
    }
    let j = i;
    while (j < end && text.charCodeAt(j) === CharCode.Asterisk) j++;
    let len = j - i;
    const canOpen = j < end && !blank(text.charCodeAt(j));
    const canClose = i > start && !blank(text.charCodeAt(i - 1));
    // The run's stars from its start that a closer gives up.
    let closedFrom = i;
    while (canClose && len >= 2 && open.length > 0) {
      const o = open[open.length - 1];
      const k = Math.min(3, o.left, len);
      // The opener gives up its last k stars, the closer its first k.
      for (let q = 0; q < k; q++) {
        out.add(o.at + o.left - 1 - q);
        out.add(closedFrom + q);
      }
      closedFrom += k;
      o.left -= k;
      len -= k;
      if (o.left < 2) open.pop();
    }
    if (canOpen && len >= 2) open.push({ at: j - len, left: len });
    i = j;
  }
  return out;
}

function blank(c: number): boolean {
  return c === CharCode.Space || c === CharCode.Tab || c === CharCode.LineFeed || c === CharCode.CarriageReturn;
}
