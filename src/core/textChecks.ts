import { CharCode } from './charCodes';
/**
 * Why a text is not filing text, if it is not: NUL bytes or mostly control characters in its first 8 KB
 * (a PDF, an image, a zip opened by mistake). Filings are text; their uuencoded exhibits are text too.
 */
export function binaryReason(text: string): string | undefined {
  const n = Math.min(text.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === CharCode.Null) return 'it contains NUL bytes (binary content)';
    if (
      c < CharCode.Tab ||
      (c > CharCode.CarriageReturn && c < CharCode.Space) ||
      c === CharCode.ReplacementCharacter
    ) {
      control++;
    }
  }
  return n > 0 && control / n > 0.1 ? 'it is mostly control characters or invalid UTF-8 (binary content)' : undefined;
}
