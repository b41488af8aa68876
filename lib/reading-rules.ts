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

/** The reader's registration as the browser holds it (the fields this extension sets). */
export interface ReaderRegistration {
  matches: string[];
  excludeMatches: string[];
  js: string[];
}

/**
 * Where the reader should be registered: every site but the never-read ones when the user chose
 * automatic reading and granted access; null when it should not be registered.
 */
export function wantedReaderRegistration(
  settings: Pick<Settings, 'readingMode' | 'neverRead'>,
  granted: boolean,
  js: string,
): ReaderRegistration | null {
  if (settings.readingMode !== 'automatic' || !granted) return null;
  // A named site covers its subdomains; an address (127.0.0.1) or localhost has none.
  const excludeMatches = settings.neverRead.flatMap((host) =>
    /^[\d.]+$|^localhost$/.test(host) ? [`*://${host}/*`] : [`*://${host}/*`, `*://*.${host}/*`],
  );
  return { matches: [...SITES], excludeMatches, js: [js] };
}

/**
 * What to do to the browser's registration to make it the wanted one. A registration that only
 * needs other sites left out is updated in place, never taken away and made again: in between, a
 * page that loads would not be read, and its report would say "Reading…" for good. Nothing is done
 * when the registration already holds (most settings do not touch the reader).
 */
export function readerRegistrationChange(
  existing: Partial<ReaderRegistration> | null,
  wanted: ReaderRegistration | null,
): 'none' | 'register' | 'update' | 'unregister' {
  if (!wanted) return existing ? 'unregister' : 'none';
  if (!existing) return 'register';
  // The browser may give files without their leading slash, and omit an empty list.
  const key = (list: string[] | undefined) => [...(list ?? [])].sort().join('\n');
  const files = (list: string[] | undefined) => (list ?? []).map((file) => file.replace(/^\/?/, '/'));
  const same =
    key(existing.matches) === key(wanted.matches) &&
    key(existing.excludeMatches) === key(wanted.excludeMatches) &&
    key(files(existing.js)) === key(files(wanted.js));
  return same ? 'none' : 'update';
}
