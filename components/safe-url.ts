// Addresses from data are untrusted: only http(s) ones may become links.

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

/** The host of an address, without "www.", or null when it has none. */
export function hostOf(text: string | null | undefined): string | null {
  const href = httpUrl(text);
  return href ? new URL(href).hostname.replace(/^www\./, '') : null;
}
