import type { ColumnBasis } from '../../model';

/** The basis a column is stated on, from its header words (column and bands) and the footnotes attached. */

const BASES: [RegExp, ColumnBasis][] = [
  [
    /\bconstant[-\s]+(?:currency|exchange)|\bat\s+constant\s+(?:currency\s+)?(?:exchange\s+)?rates\b|\bconstant\s+rates?\b/i,
    'constant-currency',
  ],
  [
    /\bexcluding\s+(?:the\s+)?(?:impact\s+of\s+)?(?:foreign\s+)?(?:currency|exchange|fx)\b|\bex[-\s]?(?:currency|fx)\b|\b(?:fx|currency)[-\s]neutral\b|\boperational\b|\boperations\s+change\b|\bexcluding\s+(?:currency\s+)?translation\b/i,
    'ex-currency',
  ],
  [/\borganic\b/i, 'organic'],
  [/\bpro\s*-?\s*forma\b|\bas\s+adjusted\b/i, 'pro-forma'],
  [/\badjusted\b|\bnon-?\s*gaap\b|\bcore\b/i, 'adjusted'],
  [/\bcomparable\b|\bsame[-\s]store\b|\blike[-\s]for[-\s]like\b/i, 'comparable'],
];

export function basisOf(texts: string[], notes: string[] = []): ColumnBasis {
  for (const t of texts) {
    for (const [re, basis] of BASES) if (re.test(t)) return basis;
  }
  // A footnote that mentions non-GAAP items ("The income tax effect on non-GAAP items is calculated ...") explains an
  // adjustment row; only the header says a column is adjusted. Other bases a footnote states for the column.
  for (const t of notes) {
    for (const [re, basis] of BASES) if (basis !== 'adjusted' && re.test(t)) return basis;
  }
  return 'reported';
}
