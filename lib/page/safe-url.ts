// Turns an address written in an untrusted page (canonical link, og:url, JSON-LD isBasedOn) into an
// absolute http(s) address, or null: `javascript:`, `data:` and every other scheme are dropped.
// Addresses from stored data (an article's or outlet's link in the extension's pages) pass the same
// scheme test before they become links.

const MAX_URL_CHARS = 2048;

const isHttp = (url: URL) => url.protocol === 'http:' || url.protocol === 'https:';

/** The absolute http(s) form of `value` resolved against `base`, or null when it is not one. */
export function safeUrl(value: unknown, base: string): string | null {
  if (typeof value !== 'string') return null;
  // Browsers ignore tabs, newlines and leading controls in addresses ("java\tscript:"); so do we,
  // before deciding on the scheme.
  const text = value.replace(/[\u0000-\u0020\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/g, '');
  if (!text || text.length > MAX_URL_CHARS) return null;
  let parsed: URL;
  try {
    parsed = new URL(text, base);
  } catch {
    return null;
  }
  return isHttp(parsed) ? parsed.href : null;
}

/** The host of an address without a leading "www.", or null for anything but http(s). */
export function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (!isHttp(parsed)) return null;
    return parsed.hostname.replace(/^www\d?\./i, '').toLowerCase() || null;
  } catch {
    return null;
  }
}

/** The address when it is an absolute http(s) URL, otherwise null: what may become a link. */
export function httpUrl(text: string | null | undefined): string | null {
  if (!text) return null;
  try {
    const url = new URL(text.trim());
    return isHttp(url) ? url.href : null;
  } catch {
    return null;
  }
}
