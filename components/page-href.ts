// The full address of another page of the extension ("options.html" → chrome-extension://…/options.html):
// links between its pages name their own origin, never a relative address.
export function pageHref(path: string): string {
  return new URL(path, typeof location === 'undefined' ? 'chrome-extension://extension/' : location.href).href;
}
