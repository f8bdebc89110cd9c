/**
 * What a reader sees of a stretch of source: markup, entities and whitespace left out, and rules (runs of
 * `_`, `=`, `-`, en and em dashes drawn as separators) too unless `rules` is 'keep'. Used to tell a quiet
 * gap (a page break, a rule, a few words) from real text between two places.
 */
export function visibleText(s: string, rules: 'drop' | 'keep' = 'drop'): string {
  const bare = s.replace(/<[^>]*>/g, ' ').replace(/&[#\w]{1,10};/g, ' ');
  return bare.replace(rules === 'drop' ? /[\s_=\-\u2014\u2013]+/g : /\s+/g, '');
}
