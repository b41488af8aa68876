// The corpus in IndexedDB: loading the bundled corpus on install and update, and the reads and
// writes the options page and the background need. Bundled articles of an older corpus version are
// replaced; articles the user added are never touched by a bundled update.
import type { Article, ArticleSummary } from '../types';
import type { Db } from './db';
import type { WriteTx } from './transactions';
import { INDEX_META_KEY, inStagedImport, type IndexMeta } from './index-records';

/** The compiled corpus asset shipped with the extension. */
export interface BundledCorpus {
  /** Derived from the compiled content: any change to the articles changes it. */
  version: string;
  articles: Article[];
}

/** Keeps the search index in step with the articles store, inside the same transaction. */
export interface CorpusIndexer {
  add(tx: WriteTx, articles: Article[]): Promise<void>;
  remove(tx: WriteTx, ids: string[]): Promise<void>;
}

/** The stores of a corpus write: the articles and every index store. */
export const CORPUS_STORES = ['articles', 'meta', 'docs', 'postings', 'postingBlocks', 'terms'] as const;

const VERSION_KEY = 'corpusVersion';
/** Bundled articles the user deleted: they stay deleted across updates until the bundled corpus is restored. */
export const DELETED_KEY = 'deletedBundled';

export interface InstallOutcome {
  changed: boolean;
  version: string;
  added: number;
  removed: number;
  /** User articles kept; counted only when the corpus changed (counting walks them all). */
  userArticles: number | null;
}

/** Loads the bundled corpus unless this version is already there; keeps every user article. */
export async function installBundledCorpus(
  db: Db,
  corpus: BundledCorpus,
  indexer: CorpusIndexer,
): Promise<InstallOutcome> {
  // Every start of the service worker asks: a read-only look at a few records, which neither waits
  // for nor blocks the matches under way, and costs the same whatever the size of the corpus.
  const check = db.transaction(['articles', 'meta'], 'readonly');
  const [installed, presentIds, deletedBefore] = await Promise.all([
    check.objectStore('meta').get(VERSION_KEY),
    check.objectStore('articles').index('byOrigin').getAllKeys('bundled'),
    check.objectStore('meta').get(DELETED_KEY),
  ]);
  const isComplete = (version: unknown, ids: string[], deletedIds: unknown) => {
    const gone = new Set((deletedIds as string[] | undefined) ?? []);
    const want = new Set(corpus.articles.filter((a) => !gone.has(a.id)).map((a) => a.id));
    return version === corpus.version && ids.length === want.size && ids.every((id) => want.has(id));
  };
  if (isComplete(installed?.value, presentIds as string[], deletedBefore?.value)) {
    return { changed: false, version: corpus.version, added: 0, removed: 0, userArticles: null };
  }

  const tx = db.transaction([...CORPUS_STORES], 'readwrite');
  // Nothing of an update lands unless all of it does; when the browser aborts it (storage full), its
  // requests fail with a bare AbortError and the transaction's own error says why.
  tx.done.catch(() => undefined);
  try {
    return await writeBundled(tx, corpus, indexer, isComplete);
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // already finished or aborted: nothing was committed either way
    }
    throw tx.error ?? error;
  }
}

async function writeBundled(
  tx: WriteTx,
  corpus: BundledCorpus,
  indexer: CorpusIndexer,
  isComplete: (version: unknown, ids: string[], deletedIds: unknown) => boolean,
): Promise<InstallOutcome> {
  const articles = tx.objectStore('articles');
  const meta = tx.objectStore('meta');
  const current = (await meta.get(VERSION_KEY))?.value as string | undefined;
  const bundledIds = (await articles.index('byOrigin').getAllKeys('bundled')) as string[];
  const userArticles = await articles.index('byOrigin').count('user');
  const deleted = new Set(((await meta.get(DELETED_KEY))?.value as string[] | undefined) ?? []);
  const wanted = new Set(corpus.articles.filter((a) => !deleted.has(a.id)).map((a) => a.id));
  // Another start may have installed it between the two transactions.
  if (isComplete(current, bundledIds, [...deleted])) {
    await tx.done;
    return { changed: false, version: corpus.version, added: 0, removed: 0, userArticles };
  }
  const stale = bundledIds.filter((id) => !wanted.has(id));
  await Promise.all(stale.map((id) => articles.delete(id)));
  await indexer.remove(tx, stale);
  const present = new Set(bundledIds);
  // A bundled article the user also imported stays the user's: their copy is not replaced.
  const candidates = corpus.articles.filter((a) => wanted.has(a.id));
  const keys = await Promise.all(candidates.map((a) => (present.has(a.id) ? a.id : articles.getKey(a.id))));
  const incoming = candidates.filter((a, i) => present.has(a.id) || keys[i] === undefined);
  const now = Date.now();
  await indexer.remove(
    tx,
    incoming.filter((a) => present.has(a.id)).map((a) => a.id),
  );
  await Promise.all(
    incoming.map((article) =>
      articles.put({ ...article, origin: 'bundled', corpusVersion: corpus.version, addedAt: now }),
    ),
  );
  await indexer.add(tx, incoming);
  await meta.put({ key: VERSION_KEY, value: corpus.version });
  await tx.done;
  return { changed: true, version: corpus.version, added: incoming.length, removed: stale.length, userArticles };
}

/** The bundled corpus version now in the database. */
export async function corpusVersion(db: Db): Promise<string | null> {
  return ((await db.get('meta', VERSION_KEY))?.value as string | undefined) ?? null;
}

export function summarize(article: Article): ArticleSummary {
  return {
    id: article.id,
    origin: article.origin,
    title: article.title,
    outlet: article.outlet?.name ?? null,
    author: article.author,
    published: article.published,
    addedAt: article.addedAt,
    ...(article.addedBy ? { addedBy: article.addedBy } : {}),
    url: article.url,
  };
}

/** Counts of the corpus without reading its articles. */
export async function countArticles(db: Db): Promise<{ total: number; bundled: number; user: number }> {
  const tx = db.transaction('articles');
  const byOrigin = tx.store.index('byOrigin');
  const [total, bundled, user] = await Promise.all([
    tx.store.count(),
    byOrigin.count('bundled'),
    byOrigin.count('user'),
  ]);
  await tx.done;
  return { total, bundled, user };
}

/**
 * A page of the corpus as summaries, newest first, filtered by words of the title, outlet or author.
 * Walks a cursor so that only the summaries of one page are kept in memory.
 */
export async function listArticles(
  db: Db,
  options: { query?: string; offset?: number; limit?: number } = {},
): Promise<{ articles: ArticleSummary[]; matching: number }> {
  const words = (options.query ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const offset = Math.max(0, options.offset ?? 0);
  const limit = Math.min(200, Math.max(1, options.limit ?? 50));
  const out: ArticleSummary[] = [];
  let matching = 0;
  let cursor = await db.transaction('articles').store.index('byAddedAt').openCursor(null, 'prev');
  while (cursor) {
    const a = cursor.value;
    const haystack =
      `${a.title} ${a.outlet?.name ?? ''} ${a.author ?? ''} ${a.originalPublisher?.name ?? ''}`.toLowerCase();
    if (words.every((w) => haystack.includes(w))) {
      if (matching >= offset && out.length < limit) out.push(summarize(a));
      matching++;
    }
    cursor = await cursor.continue();
  }
  return { articles: out, matching };
}

export function getArticle(db: Db, id: string): Promise<Article | undefined> {
  return db.get('articles', id);
}

/** The corpus article at one of these addresses (a page's own and its canonical one), if any. */
export async function findArticleByUrl(db: Db, urls: Array<string | null | undefined>): Promise<Article | undefined> {
  for (const url of new Set(urls)) {
    if (!url) continue;
    const found = await db.getFromIndex('articles', 'byUrl', url);
    if (found) return found;
  }
  return undefined;
}

/** Said when the user deletes an article whose import has not finished. */
export const IMPORT_UNDER_WAY = 'This article is still being imported: delete it once the import has finished.';

/** Deletes one article and its index entries together. */
export async function deleteArticle(db: Db, id: string, indexer: CorpusIndexer): Promise<boolean> {
  const tx = db.transaction([...CORPUS_STORES], 'readwrite');
  const store = tx.objectStore('articles');
  const [article, doc, meta] = await Promise.all([
    store.get(id),
    tx.objectStore('docs').index('byId').get(id),
    tx.objectStore('meta').get(INDEX_META_KEY),
  ]);
  // An article of a large import under way is not counted in the index yet: it goes with the import.
  if (doc && inStagedImport(meta?.value as IndexMeta | undefined, doc.n)) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new Error(IMPORT_UNDER_WAY);
  }
  if (article) {
    await store.delete(id);
    await indexer.remove(tx, [id]);
    if (article.addedBy === 'kept' || article.addedBy === 'feed') {
      const counters = tx.objectStore('meta');
      // The bytes the automatic articles take (lib/store/keep-store.ts) drop with it.
      if (article.size) {
        const bytes = ((await counters.get('automaticBytes'))?.value as number | undefined) ?? 0;
        await counters.put({ key: 'automaticBytes', value: Math.max(0, bytes - article.size) });
      }
      // One automatic article fewer: the next keep counts them again.
      await counters.delete('automaticCount');
    }
    if (article.origin === 'bundled') {
      const meta = tx.objectStore('meta');
      const deleted = ((await meta.get(DELETED_KEY))?.value as string[] | undefined) ?? [];
      await meta.put({ key: DELETED_KEY, value: [...new Set([...deleted, id])] });
    }
  }
  await tx.done;
  return article !== undefined;
}

/** Brings back every bundled article, those the user deleted included. */
export async function restoreBundledCorpus(
  db: Db,
  corpus: BundledCorpus,
  indexer: CorpusIndexer,
): Promise<InstallOutcome> {
  const tx = db.transaction('meta', 'readwrite');
  await Promise.all([tx.store.delete(DELETED_KEY), tx.store.delete(VERSION_KEY), tx.done]);
  return installBundledCorpus(db, corpus, indexer);
}

/** Every article, for export. */
export function allArticles(db: Db): Promise<Article[]> {
  return db.getAll('articles');
}

export interface AddOutcome {
  added: string[];
  duplicates: string[];
}

/**
 * Adds user articles in one transaction: all of them land or none does. Articles whose id is
 * already in the corpus are duplicates and are left as they are.
 */
export async function addUserArticles(db: Db, incoming: Article[], indexer: CorpusIndexer): Promise<AddOutcome> {
  const tx = db.transaction([...CORPUS_STORES], 'readwrite');
  // An abort (storage full) rejects the transaction's own promise at once, before the request the
  // code is waiting on fails: handled here, the error is rethrown below.
  tx.done.catch(() => undefined);
  const store = tx.objectStore('articles');
  const added: Article[] = [];
  const duplicates: string[] = [];
  const seen = new Set<string>();
  const now = Date.now();
  try {
    // All lookups and writes are issued at once: one round trip for the batch, not one per article.
    const existing = await Promise.all(incoming.map((article) => store.getKey(article.id)));
    incoming.forEach((article, i) => {
      if (seen.has(article.id) || existing[i] !== undefined) {
        duplicates.push(article.id);
        return;
      }
      seen.add(article.id);
      added.push({ ...article, origin: 'user', corpusVersion: null, addedAt: now });
    });
    // The writes go out at once and the browser stores them while the indexer computes: awaited
    // after it, not before. A failure still aborts the whole transaction.
    const stored = Promise.all(added.map((record) => store.add(record)));
    stored.catch(() => undefined);
    await indexer.add(tx, added);
    await stored;
    await tx.done;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // already finished or aborted: nothing was committed either way
    }
    // When the browser aborted the transaction (storage full), each pending request fails with a
    // bare AbortError; the transaction's own error says why.
    throw tx.error ?? error;
  }
  return { added: added.map((a) => a.id), duplicates };
}
