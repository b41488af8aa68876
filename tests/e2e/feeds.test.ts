// Feed subscriptions in a real Chromium, every feed served on the loopback address by a server of
// this test: RSS with content:encoded, Atom, JSON Feed, summary-only items, malformed XML, an HTML
// page posing as a feed, a 6 MB feed, a server too slow to answer, 304 Not Modified, a redirect loop,
// items carrying markup and `javascript:` links. Each feed ends in a clear state, one bad feed stops
// none of the others, nothing in the corpus is lost, and every request goes to the feeds' server
// and nowhere else.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { screenshot, startHarness, type Harness } from './harness';
import { openExtensionPage, tabIdOf, waitForReport } from '../../scripts/extension-pages';
import type { FeedView } from '../../lib/feeds/subscription';

declare const chrome: any;

const fixture = (name: string) => readFileSync(`tests/fixtures/feeds/${name}`, 'utf8');

let h: Harness;
let server: Server;
let origin = '';
const served: Array<{ path: string; ifNoneMatch: string | null }> = [];
const requests: Array<{ url: string; from: string }> = [];
const dialogs: string[] = [];
let options: Page;

/** The feeds of this test, by path. */
const ROUTES: Record<
  string,
  (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void
> = {
  '/rss.xml': (_, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(fixture('rss-full.xml')),
  '/atom.xml': (_, res) => res.writeHead(200, { 'content-type': 'application/atom+xml' }).end(fixture('atom.xml')),
  '/feed.json': (_, res) => res.writeHead(200, { 'content-type': 'application/feed+json' }).end(fixture('feed.json')),
  '/summaries.xml': (req, res) => {
    if (req.headers['if-none-match'] === '"s1"') return void res.writeHead(304, { etag: '"s1"' }).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"s1"' }).end(fixture('summary-only.xml'));
  },
  '/malformed.xml': (_, res) =>
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(fixture('malformed.xml')),
  '/home.html': (_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(fixture('not-a-feed.html')),
  '/huge.xml': (_, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    const item = `<item><title>Padding</title><description>${'x'.repeat(60 * 1024)}</description></item>`;
    let sent = 0;
    res.write('<?xml version="1.0"?><rss version="2.0"><channel><title>Huge</title>');
    const pump = () => {
      while (sent < 6 * 1024 * 1024) {
        sent += item.length;
        if (!res.write(item)) return void res.once('drain', pump);
      }
      res.end('</channel></rss>');
    };
    res.on('error', () => undefined);
    pump();
  },
  '/slow.xml': (_, res) =>
    void setTimeout(
      () => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(fixture('rss-full.xml')),
      20_000,
    ),
  '/loop': (_, res) => res.writeHead(302, { location: '/loop' }).end(),
};

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    served.push({ path, ifNoneMatch: (req.headers['if-none-match'] as string | undefined) ?? null });
    res.on('error', () => undefined);
    const route = ROUTES[path];
    if (route) route(req, res);
    else res.writeHead(404).end('not found');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  h = await startHarness();
  h.browser.context.on('request', (request: Request) => {
    let from = 'unknown';
    try {
      from = request.serviceWorker()?.url() ?? request.frame().url();
    } catch {
      from = 'service worker';
    }
    requests.push({ url: request.url(), from });
  });
  h.browser.context.on('page', (page) =>
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    }),
  );
  // A slow server is given up on after 3 s here rather than 15 s (the e2e build's hook): the test need not wait.
  await h.browser.worker.evaluate(() => (globalThis as any).readingContext.feeds.setFetchOptions({ timeoutMs: 3000 }));
  options = await openExtensionPage(h.browser, 'options.html', 1000, 900);
});

afterAll(async () => {
  await h?.close();
  server?.closeAllConnections();
  await new Promise((ok) => server?.close(ok));
});

const listFeeds = (page: Page): Promise<FeedView[]> =>
  page.evaluate(() => chrome.runtime.sendMessage({ type: 'list-feeds' }));

/** Waits until `count` feeds are listed and those `which` picks were all fetched since `since`. */
async function settled(
  page: Page,
  since: number,
  count: number,
  which: (f: FeedView) => boolean = () => true,
): Promise<FeedView[]> {
  for (let i = 0; i < 300; i++) {
    const feeds = await listFeeds(page);
    if (feeds.length >= count && feeds.filter(which).every((f) => (f.lastFetchAt ?? 0) >= since)) return feeds;
    await page.waitForTimeout(200);
  }
  throw new Error(`feeds not fetched: ${JSON.stringify(await listFeeds(page), null, 1)}`);
}

async function feedArticles(): Promise<
  Array<{ title: string; feedId: string; partial?: boolean; paragraphs: string[]; url: string | null; origin: string }>
> {
  return h.browser.worker.evaluate(
    () =>
      new Promise((ok, fail) => {
        const open = indexedDB.open('reading-context');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('articles').objectStore('articles').getAll();
          req.onsuccess = () => {
            ok(req.result);
            open.result.close();
          };
        };
      }),
  );
}

describe('feeds', () => {
  it('starts with no feed, no alarm and no request', async () => {
    expect(await listFeeds(options)).toEqual([]);
    expect(await h.browser.worker.evaluate(() => chrome.alarms.getAll())).toEqual([]);
    await options.getByText('No feeds yet: nothing is fetched.').waitFor();
    expect(served).toEqual([]);
  });

  it('adds a feed by its address: RSS with content:encoded, fetched into the corpus at once', async () => {
    const t0 = Date.now();
    await options.getByLabel('Feed address').fill(`${origin}/rss.xml`);
    await options.getByRole('button', { name: 'Add feed' }).click();
    const [rss] = await settled(options, t0, 1);
    expect(rss).toMatchObject({
      title: 'Harbour Courier',
      site: 'https://harbour-courier.test/',
      lastOutcome: 'added',
      lastAdded: 2,
      itemsAdded: 2,
      lastError: null,
      intervalMinutes: 60,
    });
    await options.getByText('Fetched just now: 2 new items added').waitFor();
    const alarms = await h.browser.worker.evaluate(() => chrome.alarms.getAll());
    expect(alarms.map((a: { name: string }) => a.name)).toEqual(['feeds']);
    const articles = (await feedArticles()).filter((a) => a.origin === 'feed');
    expect(articles.map((a) => a.title).sort()).toEqual([
      'Fishing fleet & council agree on new landing fees',
      'Port authority reopens the northern quay after storm repairs',
    ]);
    // Markup and javascript: links are gone: text only, and no address but http(s).
    const stored = JSON.stringify(articles);
    for (const bad of ['<script', '<p>', 'javascript:', 'onerror', 'alert(']) expect(stored).not.toContain(bad);
  });

  it('subscribes to an OPML list of every other kind of feed; each ends in a clear state', async () => {
    const names: Array<[string, string]> = [
      ['Atom', '/atom.xml'],
      ['JSON Feed', '/feed.json'],
      ['Summaries', '/summaries.xml'],
      ['Malformed', '/malformed.xml'],
      ['Home page', '/home.html'],
      ['Huge', '/huge.xml'],
      ['Slow', '/slow.xml'],
      ['Loop', '/loop'],
    ];
    const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>Test feeds</title></head><body>${names
      .map(([t, p]) => `<outline type="rss" text="${t}" xmlUrl="${origin}${p}"/>`)
      .join('')}<outline text="Bad" xmlUrl="javascript:alert(1)"/></body></opml>`;
    const file = join(mkdtempSync(join(tmpdir(), 'feeds-e2e-')), 'feeds.opml');
    writeFileSync(file, opml);
    const before = (await feedArticles()).length;
    const chooser = options.waitForEvent('filechooser');
    await options.getByRole('button', { name: 'import an OPML list of feeds…' }).click();
    await (await chooser).setFiles(file);
    await options.getByText('feeds.opml lists 8 feeds (1 address not http(s) left out)').waitFor();
    const t0 = Date.now();
    await options.getByRole('button', { name: 'Subscribe to all 8' }).click();
    const notRss = (f: FeedView) => !f.url.endsWith('/rss.xml');
    const feeds = await settled(options, t0, 9, notRss).then((all) => all.filter(notRss));
    const byPath = Object.fromEntries(feeds.map((f) => [new URL(f.url).pathname, f]));
    expect(byPath['/atom.xml']).toMatchObject({ title: 'Atom', lastOutcome: 'added', lastAdded: 3, lastError: null });
    expect(byPath['/feed.json']).toMatchObject({ lastOutcome: 'added', lastAdded: 3, lastError: null });
    expect(byPath['/summaries.xml']).toMatchObject({ lastOutcome: 'added', lastAdded: 2, lastError: null });
    expect(byPath['/malformed.xml'].lastError).toBe(
      'The XML is malformed: it ends with <rss>, <channel>, <item>, <description> still open (cut off?)',
    );
    expect(byPath['/home.html'].lastError).toBe('This address gives an HTML page, not a feed.');
    expect(byPath['/huge.xml'].lastError).toBe('The feed is too large (more than 5 MB, the most read).');
    expect(byPath['/slow.xml'].lastError).toBe('The server did not answer within 3 s (timed out).');
    expect(byPath['/loop'].lastError).toMatch(
      /^The feed redirects (more than 5 times \(a redirect loop\?\)|too many times, or to an address that cannot be reached)/,
    );
    for (const path of ['/malformed.xml', '/home.html', '/huge.xml', '/slow.xml', '/loop']) {
      expect(byPath[path]).toMatchObject({ lastOutcome: 'error', failures: 1, lastAdded: 0 });
      // Backed off: tried again after its interval at the earliest.
      expect(byPath[path].nextFetchAt - byPath[path].lastFetchAt!).toBeGreaterThanOrEqual(60 * 60_000);
    }
    const after = await feedArticles();
    expect(after.length).toBe(before + 8);
    expect(
      after
        .filter((a) => a.partial)
        .map((a) => a.title)
        .sort(),
    ).toEqual([
      'Council to vote on new bus timetable',
      'Ferry timetable changes from Monday',
      'Highway 9 road works to start in April',
      'Library extends opening hours',
    ]);
    await options.getByRole('heading', { name: 'Feeds' }).scrollIntoViewIfNeeded();
    await screenshot(options, 'feeds-options');
  });

  it('asks again with the validator: a 304 adds nothing, and a failing feed loses nothing', async () => {
    const before = await feedArticles();
    const feeds = await listFeeds(options);
    const summaries = feeds.find((f) => f.url.endsWith('/summaries.xml'))!;
    const t0 = Date.now();
    await options.getByRole('button', { name: `Fetch ${summaries.title} now` }).click();
    await options.getByText('Fetched just now: nothing new').waitFor();
    const again = (await settled(options, 0, 9)).find((f) => f.id === summaries.id)!;
    expect(again).toMatchObject({ lastOutcome: 'not-modified', lastAdded: 0, itemsAdded: 2, failures: 0 });
    expect(again.lastFetchAt).toBeGreaterThanOrEqual(t0);
    expect(served.filter((s) => s.path === '/summaries.xml').at(-1)?.ifNoneMatch).toBe('"s1"');
    // Every feed again, the failing ones too: each fails alone, the corpus keeps all it had.
    await options.evaluate(() => chrome.runtime.sendMessage({ type: 'fetch-feeds' }));
    const all = await listFeeds(options);
    expect(all.filter((f) => f.lastOutcome === 'error').map((f) => f.failures)).toEqual([2, 2, 2, 2, 2]);
    expect((await feedArticles()).map((a) => a.title).sort()).toEqual(before.map((a) => a.title).sort());
  });

  it('shows a summary-only article as such in the popup', async () => {
    const page = await h.browser.context.newPage();
    const url = h.server.url('feeds/ferry-page.html');
    await page.goto(url);
    const tabId = await tabIdOf(h.browser, url);
    const report = await waitForReport(h.browser, tabId);
    const ferry = report.matches.find((m) => m.title === 'Ferry timetable changes from Monday');
    expect(ferry).toMatchObject({ partial: true });
    const popup = await openExtensionPage(h.browser, `popup.html?tab=${tabId}`, 400);
    await popup.getByText('Summary only').first().waitFor();
    await screenshot(popup, 'feeds-popup-partial');
  });

  it('removes a feed and, when asked, forgets its articles alone', async () => {
    const before = await feedArticles();
    const atom = (await listFeeds(options)).find((f) => f.url.endsWith('/atom.xml'))!;
    await options.getByRole('button', { name: `Remove ${atom.title}` }).click();
    await options.getByLabel('Also delete its 3 articles from the corpus').check();
    await options.getByRole('button', { name: 'Remove feed' }).click();
    await options.getByText(atom.url).waitFor({ state: 'detached' });
    const after = await feedArticles();
    expect(after.length).toBe(before.length - 3);
    expect(after.some((a) => a.feedId === atom.id)).toBe(false);
  });

  it("made requests to the feeds' server and nowhere else, and ran nothing", async () => {
    const outside = requests.filter(
      (r) =>
        !r.url.startsWith(origin) &&
        !r.url.startsWith(h.server.origin) &&
        !r.url.startsWith(`chrome-extension://${h.browser.extensionId}`) &&
        !r.url.startsWith('data:'),
    );
    expect(outside).toEqual([]);
    const toFeeds = requests.filter((r) => r.url.startsWith(origin));
    expect(toFeeds.length).toBeGreaterThan(10);
    // Only the feeds subscribed to were asked for.
    expect(new Set(served.map((s) => s.path))).toEqual(
      new Set([
        '/rss.xml',
        '/atom.xml',
        '/feed.json',
        '/summaries.xml',
        '/malformed.xml',
        '/home.html',
        '/huge.xml',
        '/slow.xml',
        '/loop',
      ]),
    );
    expect(dialogs).toEqual([]);
    console.info(`feeds: ${toFeeds.length} requests to the feeds' server, ${served.length} answered, 0 elsewhere`);
  });
});
