// Articles added one at a time (a page kept or saved) leave their postings waiting in the index's
// counters' record until RECENT_MAX wait, then write them as one block per term. Matching must not
// tell the difference: the same articles added one by one or in one import give the same matches,
// with the same scores, before and after the waiting ones are written; a waiting article removed
// leaves the wait; and the index stays consistent throughout.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openCorpusDb, type Db } from '../../lib/store/db';
import { addUserArticles, deleteArticle } from '../../lib/store/corpus-store';
import { corpusIndexer } from '../../lib/match/corpus-indexer';
import { matchPage } from '../../lib/match/match-page';
import { RECENT_ADD, RECENT_MAX } from '../../lib/match/index-articles';
import { INDEX_META_KEY, type IndexMeta } from '../../lib/store/index-records';
import { generateArticles } from '../../bench/generate-corpus';
import { loadSentencePool } from '../../bench/sentence-pool';
import { checkIndex } from './index-check';

const pool = loadSentencePool();
const bulk = generateArticles(1000, 21, pool).map((a, i) => ({ ...a, id: `bulk-${i}` }));
const singles = generateArticles(RECENT_MAX + 10, 22, pool).map((a, i) => ({ ...a, id: `one-${i}` }));
/** Excerpts of some bulk and single articles, and a fresh article about nothing in the corpus. */
const pages = [
  ...[bulk[3], bulk[150], singles[0], singles[RECENT_MAX - 1], singles[RECENT_MAX + 5]].map((a) => ({
    text: a.paragraphs.slice(0, 3).join('\n\n'),
    title: a.title,
  })),
  ...generateArticles(2, 99, pool).map((a) => ({ text: a.paragraphs.join('\n\n'), title: a.title })),
];

const waiting = async (db: Db) => ((await db.get('meta', INDEX_META_KEY))?.value as IndexMeta).recent ?? [];
/** Postings records of either kind: a term's own blocks and shared records. */
const postingsCount = async (db: Db) => (await db.count('postings')) + (await db.count('postingBlocks'));

async function matches(db: Db) {
  const out = [];
  for (const page of pages) out.push((await matchPage(db, page)).map((m) => ({ id: m.id, score: m.score.toFixed(9) })));
  return out;
}

async function fresh(name: string): Promise<Db> {
  const db = await openCorpusDb(new IDBFactory(), name);
  await addUserArticles(db, bulk, corpusIndexer);
  return db;
}

describe('articles added one at a time', () => {
  it('wait in the counters record, then go out as one block per term, and match as an import does', async () => {
    const oneByOne = await fresh('one-by-one');
    const blocksBefore = await postingsCount(oneByOne);
    // Up to RECENT_MAX - 1 singles: no postings block is written, they all wait.
    for (const article of singles.slice(0, RECENT_MAX - 1)) await addUserArticles(oneByOne, [article], corpusIndexer);
    expect(await postingsCount(oneByOne)).toBe(blocksBefore);
    expect((await waiting(oneByOne)).length).toBe(RECENT_MAX - 1);
    await checkIndex(oneByOne);

    // The same articles in one import, in the same order: the same matches, the same scores.
    const together = await fresh('together');
    await addUserArticles(together, singles.slice(0, RECENT_MAX - 1), corpusIndexer);
    expect(await waiting(together)).toEqual([]);
    const waitingMatches = await matches(oneByOne);
    expect(waitingMatches).toEqual(await matches(together));
    // A waiting article is found first by an excerpt of it.
    expect(waitingMatches[2][0]?.id).toBe(singles[0].id);

    // The RECENT_MAX-th writes them all out; later ones wait again.
    for (const article of singles.slice(RECENT_MAX - 1)) await addUserArticles(oneByOne, [article], corpusIndexer);
    expect((await waiting(oneByOne)).length).toBe(singles.length - RECENT_MAX);
    expect(await postingsCount(oneByOne)).toBeGreaterThan(blocksBefore);
    await checkIndex(oneByOne);
    await addUserArticles(together, singles.slice(RECENT_MAX - 1), corpusIndexer);
    const written = await matches(oneByOne);
    expect(written).toEqual(await matches(together));
    expect(written[3][0]?.id).toBe(singles[RECENT_MAX - 1].id);
    expect(written[4][0]?.id).toBe(singles[RECENT_MAX + 5].id);
  });

  it('a waiting article deleted leaves the wait and is matched no more', async () => {
    const db = await fresh('delete-waiting');
    for (const article of singles.slice(0, 5)) await addUserArticles(db, [article], corpusIndexer);
    const excerpt = { text: singles[2].paragraphs.slice(0, 3).join('\n\n'), title: singles[2].title };
    expect((await matchPage(db, excerpt))[0]?.id).toBe(singles[2].id);
    await deleteArticle(db, singles[2].id, corpusIndexer);
    expect((await waiting(db)).map((r) => r.n).length).toBe(4);
    expect((await matchPage(db, excerpt)).map((m) => m.id)).not.toContain(singles[2].id);
    await checkIndex(db);
  });

  it('an add of more than RECENT_ADD articles writes its postings at once', async () => {
    const db = await fresh('batch');
    const before = await postingsCount(db);
    await addUserArticles(db, singles.slice(0, RECENT_ADD + 1), corpusIndexer);
    expect(await waiting(db)).toEqual([]);
    expect(await postingsCount(db)).toBeGreaterThan(before);
    await checkIndex(db);
  });
});
