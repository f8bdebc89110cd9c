/**
 * The static report's stand-ins for the variables VS Code defines in a webview, so media/panel.css
 * (which uses var(--vscode-*) only) looks right in a plain browser: light by default, dark when the
 * system prefers it, system colours in forced-colours (high contrast) mode. Values follow VS Code's
 * Light+ / Dark+ themes. Not used in the webview, where VS Code sets the real values.
 */
export const STATIC_THEME_CSS = `
:root {
  color-scheme: light dark;
  --vscode-font-family: system-ui, -apple-system, "Segoe UI", Ubuntu, "Droid Sans", sans-serif;
  --vscode-font-size: 13px;
  --vscode-editor-font-family: ui-monospace, "SF Mono", Menlo, Consolas, "DejaVu Sans Mono", monospace;
  --vscode-foreground: #3b3b3b;
  --vscode-descriptionForeground: #616161;
  --vscode-editor-background: #ffffff;
  --vscode-editorWidget-background: #f8f8f8;
  --vscode-panel-border: #e5e5e5;
  --vscode-textLink-foreground: #005fb8;
  --vscode-list-hoverBackground: #f2f2f2;
  --vscode-focusBorder: #005fb8;
  --vscode-editorError-foreground: #e51400;
  --vscode-editorWarning-foreground: #bf8803;
  --vscode-editorInfo-foreground: #1a85ff;
  --vscode-testing-iconPassed: #388a34;
  --vscode-charts-blue: #1a85ff;
  --vscode-charts-purple: #652d90;
  --vscode-charts-lines: rgba(59, 59, 59, 0.35);
  --vscode-badge-background: #cccccc;
  --vscode-badge-foreground: #3b3b3b;
  --vscode-textCodeBlock-background: #f0f0f0;
}
@media (prefers-color-scheme: dark) {
  :root {
    --vscode-foreground: #cccccc;
    --vscode-descriptionForeground: #9d9d9d;
    --vscode-editor-background: #1f1f1f;
    --vscode-editorWidget-background: #202020;
    --vscode-panel-border: #2b2b2b;
    --vscode-textLink-foreground: #4daafc;
    --vscode-list-hoverBackground: #2a2d2e;
    --vscode-focusBorder: #0078d4;
    --vscode-editorError-foreground: #f14c4c;
    --vscode-editorWarning-foreground: #cca700;
    --vscode-editorInfo-foreground: #3794ff;
    --vscode-testing-iconPassed: #73c991;
    --vscode-charts-blue: #3794ff;
    --vscode-charts-purple: #b180d7;
    --vscode-charts-lines: rgba(204, 204, 204, 0.35);
    --vscode-badge-background: #616161;
    --vscode-badge-foreground: #f8f8f8;
    --vscode-textCodeBlock-background: #2b2b2b;
  }
}
@media (forced-colors: active) {
  :root {
    --vscode-foreground: CanvasText;
    --vscode-descriptionForeground: CanvasText;
    --vscode-editor-background: Canvas;
    --vscode-editorWidget-background: Canvas;
    --vscode-panel-border: CanvasText;
    --vscode-contrastBorder: CanvasText;
    --vscode-textLink-foreground: LinkText;
    --vscode-focusBorder: Highlight;
    --vscode-charts-blue: CanvasText;
    --vscode-charts-purple: GrayText;
    --vscode-charts-lines: GrayText;
  }
}
`;
