import { CharCode } from '../../charCodes';
/**
 * Tag categories of the WHATWG tree-construction algorithm (the parts `htmlTreeBuilder` implements),
 * taken from the HTML standard's "parsing HTML documents" section.
 */

const set = (s: string) => new Set(s.split(' '));

/** Elements with no content and no end tag. */
export const VOID = set(
  'area base basefont bgsound br col embed frame hr image img input keygen link meta param source track wbr',
);

/** Start tags that may appear in <head> (before the body starts they go there, out of sight). */
export const HEAD_CONTENT = set('base basefont bgsound link meta noframes noscript script style template title');

/** Formatting elements: reopened across blocks and untangled by the adoption agency algorithm. */
export const FORMATTING = set('a b big code em font i nobr s small strike strong tt u');

/** The "special" category: an unmatched end tag stops at them. */
export const SPECIAL = set(
  'address applet area article aside base basefont bgsound blockquote body br button caption center col colgroup dd ' +
    'details dir div dl dt embed fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header ' +
    'hgroup hr html iframe img input keygen li link listing main marquee menu meta nav noembed noframes noscript object ' +
    'ol p param plaintext pre script search section select source style summary table tbody td template textarea tfoot ' +
    'th thead title tr track ul wbr xmp #root',
);

/** Start tags that close an open <p> first. */
export const CLOSES_P = set(
  'address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer header hgroup ' +
    'main menu nav ol p search section summary ul',
);

/** End tags that close their element (with what is open inside it) when it is in scope. */
export const BLOCK_END = set(
  'address article aside blockquote button center details dialog dir div dl fieldset figcaption figure footer header ' +
    'hgroup listing main menu nav ol pre search section summary ul',
);

export const HEADINGS = set('h1 h2 h3 h4 h5 h6');

/** Elements whose end tag is implied when an enclosing element closes. */
export const IMPLIED_END = set('dd dt li optgroup option p rb rp rt rtc');

/** Scope boundaries: "has an element in scope" stops at these. */
export const SCOPE = set('applet caption html table td th marquee object template #root');
export const LIST_SCOPE = set('applet caption html table td th marquee object template #root ol ul');
export const BUTTON_SCOPE = set('applet caption html table td th marquee object template #root button');
export const TABLE_SCOPE = set('html table template #root');

/** Where text and misplaced elements inside a table are "foster parented" out of it. */
export const TABLEISH = set('table tbody tfoot thead tr');

/** Start tags in body that are parse errors and ignored outside a table. */
export const TABLE_PARTS = set('caption col colgroup frame head tbody td tfoot th thead tr');

export const CELL_CLOSERS = set('caption col colgroup tbody td tfoot th thead tr');
export const IGNORED_END_IN_TABLE = set('body caption col colgroup html tbody td tfoot th thead tr');

/** "ASCII whitespace": only these characters count as whitespace inside a table. */
export function isAsciiSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (
      c !== CharCode.Space &&
      c !== CharCode.LineFeed &&
      c !== CharCode.Tab &&
      c !== CharCode.FormFeed &&
      c !== CharCode.CarriageReturn
    ) {
      return false;
    }
  }
  return true;
}

const QUIRKY_PUBLIC = [
  '+//silmaril//dtd html pro v0r11 19970101//',
  '-//as//dtd html 3.0 aswedit + extensions//',
  '-//advasoft ltd//dtd html 3.0 aswedit + extensions//',
  '-//ietf//dtd html 2.0',
  '-//ietf//dtd html 3',
  '-//ietf//dtd html level',
  '-//ietf//dtd html strict',
  '-//ietf//dtd html//',
  '-//metrius//dtd metrius presentational//',
  '-//microsoft//dtd internet explorer',
  '-//netscape comm. corp.//dtd',
  "-//o'reilly and associates//dtd html",
  '-//spyglass//dtd html 2.0 extended//',
  '-//sq//dtd html 2.0 hotmetal + extensions//',
  '-//softquad software//dtd hotmetal pro',
  '-//softquad//dtd hotmetal pro',
  '-//sun microsystems corp.//dtd hotjava',
  '-//w3c//dtd html 3 1995-03-24//',
  '-//w3c//dtd html 3.2',
  '-//w3c//dtd html experimental',
  '-//w3c//dtd w3 html//',
  '-//w3o//dtd w3 html 3.0//',
  '-//webtechs//dtd mozilla html',
  '-//w3c//dtd html 4.0 frameset//',
  '-//w3c//dtd html 4.0 transitional//',
];
const QUIRKY_WITHOUT_SYSTEM = ['-//w3c//dtd html 4.01 frameset//', '-//w3c//dtd html 4.01 transitional//'];

/**
 * Whether a document with this doctype (the text between `<!` and `>`) is in quirks mode, where a
 * <table> does not close an open <p>. No doctype at all is quirks mode too.
 */
export function isQuirksDoctype(decl: string): boolean {
  const m =
    /^doctype\s*([^\s"']*)\s*(?:public\s*(["'])([^"']*)\2?\s*(?:(["'])([^"']*)\4?)?|system\s*(["'])([^"']*)\6?)?/i.exec(
      decl.trim(),
    );
  if (!m) return true;
  if (m[1].toLowerCase() !== 'html') return true;
  const pub = m[3]?.toLowerCase();
  const sys = m[5] ?? m[7];
  if (sys?.toLowerCase() === 'http://www.ibm.com/data/dtd/v11/ibmxhtml1-transitional.dtd') return true;
  if (pub === undefined) return false;
  if (
    pub === '-//w3o//dtd w3 html strict 3.0//en//' ||
    pub === '-/w3c/dtd html 4.0 transitional/en' ||
    pub === 'html'
  ) {
    return true;
  }
  if (QUIRKY_PUBLIC.some((p) => pub.startsWith(p))) return true;
  return m[5] === undefined && QUIRKY_WITHOUT_SYSTEM.some((p) => pub.startsWith(p));
}
