// Feed articles in the corpus: written in one transaction with their index entries, as imports
// are, but kept as the feed's (origin `feed`, with its id), so that they can be counted and
// forgotten feed by feed. An article already there (same id, or same address) is left as it is.
import type { Article } from '../types';
import { CORPUS_STORES, type CorpusIndexer } from '../store/corpus-store';
import type { Db } from '../store/db';

/** Adds a feed's new articles; returns the ids added and those already in the corpus. */
export async function addFeedArticles(db: Db, feedId: string, incoming: Article[], indexer: CorpusIndexer, now = Date.now()): Promise<{ added: string[]; duplicates: string[] }> {
  const tx = db.transaction([...CORPUS_STORES], 'readwrite');
  tx.done.catch(() => undefined);
  const store = tx.objectStore('articles');
  const byUrl = store.index('byUrl');
  const added: Article[] = [];
  const duplicates: string[] = [];
  const seen = new Set<string>();
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
      added.push({ ...article, origin: 'feed', addedBy: 'feed', feedId, corpusVersion: null, addedAt: now });
    });
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
    throw tx.error ?? error;
  }
  return { added: added.map((a) => a.id), duplicates };
}

/** Removes every article a feed added, with their index entries, in one transaction; returns how many. */
export async function forgetFeedArticles(db: Db, feedId: string, indexer: CorpusIndexer): Promise<number> {
  const tx = db.transaction([...CORPUS_STORES], 'readwrite');
  const store = tx.objectStore('articles');
  const ids: string[] = [];
  for (let cursor = await store.index('byOrigin').openCursor('feed'); cursor; cursor = await cursor.continue()) {
    if (cursor.value.feedId === feedId) ids.push(cursor.value.id);
  }
  await Promise.all(ids.map((id) => store.delete(id)));
  await indexer.remove(tx, ids);
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
