// Fetching a feed within its limits, against a real HTTP server on the loopback address: a
// conditional request, the size limit (the download stopped), the timeout, redirects, HTTP errors
// and a declared charset. No wall-clock threshold decides a test: the timeout is set short.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFeed, FeedFetchError, MAX_FEED_BYTES } from '../../lib/feeds/fetch-feed';

let server: Server;
let origin = '';
const seen: Array<{ path: string; ifNoneMatch?: string; ifModifiedSince?: string }> = [];
const RSS = '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>';

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    seen.push({
      path,
      ifNoneMatch: req.headers['if-none-match'] as string | undefined,
      ifModifiedSince: req.headers['if-modified-since'] as string | undefined,
    });
    if (path === '/feed') {
      if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end();
      return void res
        .writeHead(200, {
          'content-type': 'application/rss+xml',
          etag: '"v1"',
          'last-modified': 'Sat, 16 Mar 2024 10:00:00 GMT',
        })
        .end(RSS);
    }
    if (path === '/loop') return void res.writeHead(302, { location: '/loop' }).end();
    if (path.startsWith('/hop/')) {
      const n = Number(path.slice(5));
      return void res.writeHead(301, { location: n > 0 ? `/hop/${n - 1}` : '/feed' }).end();
    }
    if (path === '/to-js') return void res.writeHead(302, { location: 'javascript:alert(1)' }).end();
    if (path === '/missing') return void res.writeHead(404, { 'content-type': 'text/plain' }).end('nope');
    if (path === '/slow') return void setTimeout(() => res.writeHead(200).end(RSS), 5_000);
    if (path === '/latin1') {
      const body = Buffer.from(
        '<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Caf\xe9</title></channel></rss>',
        'latin1',
      );
      return void res.writeHead(200, { 'content-type': 'application/xml' }).end(body);
    }
    if (path === '/big') {
      // 6 MB, in chunks, with no declared length: the reader has to stop it.
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      const pump = () => {
        while (sent < 6 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('close', () => undefined);
      return pump();
    }
    if (path === '/big-declared')
      return void res
        .writeHead(200, { 'content-length': String(6 * 1024 * 1024) })
        .end(Buffer.alloc(6 * 1024 * 1024, 'a'));
    res.writeHead(404).end();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((ok) => server.close(ok));
});

const failure = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (error) {
    return error instanceof FeedFetchError
      ? `${error.problem}: ${error.message}`
      : `other: ${(error as Error).message}`;
  }
  return 'ok';
};

describe('fetchFeed', () => {
  it('fetches, then asks again conditionally: a 304 brings nothing', async () => {
    const first = await fetchFeed(`${origin}/feed`);
    expect(first).toMatchObject({
      status: 'ok',
      text: RSS,
      etag: '"v1"',
      lastModified: 'Sat, 16 Mar 2024 10:00:00 GMT',
      url: `${origin}/feed`,
    });
    const again = await fetchFeed(`${origin}/feed`, { etag: '"v1"', lastModified: 'Sat, 16 Mar 2024 10:00:00 GMT' });
    expect(again.status).toBe('not-modified');
    expect(seen.at(-1)).toMatchObject({ ifNoneMatch: '"v1"', ifModifiedSince: 'Sat, 16 Mar 2024 10:00:00 GMT' });
  });

  it('follows up to 5 redirects, refuses a sixth, a loop and a non-http target', async () => {
    expect(await fetchFeed(`${origin}/hop/4`)).toMatchObject({ status: 'ok', url: `${origin}/feed` });
    expect(await failure(fetchFeed(`${origin}/hop/5`))).toBe(
      'redirects: the feed redirects more than 5 times (a redirect loop?)',
    );
    expect(await failure(fetchFeed(`${origin}/loop`))).toBe(
      'redirects: the feed redirects more than 5 times (a redirect loop?)',
    );
    expect(await failure(fetchFeed(`${origin}/to-js`))).toBe(
      'scheme: the feed redirects to an address that is not http(s)',
    );
    expect(await failure(fetchFeed('javascript:alert(1)'))).toBe(
      'scheme: a feed address must start with http:// or https://',
    );
  });

  it('reports an HTTP error with its status', async () => {
    expect(await failure(fetchFeed(`${origin}/missing`))).toBe('http: the server answered HTTP 404 (not found)');
  });

  it('stops reading past 5 MB, declared or not', async () => {
    expect(await failure(fetchFeed(`${origin}/big`))).toBe(
      `too-large: the feed is too large (more than ${MAX_FEED_BYTES / 1024 / 1024} MB, the most read)`,
    );
    expect(await failure(fetchFeed(`${origin}/big-declared`))).toBe(
      'too-large: the feed is too large (6.0 MB; the most read is 5 MB)',
    );
  });

  it('gives up after the timeout', async () => {
    expect(await failure(fetchFeed(`${origin}/slow`, { timeoutMs: 300 }))).toBe(
      'timeout: the server did not answer within 300 ms (timed out)',
    );
  });

  it('decodes the charset the XML declares', async () => {
    const out = await fetchFeed(`${origin}/latin1`);
    expect(out.status === 'ok' && out.text).toContain('<title>Café</title>');
  });

  it('says when the server cannot be reached', async () => {
    expect(await failure(fetchFeed('http://127.0.0.1:9/feed'))).toMatch(/^network: the server could not be reached/);
  });
});
