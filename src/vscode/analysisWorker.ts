// Placeholder: analysis moves off the extension host's main thread in the robustness issue.
export {};
