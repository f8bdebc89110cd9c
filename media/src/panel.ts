// Placeholder: the summary panel's webview script lands with the summary panel issue.
export {};
