// One refresh of a subscription, end to end in Node: fetched (by a stand-in for fetch), parsed,
// analysed, stored and indexed as the feed's; a 304 adds nothing; a failure is the feed's error,
// puts the next attempt off and loses nothing; a feed's articles can be forgotten on their own.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openCorpusDb } from '../../lib/store/db';
import { addUserArticles } from '../../lib/store/corpus-store';
import { corpusIndexer } from '../../lib/match/corpus-indexer';
import { matchPage } from '../../lib/match/match-page';
import { loadOutlets } from '../../lib/sources/outlets';
import { parseImport } from '../../lib/corpus/import-files';
import {
  backoffMinutes,
  clampInterval,
  newSubscription,
  refreshFeed,
  type FeedSubscription,
} from '../../lib/feeds/subscription';
import { countFeedArticles, forgetFeedArticles } from '../../lib/feeds/feed-store';
import { AUTOMATIC_BYTES_KEY } from '../../lib/store/keep-store';

const profiles = loadOutlets(JSON.parse(readFileSync('seeds/outlets.json', 'utf8')));
const fixture = (name: string) => readFileSync(`tests/fixtures/feeds/${name}`, 'utf8');

/** A fetch that answers from a table, recording each request's conditional headers. */
function fakeFetch(routes: Record<string, (headers: Headers) => Response>) {
  const calls: Array<{ url: string; ifNoneMatch: string | null }> = [];
  const impl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const headers = new Headers(init?.headers);
    calls.push({ url, ifNoneMatch: headers.get('if-none-match') });
    const route = routes[url];
    if (!route) return new Response('not found', { status: 404 });
    return route(headers);
  }) as typeof fetch;
  return { impl, calls };
}

let dbCount = 0;
const freshDb = () => openCorpusDb(indexedDB, `feeds-test-${++dbCount}`);

describe('refreshFeed', () => {
  it("adds the items as the feed's articles, then a 304 adds nothing", async () => {
    const db = await freshDb();
    const url = 'https://harbour-courier.test/rss.xml';
    const { impl, calls } = fakeFetch({
      [url]: (h) =>
        h.get('if-none-match') === '"e1"'
          ? new Response(null, { status: 304 })
          : new Response(fixture('rss-full.xml'), { headers: { etag: '"e1"' } }),
    });
    let clock = 1_000_000;
    const ctx = { db, profiles, indexer: corpusIndexer, fetch: { fetchImpl: impl }, now: () => clock };
    const sub = newSubscription(url, null, null, clock);
    const after = await refreshFeed(sub, ctx);
    expect(after).toMatchObject({
      title: 'Harbour Courier',
      site: 'https://harbour-courier.test/',
      lastOutcome: 'added',
      lastAdded: 2,
      itemsAdded: 2,
      lastError: null,
      failures: 0,
      etag: '"e1"',
    });
    expect(after.nextFetchAt).toBe(clock + 60 * 60_000);
    const stored = await db.getAllFromIndex('articles', 'byOrigin', 'feed');
    expect(stored.map((a) => [a.title, a.feedId, a.outlet?.name])).toEqual(
      expect.arrayContaining([
        ['Port authority reopens the northern quay after storm repairs', sub.id, 'Harbour Courier'],
        ['Fishing fleet & council agree on new landing fees', sub.id, 'Harbour Courier'],
      ]),
    );
    // Indexed like any import: a page about the same events finds the article.
    const quay = stored.find((a) => a.title.startsWith('Port authority'))!;
    const matches = await matchPage(db, { text: quay.paragraphs.join('\n\n'), title: quay.title });
    expect(matches[0]?.id).toBe(quay.id);

    clock += 61 * 60_000;
    const again = await refreshFeed(after, ctx);
    expect(again).toMatchObject({ lastOutcome: 'not-modified', lastAdded: 0, itemsAdded: 2, failures: 0 });
    expect(calls.at(-1)?.ifNoneMatch).toBe('"e1"');
    expect(await countFeedArticles(db)).toEqual(new Map([[sub.id, 2]]));
  });

  it('marks summary-only items partial and does not add an item twice', async () => {
    const db = await freshDb();
    const url = 'https://lakeside-bulletin.test/feed';
    const { impl } = fakeFetch({ [url]: () => new Response(fixture('summary-only.xml')) });
    const ctx = { db, profiles, indexer: corpusIndexer, fetch: { fetchImpl: impl } };
    const once = await refreshFeed(newSubscription(url), ctx);
    expect(once.lastAdded).toBe(2);
    expect((await db.getAllFromIndex('articles', 'byOrigin', 'feed')).every((a) => a.partial === true)).toBe(true);
    // No validator this time: the same items come again and are recognised.
    const twice = await refreshFeed(once, ctx);
    expect(twice).toMatchObject({ lastOutcome: 'added', lastAdded: 0, itemsAdded: 2 });
  });

  it('keeps an item the user already imported as theirs', async () => {
    const db = await freshDb();
    const imported = parseImport([{ name: 'ledger.json', text: fixture('feed.json') }], profiles, null);
    await addUserArticles(db, imported.articles, corpusIndexer);
    const url = 'https://plains-ledger.test/feed.json';
    const { impl } = fakeFetch({ [url]: () => new Response(fixture('feed.json')) });
    const after = await refreshFeed(newSubscription(url), {
      db,
      profiles,
      indexer: corpusIndexer,
      fetch: { fetchImpl: impl },
    });
    expect(after.lastAdded).toBe(0);
    expect(await db.count('articles')).toBe(3);
  });

  it("turns each failure into the feed's error, backs off, and loses nothing", async () => {
    const db = await freshDb();
    const good = 'https://valley-dispatch.test/atom.xml';
    const routes: Record<string, () => Response> = {
      [good]: () => new Response(fixture('atom.xml')),
      'https://a.test/malformed': () => new Response(fixture('malformed.xml')),
      'https://a.test/page': () =>
        new Response(fixture('not-a-feed.html'), { headers: { 'content-type': 'text/html' } }),
      'https://a.test/gone': () => new Response('gone', { status: 410 }),
    };
    const { impl } = fakeFetch(routes);
    const clock = 5_000_000;
    const ctx = { db, profiles, indexer: corpusIndexer, fetch: { fetchImpl: impl }, now: () => clock };
    await refreshFeed(newSubscription(good), ctx);
    const before = await db.count('articles');
    expect(before).toBe(3);
    const results: FeedSubscription[] = [];
    for (const url of ['https://a.test/malformed', 'https://a.test/page', 'https://a.test/gone'])
      results.push(await refreshFeed(newSubscription(url, null, null, clock), ctx));
    expect(results.map((r) => r.lastError)).toEqual([
      'The XML is malformed: it ends with <rss>, <channel>, <item>, <description> still open (cut off?)',
      'This address gives an HTML page, not a feed.',
      'The server answered HTTP 410 (gone).',
    ]);
    expect(results.map((r) => [r.lastOutcome, r.failures, r.nextFetchAt - clock])).toEqual(
      Array(3).fill(['error', 1, 60 * 60_000]),
    );
    const second = await refreshFeed(results[2], ctx);
    expect(second.failures).toBe(2);
    expect(second.nextFetchAt - clock).toBe(120 * 60_000);
    expect(await db.count('articles')).toBe(before);
  });

  it('counts feed articles toward the keep limits: their bytes, and the oldest automatic ones go', async () => {
    const db = await freshDb();
    const bytes = async () => ((await db.get('meta', AUTOMATIC_BYTES_KEY))?.value as number | undefined) ?? 0;
    const saved = parseImport([{ name: 'mine.json', text: fixture('feed.json') }], profiles, null).articles;
    await addUserArticles(
      db,
      saved.map((x) => ({ ...x, addedBy: 'saved' as const })),
      corpusIndexer,
    );
    const a = 'https://valley-dispatch.test/atom.xml';
    const b = 'https://harbour-courier.test/rss.xml';
    const { impl } = fakeFetch({
      [a]: () => new Response(fixture('atom.xml')),
      [b]: () => new Response(fixture('rss-full.xml')),
    });
    let clock = 1_000;
    const ctx = {
      db,
      profiles,
      indexer: corpusIndexer,
      fetch: { fetchImpl: impl },
      now: () => clock,
      limits: { maxArticles: 4, maxBytes: 500 * 1024 * 1024 },
    };
    const subA = await refreshFeed(newSubscription(a), ctx);
    expect(subA.lastAdded).toBe(3);
    const afterA = await db.getAllFromIndex('articles', 'byOrigin', 'feed');
    expect(await bytes()).toBe(afterA.reduce((n, x) => n + x.size!, 0));
    expect(afterA.every((x) => x.size! > 4096)).toBe(true);
    clock = 2_000;
    const subB = await refreshFeed(newSubscription(b), ctx);
    expect(subB.lastAdded).toBe(2);
    // 5 feed articles past a limit of 4: the oldest of the first feed went, with its index entry; saved ones stay.
    const left = await db.getAllFromIndex('articles', 'byOrigin', 'feed');
    expect(left.length).toBe(4);
    expect(left.filter((x) => x.feedId === subB.id).length).toBe(2);
    const gone = afterA.find((x) => !left.some((y) => y.id === x.id))!;
    expect(await db.countFromIndex('docs', 'byId', gone.id)).toBe(0);
    expect((await db.getAll('articles')).filter((x) => x.addedBy === 'saved').length).toBe(saved.length);
    expect(await bytes()).toBe(left.reduce((n, x) => n + x.size!, 0));
    await forgetFeedArticles(db, subB.id, corpusIndexer);
    expect(await bytes()).toBe(left.filter((x) => x.feedId === subA.id).reduce((n, x) => n + x.size!, 0));
  });

  it("forgets one feed's articles and keeps the rest", async () => {
    const db = await freshDb();
    const a = 'https://valley-dispatch.test/atom.xml';
    const b = 'https://plains-ledger.test/feed.json';
    const { impl } = fakeFetch({
      [a]: () => new Response(fixture('atom.xml')),
      [b]: () => new Response(fixture('feed.json')),
    });
    const ctx = { db, profiles, indexer: corpusIndexer, fetch: { fetchImpl: impl } };
    const subA = await refreshFeed(newSubscription(a), ctx);
    await refreshFeed(newSubscription(b), ctx);
    expect(await forgetFeedArticles(db, subA.id, corpusIndexer)).toBe(3);
    const left = await db.getAll('articles');
    expect(left.map((x) => x.outlet?.name)).toEqual(['Plains Ledger', 'Plains Ledger', 'Plains Ledger']);
    const hut = await matchPage(db, {
      text: 'Eleven mountain huts in the valley will open on 1 May, two weeks earlier than last year, the alpine club said.',
      title: 'Mountain huts open early',
    });
    expect(hut.every((m) => left.some((x) => x.id === m.id))).toBe(true);
  });

  it('keeps intervals between 15 minutes and a week, and the back-off within a day', () => {
    expect([clampInterval(5), clampInterval(60), clampInterval(1e9), clampInterval('x')]).toEqual([
      15,
      60,
      7 * 24 * 60,
      60,
    ]);
    expect([1, 2, 3, 10].map((f) => backoffMinutes(60, f))).toEqual([60, 120, 240, 24 * 60]);
  });
});
