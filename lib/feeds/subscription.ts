// A subscription to a feed and one refresh of it: fetch (conditionally), parse, turn the items into
// articles through the same parsing and analysis as any import, and add the new ones to the corpus
// and its index. A refresh never throws: whatever goes wrong is the feed's `lastError`, the next
// attempt is put off (back-off), and nothing already in the corpus is touched.
import type { Article, OutletProfile } from '../types';
import type { Db } from '../store/db';
import type { CorpusIndexer } from '../store/corpus-store';
import type { KeepLimits } from '../corpus/keep-policy';
import { compileArticle } from '../corpus/compile-corpus';
import { hash64 } from '../corpus/content-id';
import { fetchFeed, FeedFetchError, type FetchOptions } from './fetch-feed';
import { FeedError, MAX_FEED_ITEMS, parseFeed } from './parse-feed';
import { feedItemText, feedOutlet } from './feed-articles';
import { addFeedArticles } from './feed-store';

export const DEFAULT_INTERVAL_MINUTES = 60;
export const MIN_INTERVAL_MINUTES = 15;
export const MAX_INTERVAL_MINUTES = 7 * 24 * 60;
/** The longest a failing feed is put off. */
export const MAX_BACKOFF_MINUTES = 24 * 60;

export interface FeedSubscription {
  id: string;
  url: string;
  /** The feed's title (from the feed, or the OPML list it came from). */
  title: string | null;
  /** The site the feed belongs to. */
  site: string | null;
  addedAt: number;
  intervalMinutes: number;
  lastFetchAt: number | null;
  lastSuccessAt: number | null;
  /** How the last fetch ended. */
  lastOutcome: 'added' | 'not-modified' | 'error' | null;
  lastError: string | null;
  /** Items added by the last fetch, and since the feed was added. */
  lastAdded: number;
  itemsAdded: number;
  /** Failures in a row. */
  failures: number;
  nextFetchAt: number;
  etag: string | null;
  lastModified: string | null;
}

/** A subscription as the options page lists it: with how many of its articles the corpus holds now. */
export type FeedView = Omit<FeedSubscription, 'etag' | 'lastModified'> & { articles: number };

export const feedIdOf = (url: string) => `f${hash64(url)}`;

export const clampInterval = (minutes: unknown) =>
  typeof minutes === 'number' && Number.isFinite(minutes)
    ? Math.min(MAX_INTERVAL_MINUTES, Math.max(MIN_INTERVAL_MINUTES, Math.round(minutes)))
    : DEFAULT_INTERVAL_MINUTES;

/** A new subscription, due at once. */
export function newSubscription(
  url: string,
  title: string | null = null,
  site: string | null = null,
  now = Date.now(),
): FeedSubscription {
  return {
    id: feedIdOf(url),
    url,
    title,
    site,
    addedAt: now,
    intervalMinutes: DEFAULT_INTERVAL_MINUTES,
    lastFetchAt: null,
    lastSuccessAt: null,
    lastOutcome: null,
    lastError: null,
    lastAdded: 0,
    itemsAdded: 0,
    failures: 0,
    nextFetchAt: now,
    etag: null,
    lastModified: null,
  };
}

/** When a feed that failed `failures` times in a row is tried again: the interval, doubled each time, at most a day. */
export function backoffMinutes(intervalMinutes: number, failures: number): number {
  return Math.min(MAX_BACKOFF_MINUTES, intervalMinutes * 2 ** Math.max(0, Math.min(10, failures - 1)));
}

export interface RefreshContext {
  db: Db;
  profiles: OutletProfile[];
  indexer: CorpusIndexer;
  fetch?: FetchOptions;
  now?: () => number;
  /** Another check that an article is already in the corpus (a near-duplicate by its sketch). */
  isKnown?: (article: Article) => Promise<boolean>;
  /** The user's "keep" limits, which feed articles count toward: past them the oldest automatic articles go. */
  limits?: KeepLimits;
}

/** The articles of a fetched feed's items; items with too little text are left out. */
export function feedArticles(
  text: string,
  sub: Pick<FeedSubscription, 'id' | 'url' | 'title'>,
  finalUrl: string,
  profiles: OutletProfile[],
) {
  const feed = parseFeed(text, finalUrl, MAX_FEED_ITEMS);
  const outlet = feedOutlet({ title: feed.title ?? sub.title, site: feed.site }, sub.url);
  const articles: Article[] = [];
  let skipped = 0;
  feed.items.forEach((item, i) => {
    const seed = feedItemText(item, outlet);
    if (seed === null) {
      skipped++;
      return;
    }
    try {
      const article = compileArticle({ name: item.url ?? `${sub.url}#${i + 1}`, text: seed }, profiles, 'feed');
      articles.push({ ...article, feedId: sub.id, ...(item.partial ? { partial: true } : {}) });
    } catch {
      skipped++;
    }
  });
  return { feed, articles, skipped };
}

/** Fetches one feed and adds its new items; returns the subscription as it is after. Never throws. */
export async function refreshFeed(sub: FeedSubscription, ctx: RefreshContext): Promise<FeedSubscription> {
  const now = ctx.now ?? Date.now;
  const started = now();
  const failed = (message: string): FeedSubscription => {
    const failures = sub.failures + 1;
    return {
      ...sub,
      lastFetchAt: started,
      lastOutcome: 'error',
      lastError: message,
      lastAdded: 0,
      failures,
      nextFetchAt: started + backoffMinutes(sub.intervalMinutes, failures) * 60_000,
    };
  };
  try {
    const got = await fetchFeed(sub.url, { ...ctx.fetch, etag: sub.etag, lastModified: sub.lastModified });
    const done = now();
    const next = done + sub.intervalMinutes * 60_000;
    if (got.status === 'not-modified') {
      return {
        ...sub,
        lastFetchAt: done,
        lastSuccessAt: done,
        lastOutcome: 'not-modified',
        lastError: null,
        lastAdded: 0,
        failures: 0,
        nextFetchAt: next,
      };
    }
    const { feed, articles } = feedArticles(got.text, sub, got.url, ctx.profiles);
    const fresh: Article[] = [];
    for (const article of articles) if (!(await ctx.isKnown?.(article))) fresh.push(article);
    const { added } =
      fresh.length > 0 ? await addFeedArticles(ctx.db, sub.id, fresh, ctx.indexer, done, ctx.limits) : { added: [] };
    return {
      ...sub,
      title: sub.title ?? feed.title,
      site: feed.site ?? sub.site,
      lastFetchAt: done,
      lastSuccessAt: done,
      lastOutcome: 'added',
      lastError: null,
      lastAdded: added.length,
      itemsAdded: sub.itemsAdded + added.length,
      failures: 0,
      nextFetchAt: next,
      etag: got.etag,
      lastModified: got.lastModified,
    };
  } catch (error) {
    if (error instanceof FeedFetchError || error instanceof FeedError) return failed(capitalize(error.message));
    const name = (error as { name?: string })?.name;
    if (name === 'QuotaExceededError')
      return failed('The browser has no room left for the corpus (storage is full): nothing was added.');
    return failed(`Nothing was added: ${(error as Error)?.message ?? String(error)}`);
  }
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1) + (/[.?]\)?$/.test(s) ? '' : '.');
