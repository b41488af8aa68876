// The corpus under load, on fake-indexeddb: two imports (sharing some articles), deletions and
// lookups (page matches and selection lookups) all started at once on one database, as a busy
// service worker runs them. Afterwards the store and its index agree exactly: as many documents as
// articles, one each; no posting names a document that is gone; every term's document frequency
// and block count in the dictionary equal its postings; the index's counters and common terms are
// right; and each lookup meanwhile answered, finding the articles no one touched.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openCorpusDb } from '../../lib/store/db';
import { addUserArticles, countArticles, deleteArticle, installBundledCorpus } from '../../lib/store/corpus-store';
import { corpusIndexer } from '../../lib/match/corpus-indexer';
import { matchPage } from '../../lib/match/match-page';
import { lookupSelection } from '../../lib/lookup/lookup-selection';
import { checkIndex } from './index-check';
import { readSeedDir } from '../../lib/corpus/read-seed-dir';
import { generateArticles } from '../../bench/generate-corpus';
import { loadSentencePool } from '../../bench/sentence-pool';

const corpus = await readSeedDir('seeds');
const generated = generateArticles(320, 11, loadSentencePool()).map((a, i) => ({ ...a, id: `load-${i}` }));
const before = generated.slice(0, 60); // in the corpus before; the first 12 are deleted under load
const importA = generated.slice(60, 200);
const importB = generated.slice(180, 320); // 20 articles in both imports

describe('two imports, deletions and lookups at once', () => {
  it('leave the store and the index consistent, and every lookup answered', async () => {
    const db = await openCorpusDb(new IDBFactory(), 'under-load');
    await installBundledCorpus(db, corpus, corpusIndexer);
    await addUserArticles(db, before, corpusIndexer);
    await checkIndex(db);
    const untouched = before.slice(12, 24);
    const pages = untouched.map((a) => ({ text: a.paragraphs.slice(0, 4).join('\n\n') }));

    const [a, b, deleted, matches, lookups] = await Promise.all([
      addUserArticles(db, importA, corpusIndexer),
      addUserArticles(db, importB, corpusIndexer),
      Promise.all(before.slice(0, 12).map((x) => deleteArticle(db, x.id, corpusIndexer))),
      Promise.all(pages.map((page) => matchPage(db, page))),
      Promise.all(untouched.slice(0, 3).map((x) => lookupSelection(db, x.paragraphs[1]))),
    ]);

    // Each article of the two imports landed once; the shared ones are the other import's duplicates.
    expect(a.added.length + b.added.length).toBe(260);
    expect(new Set([...a.added, ...b.added]).size).toBe(260);
    expect(a.duplicates.length + b.duplicates.length).toBe(20);
    expect(deleted.every(Boolean)).toBe(true);
    expect(await countArticles(db)).toEqual({
      total: corpus.articles.length + 60 + 260 - 12,
      bundled: corpus.articles.length,
      user: 60 + 260 - 12,
    });
    // Every lookup found its article, whatever the writes around it were doing.
    matches.forEach((found, i) => expect(found[0]).toMatchObject({ id: untouched[i].id, relation: 'same-article' }));
    lookups.forEach((result, i) => expect(result.passages.map((p) => p.articleId)).toContain(untouched[i].id));
    await checkIndex(db);
    // Deleted articles are out of the index: their own text finds them no more.
    const gone = await matchPage(db, { text: before[0].paragraphs.slice(0, 4).join('\n\n') });
    expect(gone.map((m) => m.id)).not.toContain(before[0].id);
  });
});
