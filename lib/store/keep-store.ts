// The articles kept as the user reads them, in IndexedDB: keeping one (replacing its earlier reading,
// removing the oldest kept past the limits, all in one transaction), forgetting them, and the history
// the options page shows. The rules are lib/corpus/keep-policy.ts; saved and imported articles are
// never touched here.
import type { Article, ArticleAddedBy, ArticleSummary } from '../types';
import type { Db } from './db';
import { CORPUS_STORES, summarize, type CorpusIndexer } from './corpus-store';
import type { WriteTx } from './transactions';
import {
  AUTOMATIC,
  estimateSize,
  isAutomatic,
  onSite,
  overLimits,
  planEviction,
  siteOf,
  type KeepLimits,
  type KeptEntry,
} from '../corpus/keep-policy';

/** The meta record that counts the bytes of the automatic articles, kept exact by every write here. */
export const AUTOMATIC_BYTES_KEY = 'automaticBytes';

const rangeOf = (kind: ArticleAddedBy) => IDBKeyRange.bound([kind, -Infinity], [kind, Infinity]);

/** The bytes the automatic articles take, as counted in the meta store. */
export async function readAutomaticBytes(tx: WriteTx): Promise<number> {
  return ((await tx.objectStore('meta').get(AUTOMATIC_BYTES_KEY))?.value as number | undefined) ?? 0;
}

export async function writeAutomaticBytes(tx: WriteTx, bytes: number): Promise<void> {
  await tx.objectStore('meta').put({ key: AUTOMATIC_BYTES_KEY, value: Math.max(0, bytes) });
}

async function countAutomatic(tx: WriteTx): Promise<number> {
  const index = tx.objectStore('articles').index('byAddedBy');
  const counts = await Promise.all(AUTOMATIC.map((kind) => index.count(rangeOf(kind))));
  return counts.reduce((a, b) => a + b, 0);
}

/**
 * How many automatic articles there are, as the last keep or feed fetch left it, and how many times
 * since it was counted. Counting them walks the whole index range (185 ms at 20,000 in Chromium), too
 * much for every page kept at the limit; the keeps and fetches carry the figure on, any other change
 * (a delete, a forget, a restore) drops it, and it is counted again every COUNT_EVERY uses anyway.
 */
export const AUTOMATIC_COUNT_KEY = 'automaticCount';
const COUNT_EVERY = 64;
interface AutomaticCount {
  count: number;
  uses: number;
}

/** Drops the carried count of automatic articles: the next keep counts them. */
export async function forgetAutomaticCount(tx: WriteTx): Promise<void> {
  await tx.objectStore('meta').delete(AUTOMATIC_COUNT_KEY);
}

/** The automatic articles' count after the caller's own change (`delta`, made in this transaction). */
async function automaticCount(tx: WriteTx, delta: number): Promise<AutomaticCount> {
  const carried = (await tx.objectStore('meta').get(AUTOMATIC_COUNT_KEY))?.value as AutomaticCount | undefined;
  if (carried && Number.isInteger(carried.count) && carried.uses < COUNT_EVERY)
    return { count: carried.count + delta, uses: carried.uses + 1 };
  return { count: await countAutomatic(tx), uses: 0 };
}

/** The `n` oldest automatic articles (kept and feed together), oldest first. */
async function oldestAutomatic(tx: WriteTx, n: number): Promise<KeptEntry[]> {
  const index = tx.objectStore('articles').index('byAddedBy');
  const lists = await Promise.all(AUTOMATIC.map((kind) => index.getAll(rangeOf(kind), n)));
  return lists
    .flat()
    .map((a) => ({ id: a.id, addedAt: a.addedAt, size: a.size ?? estimateSize(a) }))
    .sort((a, b) => a.addedAt - b.addedAt || a.id.localeCompare(b.id))
    .slice(0, n);
}

/** An article as kept: the user's, read at `now`, with its site and its estimated size. */
function keptRecord(article: Article, now: number): Article & { size: number } {
  const site = siteOf(article.url);
  const record: Article = { ...article, origin: 'user', addedBy: 'kept', corpusVersion: null, addedAt: now };
  if (site) record.site = site;
  return { ...record, size: estimateSize(record) };
}

/**
 * Removes the oldest automatic articles (kept and feed) until both limits hold, never one of `spare`,
 * inside the caller's transaction, with their index entries. `bytes` is what the automatic articles
 * take now; returns what they take after, and the ids removed. The caller writes the bytes back.
 */
export async function fitLimits(
  tx: WriteTx,
  bytes: number,
  limits: KeepLimits,
  spare: ReadonlySet<string>,
  indexer: CorpusIndexer,
  added: number,
): Promise<{ bytes: number; evicted: string[] }> {
  const counted = await automaticCount(tx, added);
  const count = counted.count;
  const carry = (evicted: number) =>
    tx.objectStore('meta').put({ key: AUTOMATIC_COUNT_KEY, value: { count: count - evicted, uses: counted.uses } });
  if (!overLimits(count, bytes, limits)) {
    await carry(0);
    return { bytes, evicted: [] };
  }
  // Enough of the oldest for the count, and more in turn while storage is still over.
  let want = Math.max(16, count - limits.maxArticles + 1);
  let evicted: string[];
  for (;;) {
    const oldest = await oldestAutomatic(tx, want + spare.size);
    evicted = planEviction(oldest, count, bytes, limits, spare);
    const sizes = new Map(oldest.map((e) => [e.id, e.size]));
    const gone = evicted.reduce((n, id) => n + (sizes.get(id) ?? 0), 0);
    if (!overLimits(count - evicted.length, bytes - gone, limits) || oldest.length < want + spare.size) {
      bytes -= gone;
      break;
    }
    want *= 2;
  }
  const store = tx.objectStore('articles');
  await Promise.all(evicted.map((id) => store.delete(id)));
  await indexer.remove(tx, evicted);
  await carry(evicted.length);
  return { bytes, evicted };
}

export interface KeepOutcome {
  /** The kept article's id, or the id of the copy that was already there when nothing was kept. */
  id: string;
  /** 'added' new, 'updated' (a reading of an article already kept), or 'skipped' (saved or imported already). */
  result: 'added' | 'updated' | 'skipped';
  replaced: string[];
  evicted: string[];
}

/**
 * Keeps one article as read at `now`: its earlier readings (`replace`, kept articles only) leave the
 * corpus and its index, the article and its index entry land, and the oldest automatic articles go
 * until both limits hold. One transaction: all of it happens, or none.
 */
export async function keepArticle(
  db: Db,
  article: Article,
  options: { replace?: string[]; limits: KeepLimits; indexer: CorpusIndexer; now?: number },
): Promise<KeepOutcome> {
  const now = options.now ?? Date.now();
  const tx = db.transaction([...CORPUS_STORES], 'readwrite');
  tx.done.catch(() => undefined);
  try {
    const store = tx.objectStore('articles');
    const [existing, bytesBefore, ...olds] = await Promise.all([
      store.get(article.id),
      readAutomaticBytes(tx),
      ...(options.replace ?? []).filter((id) => id !== article.id).map((id) => store.get(id)),
    ]);
    if (existing && !isAutomatic(existing)) {
      await tx.done;
      return { id: existing.id, result: 'skipped', replaced: [], evicted: [] };
    }
    let bytes = bytesBefore;
    const replaced = olds.filter((a): a is Article => isAutomatic(a));
    if (replaced.length > 0) {
      await Promise.all(replaced.map((a) => store.delete(a.id)));
      await options.indexer.remove(
        tx,
        replaced.map((a) => a.id),
      );
      bytes -= replaced.reduce((n, a) => n + (a.size ?? 0), 0);
    }
    let result: KeepOutcome['result'];
    if (existing) {
      // The same text read again (perhaps at another address): the new reading's record and index
      // entry replace the old, and it counts as read now.
      const record = keptRecord(article, now);
      await options.indexer.remove(tx, [existing.id]);
      await store.put(record);
      await options.indexer.add(tx, [record]);
      bytes += record.size - (existing.size ?? 0);
      result = 'updated';
    } else {
      const record = keptRecord(article, now);
      const stored = store.add(record);
      stored.catch(() => undefined);
      await options.indexer.add(tx, [record]);
      await stored;
      bytes += record.size;
      result = replaced.length > 0 ? 'updated' : 'added';
    }
    const added = (existing ? 0 : 1) - replaced.length;
    const fit = await fitLimits(tx, bytes, options.limits, new Set([article.id]), options.indexer, added);
    await writeAutomaticBytes(tx, fit.bytes);
    await tx.done;
    return { id: article.id, result, replaced: replaced.map((a) => a.id), evicted: fit.evicted };
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
    throw tx.error ?? error;
  }
}

/** What to forget: one kept article, every kept article of a site, those kept in a time span, or all of them. */
export type ForgetScope =
  | { scope: 'article'; id: string }
  | { scope: 'site'; site: string }
  | { scope: 'span'; from: number; to: number }
  | { scope: 'all' };

/** Removes kept articles and their index entries at once; saved, imported and bundled articles stay. Returns the ids removed. */
export async function forgetKept(db: Db, what: ForgetScope, indexer: CorpusIndexer): Promise<string[]> {
  const tx = db.transaction([...CORPUS_STORES], 'readwrite');
  tx.done.catch(() => undefined);
  const store = tx.objectStore('articles');
  let gone: Article[];
  if (what.scope === 'article') {
    const a = await store.get(what.id);
    gone = a && a.addedBy === 'kept' ? [a] : [];
  } else if (what.scope === 'span') {
    gone = await store
      .index('byAddedBy')
      .getAll(IDBKeyRange.bound(['kept', what.from], ['kept', what.to], false, true));
  } else if (what.scope === 'site') {
    // The site and its subdomains: the index's distinct sites, then each one's range.
    const index = store.index('byKeptSite');
    const all = await keptValues(index as unknown as ValueIndex);
    const sites = all.filter((site) => onSite(`https://${site}/`, what.site));
    const lists = await Promise.all(sites.map((site) => index.getAll(valueRange(site))));
    gone = lists.flat();
  } else {
    gone = await store.index('byAddedBy').getAll(rangeOf('kept'));
  }
  if (gone.length > 0) {
    const bytes = await readAutomaticBytes(tx);
    await Promise.all(gone.map((a) => store.delete(a.id)));
    await indexer.remove(
      tx,
      gone.map((a) => a.id),
    );
    await writeAutomaticBytes(tx, bytes - gone.reduce((n, a) => n + (a.size ?? 0), 0));
    await forgetAutomaticCount(tx);
  }
  await tx.done;
  return gone.map((a) => a.id);
}

/** A place in the history, most recently read first: the next page starts after this article. */
export interface KeptPosition {
  addedAt: number;
  id: string;
}

export interface KeptFilter {
  query?: string;
  /** An outlet's name, as `outlets` lists it. */
  outlet?: string;
  /** A host, as `sites` lists it (without "www."). */
  site?: string;
  /** Read at or after (ms since epoch). */
  from?: number;
  /** Read before (ms since epoch). */
  to?: number;
  /** Where the page starts: the `next` of the page before; the most recent when absent. */
  after?: KeptPosition;
  limit?: number;
}

export interface KeptHistory {
  articles: Array<ArticleSummary & { site: string | null }>;
  /** Where the next page starts, or null when the list ends with this page. */
  next: KeptPosition | null;
  /** Kept articles that pass the filter, counted through an index; null with a search or both outlet and site. */
  matching: number | null;
  /** Articles read to answer: at most HISTORY_SCAN when a search reads their titles. */
  scanned: number;
  /** Every kept article, and every automatic one (kept and feed), with the bytes they take. */
  kept: number;
  automatic: number;
  bytes: number;
  outlets: Array<{ name: string; count: number }>;
  sites: Array<{ name: string; count: number }>;
}

export const HISTORY_PAGE = 50;
/** The most kept articles one request of a search reads; the next request goes on from there. */
export const HISTORY_SCAN = 500;

type KeptIndex = 'byAddedBy' | 'byKeptSite' | 'byKeptOutlet';

/** The distinct values of an index's second key part among kept articles, with their counts: one step a value. */
/** An index whose key is [addedBy, value, addedAt], read by its keys alone. */
interface ValueIndex {
  openKeyCursor(range: IDBKeyRange): Promise<ValueKeyCursor | null>;
}
interface ValueKeyCursor {
  key: [string, string, number];
  continue(key: [string, string, number]): Promise<ValueKeyCursor | null>;
}

/** The range of one value's kept articles in such an index. */
const valueRange = (value: string) => IDBKeyRange.bound(['kept', value, -Infinity], ['kept', value, Infinity]);

/** The distinct values (sites or outlets) of kept articles in such an index: one step a value, past its articles. */
async function keptValues(index: ValueIndex): Promise<string[]> {
  const out: string[] = [];
  const all = IDBKeyRange.bound(['kept', '', -Infinity], ['kept', [], Infinity]);
  for (
    let cursor = await index.openKeyCursor(all);
    cursor;
    cursor = await cursor.continue(['kept', cursor.key[1], Infinity])
  ) {
    out.push(cursor.key[1]);
  }
  return out;
}

/** The values of an index among kept articles with their counts, the most first. */
async function facet(db: Db, name: 'byKeptSite' | 'byKeptOutlet'): Promise<Array<{ name: string; count: number }>> {
  const index = db.transaction('articles').store.index(name);
  const values = await keptValues(index as unknown as ValueIndex);
  const counts = await Promise.all(values.map((value) => index.count(valueRange(value))));
  const out = values.map((name, i) => ({ name, count: counts[i] }));
  return out.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/**
 * The kept articles, most recently read first, a page at a time, with the counts and the outlets and
 * sites to filter by. An outlet, a site and a span of days are ranges of an index, so a page reads
 * only its own articles; a search (or outlet and site together) reads the chosen range in order, at
 * most HISTORY_SCAN articles a request, and says where to go on.
 */
export async function keptHistory(db: Db, filter: KeptFilter = {}): Promise<KeptHistory> {
  const words = (filter.query ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const limit = Math.min(200, Math.max(1, filter.limit ?? HISTORY_PAGE));
  const tx = db.transaction(['articles', 'meta']);
  const store = tx.objectStore('articles');
  const byAddedBy = store.index('byAddedBy');
  // The narrowest index for the filter: its key is [addedBy, (site | outlet), addedAt].
  const [indexName, prefix]: [KeptIndex, Array<string>] = filter.site
    ? ['byKeptSite', ['kept', filter.site]]
    : filter.outlet
      ? ['byKeptOutlet', ['kept', filter.outlet]]
      : ['byAddedBy', ['kept']];
  // The three indexes differ only in their key; the cast lets one cursor loop read any of them.
  const index = store.index(indexName as 'byAddedBy');
  const from = filter.from ?? -Infinity;
  const to = filter.to ?? Infinity;
  const whole = IDBKeyRange.bound([...prefix, from], [...prefix, to], false, filter.to !== undefined) as IDBKeyRange;
  const after = filter.after;
  const range = after
    ? after.addedAt < from
      ? null
      : IDBKeyRange.bound([...prefix, from], [...prefix, Math.min(after.addedAt, to)], false, after.addedAt >= to)
    : whole;
  const byValue = words.length > 0 || Boolean(filter.site && filter.outlet);
  const passes = (a: Article) => {
    if (filter.site && filter.outlet && a.outlet?.name !== filter.outlet) return false;
    const haystack = `${a.title} ${a.outlet?.name ?? ''} ${a.author ?? ''} ${a.url ?? ''}`.toLowerCase();
    return words.every((w) => haystack.includes(w));
  };

  const [bytes, automaticCounts, kept, matching] = await Promise.all([
    tx
      .objectStore('meta')
      .get(AUTOMATIC_BYTES_KEY)
      .then((r) => (r?.value as number | undefined) ?? 0),
    Promise.all(AUTOMATIC.map((kind) => byAddedBy.count(rangeOf(kind)))),
    byAddedBy.count(rangeOf('kept')),
    byValue ? Promise.resolve(null) : index.count(whole),
  ]);

  const articles: KeptHistory['articles'] = [];
  let next: KeptPosition | null = null;
  let scanned = 0;
  let lastSeen: KeptPosition | null = null;
  let cursor = range ? await index.openCursor(range, 'prev') : null;
  // Skip what the page before already went through: the same time read, a larger or equal id.
  while (cursor && after && cursor.value.addedAt === after.addedAt && cursor.primaryKey >= after.id) {
    cursor = await cursor.continue();
  }
  for (; cursor; cursor = await cursor.continue()) {
    const a = cursor.value;
    // A full page, or a search that read its share: there is more after the last article read.
    if (articles.length === limit || (byValue && scanned === HISTORY_SCAN)) {
      next = lastSeen;
      break;
    }
    scanned++;
    lastSeen = { addedAt: a.addedAt, id: a.id };
    if (!passes(a)) continue;
    articles.push({ ...summarize(a), site: a.site ?? siteOf(a.url) });
  }
  // In transactions of their own, once this one is done with: it would not outlive waiting on another.
  const [outlets, sites] = await Promise.all([facet(db, 'byKeptOutlet'), facet(db, 'byKeptSite')]);
  const automatic = automaticCounts.reduce((a, b) => a + b, 0);
  return { articles, next, matching, scanned, kept, automatic, bytes, outlets, sites };
}

/** A kept article the user saves by hand: it becomes theirs, and the limits no longer count or remove it. */
export async function promoteKept(db: Db, id: string): Promise<boolean> {
  const tx = db.transaction(['articles', 'meta'], 'readwrite');
  const store = tx.objectStore('articles');
  const article = await store.get(id);
  if (!article || article.addedBy !== 'kept') {
    await tx.done;
    return false;
  }
  const bytes = ((await tx.objectStore('meta').get(AUTOMATIC_BYTES_KEY))?.value as number | undefined) ?? 0;
  const { size, ...rest } = article;
  await store.put({ ...rest, addedBy: 'saved' });
  await tx.objectStore('meta').put({ key: AUTOMATIC_BYTES_KEY, value: Math.max(0, bytes - (size ?? 0)) });
  await forgetAutomaticCount(tx);
  await tx.done;
  return true;
}
