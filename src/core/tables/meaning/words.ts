/** The header vocabulary column meanings are read from (one place, so the readers agree on words). */

export const CHANGE =
  /\bchange\b|\bchg\b|\bincrease\b|\bdecrease\b|\binc\.?\s*\/?\s*\(?\s*dec\b|\bvariance\b|\bfavorable\b|\bunfavorable\b|\bbetter\b|\bworse\b|\bgrowth\b|\bversus\b|\bvs\.?(?=\s|$)/i;
export const POINTS = /\b(?:pts?|ppts?|bps|basis\s*(?:points?|pts?)|percentage\s*points?|points?\s*change)\b/i;
export const OWNERSHIP =
  /\bof\s+class\b|\bof\s+(?:shares\s+)?(?:common\s+stock\s+)?outstanding\b|\bpercent(?:age)?\s+(?:of\s+)?(?:shares\s+)?(?:beneficially\s+)?owned\b|\bbeneficial(?:ly)?\s+own|\bbefore\s+(?:the|this)?\s*offering|\bafter\s+(?:the|this)?\s*offering|\bvoting\s+power\b|\beconomic\s+(?:interest|ownership)\b|\bownership\b|\bcommon\s+stock\s+outstanding\b|\bshares\s+outstanding\b/i;
export const SHARE =
  /%\s*(?:of\s+)?(?:total\s+)?(?:net\s+)?(?:revenues?|sales|total)\b|\bpercent(?:age)?\s+(?:of|to)\s+(?:total\s+)?(?:net\s+)?(?:revenues?|sales|total)\b|\bas\s+a\s+(?:%|percent(?:age)?)\s+of\b|%\s+of\b|\bpercent(?:age)?\s+of\b|\bmix\s*%/i;
export const RATE =
  /\bmargins?\b|\brates?\b|\byields?\b|\bratios?\b|\breturn\s+on\b|\b(?:underlying|total|annual(?:ized)?|shareholder|stockholder)\s+returns?\b|\bro(?:na|e|ic|a|ce)\b|\bachieved\b|\bmarket\s+share\b|\bpayout\b|\bearned\b|\bmodifier\b|\bachievement\b|\bvesting\b|\bweight(?:ing)?\b|\bcash\s+flow\s+productivity\b/i;
export const PER_SHARE = /\bper\s+(?:diluted\s+|basic\s+|common\s+)?share\b|\beps\b|\$\s*\/\s*share\b/i;
export const COUNT = /\bshares\b|\bnumber\b|\bunits\b|\bemployees\b|\bstores\b|\brestaurants\b|\bcount\b|\bholders\b/i;
/** Options or warrants held or outstanding, counted ("Options Owned", "Numbers of warrants outstanding"): read on the leaf band. */
export const OPTIONS = /\boptions\b|\bwarrants\b/i;
/** What is said of options that is no count of them: their price, value, life or consideration ("priceof" run together too). */
export const OPTION_TERMS = /price|value|consideration|\blife\b/i;
export const MONEY = /\$|\bdollars?\b|\bamounts?\b/i;
export const PERCENT = /%|\bpercent|\bper\s*cent\b|\bpct\b/i;
/** A driver of a change (its part due to volume, price, currency ...), not a comparison of two amounts. */
export const DRIVER =
  /\bcurrency\s+(?:change|impact|effect|translation)\b|\bfx\s+(?:impact|effect)\b|\bforeign\s+(?:currency|exchange)\s+(?:impact|effect)\b|\bdue\s+to\b|^\s*(?:foreign\s+)?(?:currency\s+)?translation\s*$|\bvolume\b|\bprice\b|\bmix\b|\bacquisitions?\b|\bdivestitures?\b|\beffects?\s+of\b|\badjustments?\b|\bimpact\b/i;
export const BETTER_WORSE = /\bfavou?rable\b|\bunfavou?rable\b|\bbetter\b|\bworse\b|\bfav\b/i;
/** "(in millions, except percentages)", "(Dollars in thousands)", "(Dollar amounts in thousands)", "(In millions, except per share data)". */
export const UNIT_CAPTION =
  /^\(?\s*(?:unaudited\s*[;,]?\s*)?(?:(?:u\.s\.\s+)?dollars?\s*(?:&\s*shares\s*)?|(?:dollars?\s+)?amounts?\s*|\$\s*)?in\s+(?:thousands|millions|billions)\b[^()]*\)?$|^\(?\s*\$?\s*000'?s?\s*(?:omitted)?\s*\)?$|^\(?\s*(?:unaudited\s*[;,]?\s*)?(?:dollars|\$)\s*(?:&\s*shares\s*)?in\s+(?:thousands|millions|billions)[^)]*\)?$/i;

export function isUnitCaption(label: string): boolean {
  const t = label.trim();
  return t.length <= 120 && UNIT_CAPTION.test(t);
}
