/**
 * Escaping for the summary HTML. Filing text is untrusted: it only ever reaches the page through
 * these functions, as element text or a quoted attribute value, or as JSON inside a data block.
 */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or a double-quoted attribute value. Control characters (other than tab/newline) are dropped. */
export function esc(value: unknown): string {
  return (
    String(value ?? '')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/[&<>"']/g, (c) => HTML_ESCAPES[c])
  );
}

/** A double-quoted attribute value built from our own parts (the CSP): only `&`, `"`, `<`, `>` need escaping. */
export function escAttr(value: string): string {
  return value.replace(/[&<>"]/g, (c) => HTML_ESCAPES[c]);
}

/**
 * JSON for a `<script type="application/json">` block: `<`, `>`, `&` and the JS line separators are
 * written as \u escapes, so `</script>` or `<!--` in filing text cannot end or alter the block.
 * JSON.parse(textContent) returns the original value.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value ?? null).replace(
    /[<>&\u2028\u2029]/g,
    (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'),
  );
}
