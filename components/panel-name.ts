// What this browser calls the extension's panel: Chrome's side panel, Firefox's sidebar. Read from
// the page itself (a Firefox extension page with the sidebar API), so any other page (the mock
// pages, unit tests) says "side panel".
export function sidePanelName(): 'side panel' | 'sidebar' {
  const g = globalThis as { browser?: { sidebarAction?: unknown }; location?: { protocol?: string } };
  return g.location?.protocol === 'moz-extension:' && g.browser?.sidebarAction ? 'sidebar' : 'side panel';
}
