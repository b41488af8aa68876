// One feed fetched within limits: a conditional request (ETag, Last-Modified; a 304 adds nothing),
// at most 5 MB read (streamed, and the read stopped past the limit), a timeout, redirects only to
// http(s) and at most MAX_REDIRECTS of them. Every way it can fail is a FeedFetchError with words a
// person can act on. Runs wherever `fetch` does: the service worker, Node, the tests.

export const MAX_FEED_BYTES = 5 * 1024 * 1024;
export const FEED_TIMEOUT_MS = 15_000;
export const MAX_REDIRECTS = 5;

export type FetchProblem = 'http' | 'timeout' | 'too-large' | 'redirects' | 'network' | 'scheme';

export class FeedFetchError extends Error {
  constructor(
    readonly problem: FetchProblem,
    message: string,
    readonly status: number | null = null,
  ) {
    super(message);
    this.name = 'FeedFetchError';
  }
}

export interface FetchOptions {
  etag?: string | null;
  lastModified?: string | null;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  fetchImpl?: typeof fetch;
}

export type FetchOutcome =
  | { status: 'not-modified'; url: string }
  | {
      status: 'ok';
      url: string;
      text: string;
      etag: string | null;
      lastModified: string | null;
      contentType: string | null;
    };

const isHttp = (url: string) => /^https?:\/\//i.test(url);

/** The charset a response declares, in its header or its XML declaration; UTF-8 otherwise. */
function charsetOf(contentType: string | null, head: Uint8Array): string {
  const fromHeader = /charset="?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  const prolog = new TextDecoder('latin1').decode(head.subarray(0, 200));
  const fromXml = /^\s*<\?xml[^>]*encoding=["']([\w.:-]+)["']/i.exec(prolog)?.[1];
  const label = (fromHeader ?? fromXml ?? 'utf-8').toLowerCase();
  try {
    new TextDecoder(label);
    return label;
  } catch {
    return 'utf-8';
  }
}

/** Reads a body up to `maxBytes`, stopping the download as soon as it goes past. */
async function readLimited(response: Response, maxBytes: number, controller: AbortController): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    controller.abort();
    throw new FeedFetchError(
      'too-large',
      `the feed is too large (${(declared / 1024 / 1024).toFixed(1)} MB; the most read is ${maxBytes / 1024 / 1024} MB)`,
    );
  }
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      controller.abort();
      throw new FeedFetchError(
        'too-large',
        `the feed is too large (more than ${maxBytes / 1024 / 1024} MB, the most read)`,
      );
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

const HTTP_WORDS: Record<number, string> = {
  400: 'bad request',
  401: 'login required',
  403: 'forbidden',
  404: 'not found',
  410: 'gone',
  429: 'too many requests',
  500: 'server error',
  502: 'bad gateway',
  503: 'service unavailable',
  504: 'gateway timeout',
};

/**
 * Fetches a feed. Redirects are followed one by one where the response shows where they lead
 * (Node, tests); a browser hides that from `redirect: 'manual'` (an opaque redirect), and there the
 * browser follows them, its final address is checked, and a redirect loop is told apart from a
 * network failure by one more request.
 */
export async function fetchFeed(url: string, options: FetchOptions = {}): Promise<FetchOutcome> {
  const fetchImpl = options.fetchImpl ?? fetch;
  const timeoutMs = options.timeoutMs ?? FEED_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? MAX_FEED_BYTES;
  const maxRedirects = options.maxRedirects ?? MAX_REDIRECTS;
  if (!isHttp(url)) throw new FeedFetchError('scheme', 'a feed address must start with http:// or https://');
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const headers: Record<string, string> = {
    accept:
      'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5',
  };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  const request = (target: string, redirect: RequestRedirect) =>
    fetchImpl(target, {
      headers,
      redirect,
      signal: controller.signal,
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
    });
  try {
    let current = url;
    let response: Response;
    for (let hops = 0; ; hops++) {
      response = await request(current, 'manual');
      if (response.type === 'opaqueredirect') {
        // The browser hides the address: let it follow, then check where it ended.
        response = await request(current, 'follow').catch(async (error) => {
          if (timedOut) throw error;
          throw new FeedFetchError(
            'redirects',
            `the feed redirects too many times, or to an address that cannot be reached (${(error as Error).message})`,
          );
        });
        if (!isHttp(response.url))
          throw new FeedFetchError('scheme', 'the feed redirects to an address that is not http(s)');
        break;
      }
      if (response.status >= 300 && response.status < 400 && response.status !== 304) {
        const location = response.headers.get('location');
        if (!location) break;
        let next: string;
        try {
          next = new URL(location, current).href;
        } catch {
          throw new FeedFetchError(
            'redirects',
            `the feed redirects to an address that is not valid: ${location.slice(0, 100)}`,
          );
        }
        if (!isHttp(next)) throw new FeedFetchError('scheme', 'the feed redirects to an address that is not http(s)');
        if (hops + 1 > maxRedirects)
          throw new FeedFetchError(
            'redirects',
            `the feed redirects more than ${maxRedirects} times (a redirect loop?)`,
          );
        await response.body?.cancel().catch(() => undefined);
        current = next;
        continue;
      }
      break;
    }
    const finalUrl = response.url || current;
    if (response.status === 304) return { status: 'not-modified', url: finalUrl };
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      const words = HTTP_WORDS[response.status] ?? response.statusText ?? '';
      throw new FeedFetchError(
        'http',
        `the server answered HTTP ${response.status}${words ? ` (${words})` : ''}`,
        response.status,
      );
    }
    const bytes = await readLimited(response, maxBytes, controller);
    const contentType = response.headers.get('content-type');
    const text = new TextDecoder(charsetOf(contentType, bytes)).decode(bytes);
    return {
      status: 'ok',
      url: finalUrl,
      text,
      etag: response.headers.get('etag'),
      lastModified: response.headers.get('last-modified'),
      contentType,
    };
  } catch (error) {
    if (error instanceof FeedFetchError) throw error;
    if (timedOut)
      throw new FeedFetchError(
        'timeout',
        `the server did not answer within ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`} (timed out)`,
      );
    throw new FeedFetchError('network', `the server could not be reached (${(error as Error).message})`);
  } finally {
    clearTimeout(timer);
  }
}
