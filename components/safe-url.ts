// Addresses from data are untrusted: only http(s) ones may become links.
export { hostOf } from '../lib/page/safe-url';

/** The address when it is an absolute http(s) URL, otherwise null. */
export function httpUrl(text: string | null | undefined): string | null {
  if (!text) return null;
  try {
    const url = new URL(text.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
