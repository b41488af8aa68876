// Which pages may be read: http(s) only, and never a site on the user's never-read list.
import type { Settings } from './settings';
import { hostOf } from './page/safe-url';

/**
 * The match patterns of every web page: the access automatic reading asks for, the pages the reader
 * is registered on and the page menu is shown on. The manifest (wxt.config.ts) uses it too.
 */
export const SITES = ['http://*/*', 'https://*/*'];

/** Web pages are readable; browser pages, the web store and the PDF viewer are not. */
export function readableUrl(url: string): boolean {
  if (!/^https?:\/\//i.test(url)) return false;
  const host = hostOf(url) ?? '';
  return !(
    host === 'chrome.google.com' ||
    host === 'chromewebstore.google.com' ||
    host === 'addons.mozilla.org' ||
    /\.pdf(?:$|[?#])/i.test(url)
  );
}

/**
 * What the never-read list holds: bare host names (or IPv4 addresses), whatever the user typed or
 * pasted. "https://www.Example.com/news" → "example.com"; null when it is not a host.
 */
export function normalizeHost(input: string): string | null {
  let text = input.trim().toLowerCase();
  if (!text) return null;
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(text)) text = `http://${text}`;
  let host: string;
  try {
    host = new URL(text).hostname;
  } catch {
    return null;
  }
  host = host.replace(/^www\./, '').replace(/\.$/, '');
  if (host === 'localhost' || /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$/.test(host))
    return host;
  return /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}$/.test(host) ? host : null;
}

/** True when the address is on a never-read site or one of its subdomains. */
export function isNeverRead(settings: Pick<Settings, 'neverRead'>, url: string): boolean {
  const host = hostOf(url);
  if (!host) return false;
  return settings.neverRead.some((site) => host === site || host.endsWith(`.${site}`));
}
