// Which pages may be read: http(s) only, and never a site on the user's never-read list.
import type { Settings } from './settings';

/** The host of an address, lower-case, without "www.". */
export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** Web pages are readable; browser pages, the web store and the PDF viewer are not. */
export function readableUrl(url: string): boolean {
  if (!/^https?:\/\//i.test(url)) return false;
  const host = hostOf(url) ?? '';
  return !(host === 'chrome.google.com' || host === 'chromewebstore.google.com' || host === 'addons.mozilla.org' || /\.pdf(?:$|[?#])/i.test(url));
}

/** Normalizes what a user types as a site ("https://www.Example.com/path" → "example.com"). */
export function normalizeHost(input: string): string | null {
  const text = input.trim().toLowerCase();
  if (!text) return null;
  const host = hostOf(/^[a-z]+:\/\//.test(text) ? text : `https://${text}`);
  return host && /^[a-z0-9.-]+$/.test(host) && host.includes('.') ? host : null;
}

/** True when the address is on a never-read site or one of its subdomains. */
export function isNeverRead(settings: Pick<Settings, 'neverRead'>, url: string): boolean {
  const host = hostOf(url);
  if (!host) return false;
  return settings.neverRead.some((site) => host === site || host.endsWith(`.${site}`));
}
