// The summary page's script (webview panel and static report). It reads its data from the JSON block
// with textContent + JSON.parse, never builds markup from filing text, and in the webview sends only
// the typed messages of src/report/messages.ts.
import { DATA_ELEMENT_ID, type PanelMessage, type PanelState } from '../../src/report/messages';
import type { PageData } from '../../src/report/html';

interface VsCodeApi {
  postMessage(message: PanelMessage): void;
  getState(): unknown;
  setState(state: PanelState): void;
}
declare const acquireVsCodeApi: undefined | (() => VsCodeApi);

function readData(): PageData | undefined {
  const el = document.getElementById(DATA_ELEMENT_ID);
  try {
    return el?.textContent ? (JSON.parse(el.textContent) as PageData) : undefined;
  } catch {
    return undefined;
  }
}

function offsetAttr(el: Element, name: string): number | undefined {
  const raw = el.getAttribute(name);
  if (raw === null || !/^\d{1,10}$/.test(raw)) return undefined;
  const n = Number(raw);
  return Number.isSafeInteger(n) ? n : undefined;
}

function main(): void {
  const data = readData();
  const vscode = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : undefined;
  const uri = data?.uri;

  if (vscode && uri) {
    const saved = vscode.getState() as Partial<PanelState> | undefined;
    if (saved && saved.uri === uri && typeof saved.scrollY === 'number') window.scrollTo(0, saved.scrollY);
    vscode.setState({ uri, scrollY: window.scrollY });
    let pending = false;
    window.addEventListener('scroll', () => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        vscode.setState({ uri, scrollY: window.scrollY });
      });
    });
  }

  let selected: Element | undefined;
  const reveal = (target: EventTarget | null): boolean => {
    const el = target instanceof Element ? target.closest('[data-start][data-end]') : null;
    if (!el) return false;
    const start = offsetAttr(el, 'data-start');
    const end = offsetAttr(el, 'data-end');
    if (start === undefined || end === undefined || start > end) return false;
    selected?.classList.remove('selected');
    selected = el.closest('tr') ?? el;
    selected.classList.add('selected');
    vscode?.postMessage({ type: 'reveal', start, end });
    return true;
  };

  document.addEventListener('click', (e) => {
    if (reveal(e.target)) e.preventDefault();
  });
  // SVG bars are focusable groups with role=button: give them the keyboard behaviour of a button.
  document.addEventListener('keydown', (e) => {
    const t = e.target;
    if (
      (e.key === 'Enter' || e.key === ' ') &&
      t instanceof Element &&
      t.getAttribute('role') === 'button' &&
      t.tagName.toLowerCase() !== 'button'
    ) {
      if (reveal(t)) e.preventDefault();
    }
  });

  document.body.setAttribute('data-script', 'ready');
  vscode?.postMessage({ type: 'ready' });
}

main();
