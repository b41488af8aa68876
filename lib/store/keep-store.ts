// The articles kept as the user reads them, in IndexedDB: keeping one (replacing its earlier reading,
// removing the oldest kept past the limits, all in one transaction), forgetting them, and the history
// the options page shows. The rules are lib/corpus/keep-policy.ts; saved and imported articles are
// never touched here.
import type { Article, ArticleAddedBy, ArticleSummary } from '../types';
import type { Db } from './db';
import { CORPUS_STORES, summarize, type CorpusIndexer } from './corpus-store';
import type { WriteTx } from './transactions';
import { AUTOMATIC, estimateSize, isAutomatic, onSite, overLimits, planEviction, siteOf, type KeepLimits, type KeptEntry } from '../corpus/keep-policy';

/** The meta record that counts the bytes of the automatic articles, kept exact by every write here. */
export const AUTOMATIC_BYTES_KEY = 'automaticBytes';

const rangeOf = (kind: ArticleAddedBy) => IDBKeyRange.bound([kind, -Infinity], [kind, Infinity]);

async function readBytes(tx: WriteTx): Promise<number> {
  return (((await tx.objectStore('meta').get(AUTOMATIC_BYTES_KEY))?.value as number | undefined) ?? 0);
}

async function writeBytes(tx: WriteTx, bytes: number): Promise<void> {
  await tx.objectStore('meta').put({ key: AUTOMATIC_BYTES_KEY, value: Math.max(0, bytes) });
}

async function countAutomatic(tx: WriteTx): Promise<number> {
  const index = tx.objectStore('articles').index('byAddedBy');
  const counts = await Promise.all(AUTOMATIC.map((kind) => index.count(rangeOf(kind))));
  return counts.reduce((a, b) => a + b, 0);
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
      readBytes(tx),
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
      await options.indexer.remove(tx, replaced.map((a) => a.id));
      bytes -= replaced.reduce((n, a) => n + (a.size ?? 0), 0);
    }
    let result: KeepOutcome['result'];
    if (existing) {
      // The same text read again (perhaps at another address): the new reading's record and index
      // entry replace the old, and it counts as read now.
      const record: Article = { ...article, origin: 'user', addedBy: 'kept', corpusVersion: null, addedAt: now };
      record.size = estimateSize(record);
      await options.indexer.remove(tx, [existing.id]);
      await store.put(record);
      await options.indexer.add(tx, [record]);
      bytes += record.size - (existing.size ?? 0);
      result = 'updated';
    } else {
      const record: Article = { ...article, origin: 'user', addedBy: 'kept', corpusVersion: null, addedAt: now };
      record.size = estimateSize(record);
      const stored = store.add(record);
      stored.catch(() => undefined);
      await options.indexer.add(tx, [record]);
      await stored;
      bytes += record.size;
      result = replaced.length > 0 ? 'updated' : 'added';
    }
    let evicted: string[] = [];
    const count = await countAutomatic(tx);
    if (overLimits(count, bytes, options.limits)) {
      // Enough of the oldest for the count, and more in turn while storage is still over.
      let want = Math.max(16, count - options.limits.maxArticles + 1);
      for (;;) {
        const oldest = await oldestAutomatic(tx, want);
        evicted = planEviction(oldest, count, bytes, options.limits, new Set([article.id]));
        const gone = evicted.reduce((n, id) => n + (oldest.find((e) => e.id === id)?.size ?? 0), 0);
        if (!overLimits(count - evicted.length, bytes - gone, options.limits) || oldest.length < want) {
          bytes -= gone;
          break;
        }
        want *= 2;
      }
      await Promise.all(evicted.map((id) => store.delete(id)));
      await options.indexer.remove(tx, evicted);
    }
    await writeBytes(tx, bytes);
    await tx.done;
    return { id: article.id, result, replaced: replaced.map((a) => a.id), evicted };
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
    gone = await store.index('byAddedBy').getAll(IDBKeyRange.bound(['kept', what.from], ['kept', what.to], false, true));
  } else {
    const all = await store.index('byAddedBy').getAll(rangeOf('kept'));
    gone = what.scope === 'all' ? all : all.filter((a) => onSite(a.url, what.site));
  }
  if (gone.length > 0) {
    const bytes = await readBytes(tx);
    await Promise.all(gone.map((a) => store.delete(a.id)));
    await indexer.remove(tx, gone.map((a) => a.id));
    await writeBytes(tx, bytes - gone.reduce((n, a) => n + (a.size ?? 0), 0));
  }
  await tx.done;
  return gone.map((a) => a.id);
}

export interface KeptFilter {
  query?: string;
  outlet?: string;
  site?: string;
  /** Read at or after (ms since epoch). */
  from?: number;
  /** Read before (ms since epoch). */
  to?: number;
  offset?: number;
  limit?: number;
}

export interface KeptHistory {
  articles: Array<ArticleSummary & { site: string | null }>;
  /** Kept articles that pass the filter. */
  matching: number;
  /** Every kept article, and every automatic one (kept and feed), with the bytes they take. */
  kept: number;
  automatic: number;
  bytes: number;
  outlets: Array<{ name: string; count: number }>;
  sites: Array<{ name: string; count: number }>;
}

/** The kept articles, most recently read first, filtered; with the counts and the outlets and sites to filter by. */
export async function keptHistory(db: Db, filter: KeptFilter = {}): Promise<KeptHistory> {
  const words = (filter.query ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const offset = Math.max(0, filter.offset ?? 0);
  const limit = Math.min(200, Math.max(1, filter.limit ?? 50));
  const tx = db.transaction(['articles', 'meta']);
  const index = tx.objectStore('articles').index('byAddedBy');
  const [bytes, automaticCounts] = await Promise.all([
    tx.objectStore('meta').get(AUTOMATIC_BYTES_KEY).then((r) => (r?.value as number | undefined) ?? 0),
    Promise.all(AUTOMATIC.map((kind) => index.count(rangeOf(kind)))),
  ]);
  const outlets = new Map<string, number>();
  const sites = new Map<string, number>();
  const out: KeptHistory['articles'] = [];
  let matching = 0;
  let kept = 0;
  const range = IDBKeyRange.bound(['kept', filter.from ?? -Infinity], ['kept', filter.to ?? Infinity], false, filter.to !== undefined);
  const all = filter.from === undefined && filter.to === undefined;
  for (let cursor = await index.openCursor(all ? rangeOf('kept') : range, 'prev'); cursor; cursor = await cursor.continue()) {
    const a = cursor.value;
    kept++;
    const site = siteOf(a.url);
    const outlet = a.outlet?.name ?? null;
    if (outlet) outlets.set(outlet, (outlets.get(outlet) ?? 0) + 1);
    if (site) sites.set(site, (sites.get(site) ?? 0) + 1);
    if (filter.outlet && outlet !== filter.outlet) continue;
    if (filter.site && !onSite(a.url, filter.site)) continue;
    const haystack = `${a.title} ${outlet ?? ''} ${a.author ?? ''} ${a.url ?? ''}`.toLowerCase();
    if (!words.every((w) => haystack.includes(w))) continue;
    if (matching >= offset && out.length < limit) out.push({ ...summarize(a), site });
    matching++;
  }
  const byCount = (m: Map<string, number>) => [...m].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  if (!all) kept = await index.count(rangeOf('kept'));
  return {
    articles: out,
    matching,
    kept,
    automatic: automaticCounts.reduce((a, b) => a + b, 0),
    bytes,
    outlets: byCount(outlets),
    sites: byCount(sites),
  };
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
  await tx.done;
  return true;
}
