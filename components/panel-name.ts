// What this browser calls the extension's panel: Chrome's side panel, Firefox's sidebar. Read from
// the page's globals, so a page outside the extension (the mock pages, unit tests) says "side panel".
export function sidePanelName(): 'side panel' | 'sidebar' {
  const g = globalThis as { chrome?: { sidePanel?: unknown }; browser?: { sidebarAction?: unknown } };
  return !g.chrome?.sidePanel && g.browser?.sidebarAction ? 'sidebar' : 'side panel';
}
