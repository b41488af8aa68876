// The feed subscriptions of the mock connector: a few feeds in different states, so the Feeds
// section renders without the extension (component tests, `?mock=1` screenshots).
import type { Broadcast, Protocol, Response } from '../../lib/messages';
import type { FeedView } from '../../lib/feeds/subscription';
import { newSubscription, clampInterval } from '../../lib/feeds/subscription';

type FeedAnswers = {
  [T in 'list-feeds' | 'add-feeds' | 'fetch-feeds' | 'remove-feed' | 'set-feed-interval']: (
    request: Protocol[T]['request'],
  ) => Response<T>;
};

const HOUR = 3_600_000;

/** Three feeds: one fetched, one never fetched yet, one failing. */
export function mockFeedList(now = Date.UTC(2024, 2, 16, 12, 0)): FeedView[] {
  const view = (url: string, title: string | null, site: string | null, extra: Partial<FeedView>): FeedView => {
    const { etag: _e, lastModified: _l, ...sub } = newSubscription(url, title, site, now - 3 * 24 * HOUR);
    return { ...sub, articles: 0, ...extra };
  };
  return [
    view('https://harbour-courier.test/rss.xml', 'Harbour Courier', 'https://harbour-courier.test/', {
      lastFetchAt: now - 20 * 60_000,
      lastSuccessAt: now - 20 * 60_000,
      lastOutcome: 'added',
      lastAdded: 2,
      itemsAdded: 14,
      articles: 14,
      nextFetchAt: now + 40 * 60_000,
    }),
    view('https://valley-dispatch.test/atom.xml', 'Valley Dispatch', 'https://valley-dispatch.test/', {
      lastFetchAt: now - 50 * 60_000,
      lastSuccessAt: now - 50 * 60_000,
      lastOutcome: 'not-modified',
      itemsAdded: 9,
      articles: 9,
      intervalMinutes: 180,
      nextFetchAt: now + 130 * 60_000,
    }),
    view('https://broken-wire.test/feed', null, null, {
      lastFetchAt: now - 2 * HOUR,
      lastOutcome: 'error',
      lastError: 'The XML is malformed: it ends with <rss>, <channel>, <item> still open (cut off?)',
      failures: 2,
      nextFetchAt: now + 2 * HOUR,
    }),
  ];
}

export function mockFeedAnswers(broadcast: (b: Broadcast) => void): FeedAnswers {
  let feeds = mockFeedList();
  const changed = () => broadcast({ type: 'feeds-changed' });
  return {
    'list-feeds': () => feeds,
    'add-feeds': ({ feeds: list }) => {
      const known = new Set(feeds.map((f) => f.url));
      const fresh = list.filter((f) => /^https?:\/\//.test(f.url) && !known.has(f.url));
      for (const f of fresh) {
        const { etag: _e, lastModified: _l, ...sub } = newSubscription(f.url, f.title ?? null, f.site ?? null);
        feeds = [...feeds, { ...sub, articles: 0 }];
      }
      changed();
      return {
        added: fresh.length,
        problems: list
          .filter((f) => !fresh.includes(f))
          .map((f) => `${f.url}: already in your feeds, or not an http(s) address.`),
      };
    },
    'fetch-feeds': ({ id }) => {
      const now = Date.now();
      feeds = feeds.map((f) =>
        !id || f.id === id
          ? { ...f, lastFetchAt: now, lastOutcome: f.lastError ? 'error' : 'not-modified', lastAdded: 0 }
          : f,
      );
      changed();
      return feeds;
    },
    'remove-feed': ({ id, forget }) => {
      const gone = feeds.find((f) => f.id === id);
      feeds = feeds.filter((f) => f.id !== id);
      changed();
      return { ok: Boolean(gone), forgotten: forget && gone ? gone.articles : 0 };
    },
    'set-feed-interval': ({ id, minutes }) => {
      feeds = feeds.map((f) => (f.id === id ? { ...f, intervalMinutes: clampInterval(minutes) } : f));
      changed();
      return { ok: true };
    },
  };
}
