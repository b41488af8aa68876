// An update from an older database version, with a reader's own articles in it: the database as
// release 0.1 (schema version 1) and as the last build at schema version 2 left it is built from a
// stored fixture (tests/fixtures/db/v1.json and v2.json, written by scripts/make-db-fixture.ts of
// those builds), then opened by the current code, as the service worker of the updated extension
// opens it. Every user article must survive record for record, and still be found.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { unwrap } from 'idb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DB_NAME, DB_VERSION, openCorpusDb } from '../../lib/store/db';
import { addUserArticles, findArticleByUrl, installBundledCorpus } from '../../lib/store/corpus-store';
import { corpusIndexer } from '../../lib/match/corpus-indexer';
import { matchPage } from '../../lib/match/match-page';
import { readSeedDir } from '../../lib/corpus/read-seed-dir';
import { compileArticle } from '../../lib/corpus/compile-corpus';
import type { Article } from '../../lib/types';
import { decodeValue, restoreDb, schemaOf, type DbSnapshot } from '../../scripts/db-snapshot';

const corpus = await readSeedDir('seeds');

function loadFixture(version: number) {
  const snapshot = JSON.parse(readFileSync(`tests/fixtures/db/v${version}.json`, 'utf8')) as DbSnapshot;
  const storeOf = (name: string) => snapshot.stores.find((s) => s.name === name)!;
  const articles = storeOf('articles').records.map(decodeValue) as Article[];
  return { snapshot, storeOf, articles, user: articles.filter((a) => a.origin === 'user') };
}

describe.each([1, 2])('the version-%i fixture, opened with the current code', (version) => {
  const { snapshot: fixture, storeOf, articles: articlesBefore, user: userArticles } = loadFixture(version);

  /** A browser profile holding the database as the older build left it. */
  async function profileAtFixture(): Promise<IDBFactory> {
    const factory = new IDBFactory();
    await restoreDb(factory, fixture, DB_NAME);
    return factory;
  }

  describe('the fixture', () => {
    it('holds user articles, the bundled corpus and its index, at its schema version', () => {
      expect(fixture.version).toBe(version);
      expect(DB_VERSION).toBeGreaterThan(fixture.version);
      expect(userArticles.length).toBe(4);
      expect(storeOf('docs').records.length).toBe(articlesBefore.length);
      expect(storeOf('postings').records.length).toBeGreaterThan(100);
    });

    it('has the schema that the upgrade steps up to its version still create', async () => {
      const db = await openCorpusDb(new IDBFactory(), `schema-v${version}`, version);
      expect(schemaOf(unwrap(db))).toEqual(fixture.stores.map(({ records: _, ...schema }) => schema));
      db.close();
    });
  });

  describe('opening it with the current code', () => {
    let factory: IDBFactory;
    beforeEach(async () => {
      factory = await profileAtFixture();
    });

    it('keeps every article, user and bundled, exactly as it was', async () => {
      const db = await openCorpusDb(factory);
      expect(db.version).toBe(DB_VERSION);
      const after = await db.getAll('articles');
      expect(after).toHaveLength(articlesBefore.length);
      for (const article of articlesBefore) expect(await db.get('articles', article.id)).toEqual(article);
      expect(await db.countFromIndex('articles', 'byOrigin', 'user')).toBe(userArticles.length);
    });

    it('keeps the index: each user article is still found by its own text, and by no stale entry', async () => {
      const db = await openCorpusDb(factory);
      expect(await db.count('docs')).toBe(storeOf('docs').records.length);
      expect(await db.count('postings')).toBe(storeOf('postings').records.length);
      // Postings records come with version 6, in a store of their own, empty until the next add; the
      // counters say the blocks written before are to be read.
      expect(await db.count('postingBlocks')).toBe(0);
      expect(((await db.get('meta', 'index'))?.value as { legacyPostings?: boolean }).legacyPostings).toBe(true);
      // The document frequencies versions 1 and 2 kept a record a term are counted again from the postings.
      expect(db.objectStoreNames.contains('termStats' as never)).toBe(false);
      const counted = new Map<string, number>();
      for (const p of await db.getAll('postings')) counted.set(p.term, (counted.get(p.term) ?? 0) + p.docs.length);
      const stored = new Map((await db.getAll('terms')).flatMap((b) => [...b.df]));
      expect(stored).toEqual(counted);
      const oldStats = storeOf('termStats').records as Array<{ term: string; df: number }>;
      expect(oldStats.length).toBeGreaterThan(100);
      for (const { term, df } of oldStats) expect(stored.get(term)).toBe(df);
      for (const article of userArticles.filter((a) => a.paragraphs.join(' ').length > 200)) {
        const matches = await matchPage(db, { text: article.paragraphs.join('\n\n'), title: article.title });
        expect(matches[0]).toMatchObject({ id: article.id, relation: 'same-article' });
      }
    });

    it('fills the new address index from the articles already there', async () => {
      const db = await openCorpusDb(factory);
      const withUrl = userArticles.filter((a) => a.url);
      expect(withUrl.length).toBeGreaterThan(1);
      for (const article of withUrl) expect((await findArticleByUrl(db, [null, article.url]))?.id).toBe(article.id);
      expect(await findArticleByUrl(db, ['https://nowhere.example/'])).toBeUndefined();
    });

    it('adds, and reinstalls the bundled corpus, after the upgrade without touching user articles', async () => {
      const db = await openCorpusDb(factory);
      const outcome = await installBundledCorpus(db, corpus, corpusIndexer);
      // The same bundled corpus: nothing to change, and the user articles are not even counted.
      expect(outcome).toMatchObject({ changed: false, userArticles: null });
      expect(await db.countFromIndex('articles', 'byOrigin', 'user')).toBe(userArticles.length);
      const fresh = compileArticle(
        {
          name: 'new.txt',
          text: 'Title: Ferry service resumes\n---\nThe ferry service resumed on Tuesday after repairs to the pier, the operator said.',
        },
        corpus.outlets,
        'user',
      );
      expect((await addUserArticles(db, [fresh], corpusIndexer)).added).toEqual([fresh.id]);
      for (const article of userArticles) expect(await db.get('articles', article.id)).toEqual(article);
      expect(await db.countFromIndex('articles', 'byOrigin', 'user')).toBe(userArticles.length + 1);
    });

    it('is what the updated service worker opens: its corpus check keeps the user articles', async () => {
      fakeBrowser.reset();
      globalThis.indexedDB = factory;
      vi.stubGlobal('fetch', async () => new Response(JSON.stringify(corpus)));
      vi.resetModules();
      const { ensureCorpus } = await import('../../entrypoints/background/corpus');
      const { getDb } = await import('../../entrypoints/background/db');
      expect((await ensureCorpus()).changed).toBe(false);
      const db = await getDb();
      expect(await db.countFromIndex('articles', 'byOrigin', 'user')).toBe(userArticles.length);
      expect(db.version).toBe(DB_VERSION);
      for (const article of userArticles) expect(await db.get('articles', article.id)).toEqual(article);
      vi.unstubAllGlobals();
    });
  });
});
