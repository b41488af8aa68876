// Feed subscriptions in the background: kept in `storage.local` (one key a feed, so two feeds being
// fetched never overwrite each other's record), fetched when due on an `alarms` tick and on demand,
// one at a time, each into the corpus as its own articles. A feed fails alone: its error is kept on
// it and the others go on.
import { browser } from 'wxt/browser';
import type { Article } from '@/lib/types';
import { corpusIndexer } from '@/lib/match/corpus-indexer';
import { matchPage } from '@/lib/match/match-page';
import {
  clampInterval,
  newSubscription,
  refreshFeed,
  type FeedSubscription,
  type FeedView,
} from '@/lib/feeds/subscription';
import { countFeedArticles, forgetFeedArticles } from '@/lib/feeds/feed-store';
import { feedOriginPattern, normalizeFeedUrl } from '@/lib/feeds/feed-access';
import type { FetchOptions } from '@/lib/feeds/fetch-feed';
import { keepLimits } from '@/lib/corpus/keep-policy';
import { getDb } from './db';
import { loadSettings } from './settings';
import { corpusChecked, outletProfiles } from './corpus';
import { broadcast } from './reports';

const PREFIX = 'feed:';
export const FEEDS_ALARM = 'feeds';
/** How often the alarm looks for feeds that are due; each feed keeps its own interval (at least 15 minutes). */
const TICK_MINUTES = 5;

/** Fetch limits; the e2e build's hooks may shorten the timeout so a test need not wait 15 s. */
const fetchOptions: FetchOptions = {};
export function setFeedFetchOptions(options: FetchOptions): void {
  Object.assign(fetchOptions, options);
}

async function readAll(): Promise<FeedSubscription[]> {
  const all = await browser.storage.local.get(null);
  return Object.entries(all)
    .filter(([key]) => key.startsWith(PREFIX))
    .map(([, value]) => value as FeedSubscription)
    .sort((a, b) => a.addedAt - b.addedAt || a.url.localeCompare(b.url));
}

async function readOne(id: string): Promise<FeedSubscription | null> {
  const key = PREFIX + id;
  return ((await browser.storage.local.get(key))[key] as FeedSubscription | undefined) ?? null;
}

async function write(sub: FeedSubscription): Promise<void> {
  await browser.storage.local.set({ [PREFIX + sub.id]: sub });
}

/** Every subscription with the number of its articles in the corpus now. */
export async function listFeeds(): Promise<FeedView[]> {
  const [subs, counts] = await Promise.all([readAll(), getDb().then(countFeedArticles)]);
  return subs.map(({ etag: _e, lastModified: _l, ...sub }) => ({ ...sub, articles: counts.get(sub.id) ?? 0 }));
}

/** Keeps the alarm while there are feeds, and clears it when there are none. */
export async function syncFeedAlarm(): Promise<void> {
  const any = (await readAll()).length > 0;
  const alarm = await browser.alarms.get(FEEDS_ALARM);
  if (any && !alarm) await browser.alarms.create(FEEDS_ALARM, { periodInMinutes: TICK_MINUTES, delayInMinutes: 1 });
  if (!any && alarm) await browser.alarms.clear(FEEDS_ALARM);
}

/** Adds feeds the user chose (their hosts' access already asked for by the options page). */
export async function addFeeds(
  list: Array<{ url: string; title?: string | null; site?: string | null }>,
): Promise<{ added: number; problems: string[] }> {
  const problems: string[] = [];
  const existing = new Set((await readAll()).map((s) => s.url));
  const fresh: FeedSubscription[] = [];
  for (const entry of list) {
    const normal = normalizeFeedUrl(entry.url);
    if ('problem' in normal) {
      problems.push(normal.problem);
      continue;
    }
    const { url } = normal;
    if (existing.has(url)) {
      problems.push(`${url}: already in your feeds.`);
      continue;
    }
    const pattern = feedOriginPattern(url)!;
    if (!(await browser.permissions.contains({ origins: [pattern] }))) {
      problems.push(
        `${url}: access to ${new URL(url).hostname} was not granted, so this feed cannot be fetched. Add it again and allow access.`,
      );
      continue;
    }
    existing.add(url);
    fresh.push(newSubscription(url, entry.title ?? null, entry.site ?? null));
  }
  for (const sub of fresh) await write(sub);
  await syncFeedAlarm();
  if (fresh.length > 0) {
    await broadcast({ type: 'feeds-changed' });
    void fetchFeeds(fresh.map((s) => s.id));
  }
  return { added: fresh.length, problems };
}

/** Feeds being fetched in this worker, so that a click and the alarm never fetch one twice at once. */
const running = new Map<string, Promise<void>>();

/** Whether an article is already in the corpus as the same text, by its near-duplicate sketch. */
async function knownBySketch(article: Article): Promise<boolean> {
  const matches = await matchPage(
    await getDb(),
    {
      text: article.paragraphs.join('\n\n'),
      title: article.title,
      published: article.published?.iso ?? null,
      url: article.url,
    },
    { limit: 3 },
  );
  return matches.some((m) => m.relation === 'same-article');
}

async function fetchOne(id: string): Promise<void> {
  const sub = await readOne(id);
  if (!sub) return;
  const pattern = feedOriginPattern(sub.url);
  let after: FeedSubscription;
  if (!pattern || !(await browser.permissions.contains({ origins: [pattern] }))) {
    after = {
      ...sub,
      lastFetchAt: Date.now(),
      lastOutcome: 'error',
      lastAdded: 0,
      lastError: `Access to ${new URL(sub.url).hostname} has been withdrawn: remove this feed and add it again to allow it.`,
      nextFetchAt: Date.now() + sub.intervalMinutes * 60_000,
    };
  } else {
    await corpusChecked();
    const limits = keepLimits(await loadSettings());
    const [db, profiles] = await Promise.all([getDb(), outletProfiles()]);
    after = await refreshFeed(sub, {
      db,
      profiles,
      indexer: corpusIndexer,
      fetch: fetchOptions,
      isKnown: knownBySketch,
      limits,
    });
  }
  // Removed while it was being fetched: not written back.
  if (!(await readOne(id))) return;
  await write(after);
  await broadcast({ type: 'feeds-changed' });
  if (after.lastAdded > 0) await broadcast({ type: 'corpus-changed' });
}

/** Fetches the given feeds (all when none is given) now, one after another; resolves when all are done. */
export async function fetchFeeds(ids?: string[]): Promise<FeedView[]> {
  const targets = ids ?? (await readAll()).map((s) => s.id);
  for (const id of targets) {
    let job = running.get(id);
    if (!job) {
      job = fetchOne(id)
        .catch((error) => console.error('Reading Context: a feed could not be fetched', error))
        .finally(() => running.delete(id));
      running.set(id, job);
    }
    await job;
  }
  return listFeeds();
}

/** Fetches the feeds whose time has come (the alarm's work). */
export async function fetchDueFeeds(now = Date.now()): Promise<void> {
  const due = (await readAll()).filter((s) => s.nextFetchAt <= now).map((s) => s.id);
  if (due.length > 0) await fetchFeeds(due);
}

export async function removeFeed(id: string, forget: boolean): Promise<{ ok: boolean; forgotten: number }> {
  const sub = await readOne(id);
  if (!sub) return { ok: false, forgotten: 0 };
  await browser.storage.local.remove(PREFIX + id);
  const forgotten = forget ? await forgetFeedArticles(await getDb(), id, corpusIndexer) : 0;
  await syncFeedAlarm();
  await broadcast({ type: 'feeds-changed' });
  if (forgotten > 0) await broadcast({ type: 'corpus-changed' });
  return { ok: true, forgotten };
}

export async function setFeedInterval(id: string, minutes: number): Promise<{ ok: boolean }> {
  const sub = await readOne(id);
  if (!sub) return { ok: false };
  const intervalMinutes = clampInterval(minutes);
  const base = sub.lastFetchAt ?? Date.now();
  await write({
    ...sub,
    intervalMinutes,
    nextFetchAt: sub.failures > 0 ? sub.nextFetchAt : base + intervalMinutes * 60_000,
  });
  await broadcast({ type: 'feeds-changed' });
  return { ok: true };
}

/** Listens to the alarm. Registered at every start of the worker, as listeners must be. */
export function registerFeeds(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === FEEDS_ALARM) void fetchDueFeeds();
  });
}
