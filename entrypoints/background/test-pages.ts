// The e2e build only: opens the extension's own pages when a test asks, for browsers whose test
// driver may not navigate to an extension address (Firefox refuses `moz-extension://` over
// WebDriver BiDi). A tab sent to `http://127.0.0.1:<port>/__extension-page/<path>` on the loopback
// address is turned by the extension itself into its page `<path>` (popup.html?tab=3,
// sidepanel.html, options.html), which the driver can then script like any tab.
import { browser } from 'wxt/browser';

export const EXTENSION_PAGE_PREFIX = '/__extension-page/';

/** The extension page a loopback address asks for, or null. */
export function requestedExtensionPage(url: string | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' || !['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname)) return null;
  if (!parsed.pathname.startsWith(EXTENSION_PAGE_PREFIX)) return null;
  const path = parsed.pathname.slice(EXTENSION_PAGE_PREFIX.length) + parsed.search;
  return /^[a-z0-9/_-]+\.(html|png)(\?[^#]*)?$/i.test(path) ? path : null;
}

export function openRequestedExtensionPages(): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    const path = requestedExtensionPage(change.url);
    if (path) void browser.tabs.update(tabId, { url: browser.runtime.getURL(`/${path}` as '/popup.html') });
  });
}
