// Feed articles in the corpus: written in one transaction with their index entries, as imports
// are, but kept as the feed's (origin `feed`, with its id), so that they can be counted and
// forgotten feed by feed. An article already there (same id, or same address) is left as it is.
// They count toward the "keep" limits as kept pages do: the same transaction counts their bytes and
// removes the oldest automatic articles past the limits.
import type { Article } from '../types';
import { CORPUS_STORES, type CorpusIndexer } from '../store/corpus-store';
import type { Db } from '../store/db';
import { estimateSize, type KeepLimits } from '../corpus/keep-policy';
import { fitLimits, forgetAutomaticCount, readAutomaticBytes, writeAutomaticBytes } from '../store/keep-store';

/**
 * Adds a feed's new articles and, past `limits`, removes the oldest automatic articles (kept or from a
 * feed, this fetch's own last); returns the ids added, those already in the corpus and those removed.
 */
export async function addFeedArticles(
  db: Db,
  feedId: string,
  incoming: Article[],
  indexer: CorpusIndexer,
  now = Date.now(),
  limits?: KeepLimits,
): Promise<{ added: string[]; duplicates: string[]; evicted: string[] }> {
  const tx = db.transaction([...CORPUS_STORES], 'readwrite');
  tx.done.catch(() => undefined);
  const store = tx.objectStore('articles');
  const byUrl = store.index('byUrl');
  const added: Article[] = [];
  const duplicates: string[] = [];
  const seen = new Set<string>();
  let evicted: string[] = [];
  try {
    const [byId, atUrl] = await Promise.all([
      Promise.all(incoming.map((a) => store.getKey(a.id))),
      Promise.all(incoming.map((a) => (a.url ? byUrl.getKey(a.url) : Promise.resolve(undefined)))),
    ]);
    incoming.forEach((article, i) => {
      const key = article.url ?? article.id;
      if (seen.has(article.id) || seen.has(key) || byId[i] !== undefined || atUrl[i] !== undefined) {
        duplicates.push(article.id);
        return;
      }
      seen.add(article.id);
      seen.add(key);
      const record: Article = { ...article, origin: 'feed', addedBy: 'feed', feedId, corpusVersion: null };
      record.addedAt = now;
      added.push({ ...record, size: estimateSize(record) });
    });
    const stored = Promise.all(added.map((record) => store.add(record)));
    stored.catch(() => undefined);
    await indexer.add(tx, added);
    await stored;
    const bytes = (await readAutomaticBytes(tx)) + added.reduce((n, a) => n + a.size!, 0);
    // Older articles go first; this fetch's own only when the limits cannot hold otherwise.
    const fit = limits
      ? await fitLimits(tx, bytes, limits, new Set(), indexer, added.length)
      : (await forgetAutomaticCount(tx), { bytes, evicted: [] });
    await writeAutomaticBytes(tx, fit.bytes);
    await tx.done;
    evicted = fit.evicted;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // already finished or aborted: nothing was committed either way
    }
    throw tx.error ?? error;
  }
  const gone = new Set(evicted);
  return { added: added.map((a) => a.id).filter((id) => !gone.has(id)), duplicates, evicted };
}

/** Removes every article a feed added, with their index entries, in one transaction; returns how many. */
export async function forgetFeedArticles(db: Db, feedId: string, indexer: CorpusIndexer): Promise<number> {
  const tx = db.transaction([...CORPUS_STORES], 'readwrite');
  const store = tx.objectStore('articles');
  const ids: string[] = [];
  let size = 0;
  for (let cursor = await store.index('byOrigin').openCursor('feed'); cursor; cursor = await cursor.continue()) {
    if (cursor.value.feedId !== feedId) continue;
    ids.push(cursor.value.id);
    size += cursor.value.size ?? 0;
  }
  await Promise.all(ids.map((id) => store.delete(id)));
  await indexer.remove(tx, ids);
  if (size > 0) await writeAutomaticBytes(tx, (await readAutomaticBytes(tx)) - size);
  if (ids.length > 0) await forgetAutomaticCount(tx);
  await tx.done;
  return ids.length;
}

/** How many articles each feed has in the corpus now. */
export async function countFeedArticles(db: Db): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  let cursor = await db.transaction('articles').store.index('byOrigin').openCursor('feed');
  for (; cursor; cursor = await cursor.continue()) {
    const id = cursor.value.feedId;
    if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}
