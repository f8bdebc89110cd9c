/**
 * Whether an inline style sets its text as a superscript: `vertical-align: super` (or `baseline-shift:
 * super`), or `vertical-align: top` in a small font (filers raise markers that way too; `top` alone is a
 * table cell's alignment). Shared by the cell reader (superMarkers.ts) and the prose marker scan.
 */
const SUPER = /vertical-align\s*:\s*super|baseline-shift\s*:\s*super/i;
const TOP = /vertical-align\s*:\s*top/i;
const SMALL_FONT =
  /font-size\s*:\s*(?:[0-7](?:\.\d+)?pt|[0-9](?:\.\d+)?px|[1-7]\d(?:\.\d+)?%|0?\.[1-7]\d*em|smaller|x-small|xx-small)/i;

export function isSuperscriptStyle(style: string): boolean {
  return SUPER.test(style) || (TOP.test(style) && SMALL_FONT.test(style));
}
