/**
 * Messages the summary webview may send to the extension: a typed discriminated union, validated at
 * runtime because a webview is untrusted (it renders filing text). Nothing in a message is ever used
 * as a command name or a path; offsets are bounds-checked against the document by the panel.
 */

/** Reveal and select [start, end) of the panel's own document (UTF-16 offsets). */
export interface RevealMessage {
  type: 'reveal';
  start: number;
  end: number;
}

/** The page's script has loaded (lets the panel and tests know the webview is live). */
export interface ReadyMessage {
  type: 'ready';
}

export type PanelMessage = RevealMessage | ReadyMessage;

/** Largest offset we accept: documents over 50 MB never reach extensions anyway. */
export const MAX_OFFSET = 2 ** 31 - 1;

const isOffset = (n: unknown): n is number =>
  typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 && n <= MAX_OFFSET;

/** The message if it is exactly one of the union's shapes, else undefined. Extra keys are refused. */
export function parsePanelMessage(value: unknown): PanelMessage | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const m = value as Record<string, unknown>;
  const keys = Object.keys(m).sort().join(',');
  switch (m.type) {
    case 'reveal':
      if (keys !== 'end,start,type' || !isOffset(m.start) || !isOffset(m.end) || m.start > m.end) return undefined;
      return { type: 'reveal', start: m.start, end: m.end };
    case 'ready':
      return keys === 'type' ? { type: 'ready' } : undefined;
    default:
      return undefined;
  }
}

/** The id of the page's JSON data block (`<script type="application/json">`). */
export const DATA_ELEMENT_ID = 'filing-lens-data';

/** What the webview keeps across reloads (`vscode.setState`); the panel serializer reads `uri`. */
export interface PanelState {
  uri: string;
  scrollY?: number;
}
