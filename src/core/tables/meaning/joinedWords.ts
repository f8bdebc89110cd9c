/**
 * Header words a rendering ran together in lower case ("percentageof", "stockoutstanding", "asof", "Cabotcommon"),
 * apart again — only the closed list of words the meaning rules key on, so no dictionary is needed and no other
 * word is cut ("offering", "exchange", "stockholders" and "Livestock" stay whole).
 */
const WORDS = new Set([
  'as',
  'of',
  'to',
  'percent',
  'percentage',
  'stock',
  'shares',
  'common',
  'preferred',
  'outstanding',
  'class',
  'change',
  'total',
  'number',
  'owned',
  'beneficially',
  'voting',
  'power',
]);
/** A class of stock printed straight after the issuer's name ("Cabotcommon"). */
const AFTER_NAME = /^([A-Z][a-z]{2,})(common|preferred)$/;
const TOKEN = /[A-Za-z]{4,}/g;

export function splitJoinedWords(band: string): string {
  return band.replace(TOKEN, (token) => {
    const lower = token.toLowerCase();
    if (WORDS.has(lower) || token.length > 40) return token;
    const parts = split(lower);
    if (parts) {
      // keep the token's own letters (its case), cut where the list words meet
      let at = 0;
      return parts.map((p) => token.slice(at, (at += p.length))).join(' ');
    }
    const m = AFTER_NAME.exec(token);
    return m ? `${m[1]} ${m[2]}` : token;
  });
}

/** The token as two or more list words, or undefined (a token is a few letters: trying each cut is cheap). */
function split(s: string): string[] | undefined {
  for (let i = s.length - 1; i >= 2; i--) {
    const head = s.slice(0, i);
    if (!WORDS.has(head)) continue;
    const tail = s.slice(i);
    if (WORDS.has(tail)) return [head, tail];
    const rest = split(tail);
    if (rest) return [head, ...rest];
  }
  return undefined;
}
