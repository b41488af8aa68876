// Articles removed one at a time (a kept page evicted, an article deleted) leave their postings in
// their blocks, listed in the index's counters record, until REMOVED_MAX are listed; then the blocks of
// all their terms are rewritten at once. Matching must not tell the difference: an index with listed
// removals gives the same matches, with the same scores, as one that never held those articles.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openCorpusDb, type Db } from '../../lib/store/db';
import { addUserArticles, deleteArticle } from '../../lib/store/corpus-store';
import { corpusIndexer } from '../../lib/match/corpus-indexer';
import { matchPage } from '../../lib/match/match-page';
import { REMOVED_MAX } from '../../lib/match/remove-from-index';
import { INDEX_META_KEY, type IndexMeta } from '../../lib/store/index-records';
import { generateArticles } from '../../bench/generate-corpus';
import { loadSentencePool } from '../../bench/sentence-pool';
import { checkIndex } from './index-check';
import { installQuotaFaults } from './quota-faults';

const pool = loadSentencePool();
const all = generateArticles(600, 31, pool).map((a, i) => ({ ...a, id: `art-${i}` }));
// Removed in this order: spread over the corpus, so that they share terms and blocks with the rest.
const removedIds = Array.from({ length: REMOVED_MAX + 5 }, (_, i) => all[(i * 11) % all.length].id);
const excerpt = (a: (typeof all)[number]) => ({ text: a.paragraphs.slice(0, 3).join('\n\n'), title: a.title });
const pages = [all[1], all[200], all[450], all[11], all[22]].map(excerpt);

const listed = async (db: Db) => ((await db.get('meta', INDEX_META_KEY))?.value as IndexMeta).removed ?? [];

async function matches(db: Db) {
  const out = [];
  for (const page of pages) out.push((await matchPage(db, page)).map((m) => ({ id: m.id, score: m.score.toFixed(9) })));
  return out;
}

/** An index that held all the articles, then had the first `k` of `removedIds` deleted one by one. */
async function withRemovals(name: string, k: number): Promise<Db> {
  const db = await openCorpusDb(new IDBFactory(), name);
  await addUserArticles(db, all, corpusIndexer);
  for (const id of removedIds.slice(0, k)) expect(await deleteArticle(db, id, corpusIndexer)).toBe(true);
  return db;
}

/** An index that never held the first `k` of `removedIds`. */
async function without(name: string, k: number): Promise<Db> {
  const db = await openCorpusDb(new IDBFactory(), name);
  const gone = new Set(removedIds.slice(0, k));
  await addUserArticles(
    db,
    all.filter((a) => !gone.has(a.id)),
    corpusIndexer,
  );
  return db;
}

describe('articles removed one at a time', () => {
  it('leave their postings listed, write no postings, and match as if never indexed', async () => {
    const k = REMOVED_MAX - 1;
    const db = await withRemovals('listed', k - 1);
    // One more removal: it writes no postings block (the costly part), only the dictionary and counters.
    const faults = installQuotaFaults();
    try {
      faults.failAt(null);
      faults.writes = [];
      await deleteArticle(db, removedIds[k - 1], corpusIndexer);
      expect(faults.writes.map((w) => w.store)).not.toContain('postings');
    } finally {
      faults.restore();
    }
    expect((await listed(db)).length).toBe(k);
    await checkIndex(db);
    const got = await matches(db);
    expect(got).toEqual(await matches(await without('never-listed', k)));
    // A removed article is matched no more, even by its own text; its neighbours still are.
    expect(got[3].map((m) => m.id)).not.toContain(all[11].id);
    expect(got[4].map((m) => m.id)).not.toContain(all[22].id);
    expect(got[1][0]?.id).toBe(all[200].id);
  });

  it('are written out together at the REMOVED_MAX-th, and match the same', async () => {
    const k = REMOVED_MAX + 5;
    const db = await withRemovals('written', k);
    // The REMOVED_MAX-th removal rewrote the blocks of all listed; five more are listed since.
    expect((await listed(db)).length).toBe(5);
    await checkIndex(db);
    expect(await matches(db)).toEqual(await matches(await without('never-written', k)));
  });

  it('an article removed, then imported again, is found again', async () => {
    const db = await withRemovals('again', 3);
    const back = all.find((a) => a.id === removedIds[2])!;
    await addUserArticles(db, [back], corpusIndexer);
    expect((await matchPage(db, excerpt(back)))[0]?.id).toBe(back.id);
    await checkIndex(db);
  });
});
