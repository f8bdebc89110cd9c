// What a user does in the VS Code workbench, as playwright-core steps that wait on UI state (never on time).
// Selectors are the ones ../shared/E2E.md found reliable in code-server 4.100.3 (VS Code 1.100.3).
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { join } from 'node:path';

export class Workbench {
  private shotCount = 0;
  constructor(
    readonly page: Page,
    private readonly resultsDir: string,
    public scenario = 'setup',
  ) {}

  /** Saves a numbered screenshot of the whole window under test-results/e2e/. */
  async shot(step: string): Promise<string> {
    this.shotCount += 1;
    const name = `${String(this.shotCount).padStart(2, '0')}-${this.scenario}-${step}.png`.replace(/[^\w.-]+/g, '-');
    const path = join(this.resultsDir, name);
    await this.page.screenshot({ path });
    return path;
  }

  /** The workbench is drawn and the server connection is up (the Explorer lists the workspace's files). */
  async waitReady(anyFile: string): Promise<void> {
    await this.page.locator('.monaco-workbench').waitFor();
    await this.page.locator('.explorer-folders-view .monaco-list-row', { hasText: anyFile }).first().waitFor();
  }

  /** Ctrl+P, the file's name, Enter; resolves when its editor is the active one. */
  async openFile(name: string): Promise<Locator> {
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(name);
    // Enter picks the focused row: wait until the filter has put this file there (not a recent file from before).
    await this.focusedPick(name).waitFor();
    await input.press('Enter');
    const editor = this.editor(name);
    await editor.waitFor();
    await this.page.locator('.tabs-container .tab.active', { hasText: name }).waitFor();
    return editor;
  }

  /** The row of the open quick pick that Enter would accept, if it shows `text`. */
  private focusedPick(text: string): Locator {
    return this.page.locator('.quick-input-list .monaco-list-row.focused', { hasText: text }).first();
  }

  editor(name: string): Locator {
    return this.page.locator(`.editor-instance .monaco-editor[data-uri$="${name}"]`).first();
  }

  /** F1, `>title`, waits for that exact command in the list, Enter. */
  async runCommand(title: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`>${title}`);
    await this.focusedPick(title).waitFor();
    await input.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }

  /** Ctrl+G `line`: reveals the line (so the editor renders it) and puts the cursor at its start. */
  async goToLine(line: number): Promise<void> {
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`:${line}`);
    await input.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    await this.statusBarItem('status.editor.selection', new RegExp(`Ln ${line}, Col 1\\b`)).waitFor();
  }

  /** A status-bar entry by its VS Code id (e.g. status.editor.mode), optionally with the text it must show. */
  statusBarItem(id: string, hasText?: string | RegExp): Locator {
    return this.page.locator(`.statusbar-item[id="${id}"]`, hasText ? { hasText } : {});
  }

  /** The rendered editor line whose text contains `text`. */
  line(editor: Locator, text: string): Locator {
    return editor.locator('.view-lines .view-line', { hasText: text }).first();
  }

  /**
   * Screen point inside the characters `needle` of a rendered line (at `across` of their width: 0.5 is the middle),
   * measured with a DOM Range so it works however the grammar split the line into tokens.
   */
  async textPoint(line: Locator, needle: string, across = 0.5): Promise<{ x: number; y: number }> {
    await line.waitFor();
    const box = await line.evaluate(
      (el, [n, f]) => {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        const nodes: Text[] = [];
        for (let t = walker.nextNode(); t; t = walker.nextNode()) nodes.push(t as Text);
        const joined = nodes.map((t) => t.data).join('');
        // The editor renders spaces and tabs as non-breaking spaces; compare on plain spaces.
        const at = joined.replace(/\u00a0/g, ' ').indexOf(n);
        if (at < 0) return null;
        let offset = at;
        for (const t of nodes) {
          if (offset < t.data.length) {
            const range = document.createRange();
            range.setStart(t, offset);
            range.setEnd(t, Math.min(t.data.length, offset + n.length));
            const r = range.getBoundingClientRect();
            return { x: r.left + r.width * f, y: r.top + r.height / 2 };
          }
          offset -= t.data.length;
        }
        return null;
      },
      [needle, across] as const,
    );
    if (!box) throw new Error(`"${needle}" is not in the rendered line`);
    return box;
  }

  /**
   * Moves the mouse onto `needle` in a rendered line (at `across` of its width) and waits for a hover showing
   * `expected`. A one-character needle is best hovered left of its middle, where the editor's position is before it.
   */
  async hoverText(line: Locator, needle: string, expected: string | RegExp, across = 0.5): Promise<Locator> {
    const box = await this.textPoint(line, needle, across);
    const hover = this.page.locator('.monaco-hover:visible', { hasText: expected }).first();
    // A hover may not open if the mouse arrived while the editor was busy: move off and on, as a user would.
    for (let attempt = 0; attempt < 4; attempt++) {
      await this.page.mouse.move(box.x, box.y - 60);
      await this.page.mouse.move(box.x, box.y, { steps: 3 });
      try {
        await hover.waitFor({ timeout: 5000 });
        // Let the fade-in finish so the screenshot shows the hover as the user reads it.
        await hover.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
        return hover;
      } catch {
        // not shown yet: try again
      }
    }
    await hover.waitFor({ timeout: 5000 });
    return hover;
  }

  /** Ctrl+Shift+M; resolves with the Problems panel. */
  async openProblems(): Promise<Locator> {
    await this.page.keyboard.press('Control+Shift+M');
    const panel = this.page.locator('.markers-panel');
    await panel.waitFor();
    return panel;
  }

  /** The webview an extension rendered (its HTML lives two iframes down). */
  webview(): FrameLocator {
    return this.page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  }

  /** Back to a neutral state between scenarios: no quick input, no editors. */
  async reset(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.runCommand('View: Close All Editors');
    await this.page.locator('.editor-group-container .tab').first().waitFor({ state: 'detached' });
  }
}
