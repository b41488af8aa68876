// The IndexedDB database through `idb`: a typed schema and versioned upgrades. It is given its
// IDBFactory so the same code runs on the browser's IndexedDB and on `fake-indexeddb` in tests.
import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Article } from '../types';
import type { DocRecord, PostingRecord } from '../match/index-schema';
import { bucketOf, emptyBucket, type TermBucketRecord } from '../match/term-buckets';
import { siteOf } from '../corpus/keep-policy';

export const DB_NAME = 'reading-context';
/**
 * 1: articles, meta and the index stores. 2: articles also indexed by address (`byUrl`), so saving a
 * page already in the corpus is recognised by its address even when its text has changed since.
 * 3: the term counts move from `termStats` (a record a term) to `terms` (a few hundred bucket
 * records, lib/match/term-buckets.ts), which also count each term's postings blocks: an import
 * writes a record a bucket, not two a term.
 * 4: articles indexed by how they came and when (`byAddedBy`: [addedBy, addedAt]), so the articles
 * kept as the user read them are counted, listed and evicted oldest first without reading the others.
 * 5: the history of kept articles is listed a page at a time by site and by outlet (`byKeptSite`:
 * [addedBy, site, addedAt]; `byKeptOutlet`: [addedBy, outlet.name, addedAt]); kept articles carry their `site`.
 */
export const DB_VERSION = 5;

export interface MetaRecord {
  key: string;
  value: unknown;
}

export interface ReadingContextDB extends DBSchema {
  articles: {
    key: string;
    value: Article;
    indexes: {
      byOrigin: string;
      byAddedAt: number;
      byUrl: string;
      byAddedBy: [string, number];
      byKeptSite: [string, string, number];
      byKeptOutlet: [string, string, number];
    };
  };
  meta: { key: string; value: MetaRecord };
  docs: { key: number; value: DocRecord; indexes: { byId: string } };
  postings: { key: [string, number]; value: PostingRecord };
  terms: { key: number; value: TermBucketRecord };
}

export type Db = IDBPDatabase<ReadingContextDB>;

/**
 * Opens (and creates or upgrades) the database on the given IndexedDB factory. `version` is for the
 * migration tests, which build a database as an older release left it.
 */
export function openCorpusDb(factory: IDBFactory = globalThis.indexedDB, name = DB_NAME, version = DB_VERSION): Promise<Db> {
  // idb's openDB always uses the global factory; open through the given one and let idb wrap it.
  const request = factory.open(name, version);
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as unknown as IDBPDatabase<ReadingContextDB>;
    const tx = wrap(request.transaction!) as unknown as IDBPTransaction<ReadingContextDB, StoreNames<ReadingContextDB>[], 'versionchange'>;
    upgradeCorpusDb(db, tx, event.oldVersion, event.newVersion ?? version);
  });
  return wrap(request) as unknown as Promise<Db>;
}

/**
 * Each schema version's changes, applied in order from the version found up to the one asked for.
 * A step never deletes or rewrites the user's records: articles survive every update; only derived
 * index data may go.
 */
function upgradeCorpusDb(
  db: IDBPDatabase<ReadingContextDB>,
  tx: IDBPTransaction<ReadingContextDB, StoreNames<ReadingContextDB>[], 'versionchange'>,
  oldVersion: number,
  newVersion: number,
): void {
  // A database some tool opened without a version exists at version 1 with no stores: it is new too.
  if (oldVersion < 1 || !db.objectStoreNames.contains('articles')) {
    const articles = db.createObjectStore('articles', { keyPath: 'id' });
    articles.createIndex('byOrigin', 'origin');
    articles.createIndex('byAddedAt', 'addedAt');
    db.createObjectStore('meta', { keyPath: 'key' });
    // Index stores (lib/match/index-schema.ts): docs are numbered so postings can hold typed arrays.
    const docs = db.createObjectStore('docs', { keyPath: 'n' });
    docs.createIndex('byId', 'id', { unique: true });
    db.createObjectStore('postings', { keyPath: ['term', 'block'] });
    // Document frequencies, until version 3 (which drops it): created so each step stays as it shipped.
    db.createObjectStore('termStats' as never, { keyPath: 'term' });
  }
  if (oldVersion < 2 && newVersion >= 2) {
    // Filled by IndexedDB from the articles already there, inside this upgrade's transaction.
    tx.objectStore('articles').createIndex('byUrl', 'url');
  }
  if (oldVersion < 3 && newVersion >= 3) {
    // Derived counts only: rebuilt from the postings, so nothing of the user's is lost.
    if (db.objectStoreNames.contains('termStats' as never)) db.deleteObjectStore('termStats' as never);
    db.createObjectStore('terms', { keyPath: 'bucket' });
    countTermsFromPostings(tx.objectStore('postings') as unknown as { openCursor(): Promise<PostingCursor | null> }, tx.objectStore('terms'));
  }
  if (oldVersion < 4 && newVersion >= 4) {
    // Articles without `addedBy` (bundled, or stored before it existed) stay out of this index.
    tx.objectStore('articles').createIndex('byAddedBy', ['addedBy', 'addedAt']);
  }
  if (oldVersion < 5 && newVersion >= 5) {
    // Articles without a `site` (all but kept ones) stay out of the site index; without an outlet, out of the other.
    const articles = tx.objectStore('articles');
    articles.createIndex('byKeptSite', ['addedBy', 'site', 'addedAt']);
    articles.createIndex('byKeptOutlet', ['addedBy', 'outlet.name', 'addedAt']);
    addSiteToKept(articles as unknown as KeptCursorSource);
  }
}

interface KeptCursor {
  value: Article;
  update(value: Article): Promise<unknown>;
  continue(): Promise<KeptCursor | null>;
}
interface KeptCursorSource {
  index(name: 'byAddedBy'): { openCursor(range: IDBKeyRange): Promise<KeptCursor | null> };
}

/** Gives the articles kept before version 5 their site (upgrade to version 5), inside the upgrade's transaction. */
function addSiteToKept(articles: KeptCursorSource): void {
  void (async () => {
    const range = IDBKeyRange.bound(['kept', -Infinity], ['kept', Infinity]);
    for (let cursor = await articles.index('byAddedBy').openCursor(range); cursor; cursor = await cursor.continue()) {
      const site = siteOf(cursor.value.url);
      if (site && cursor.value.site !== site) await cursor.update({ ...cursor.value, site });
    }
  })();
}

interface PostingCursor {
  value: PostingRecord;
  continue(): Promise<PostingCursor | null>;
}

/** Fills the term dictionary from the postings (upgrade to version 3), inside the upgrade's transaction. */
function countTermsFromPostings(postings: { openCursor(): Promise<PostingCursor | null> }, terms: { put(value: TermBucketRecord): Promise<unknown> }): void {
  const buckets = new Map<number, TermBucketRecord>();
  void (async () => {
    for (let cursor = await postings.openCursor(); cursor; cursor = await cursor.continue()) {
      const { term, docs } = cursor.value;
      const b = bucketOf(term);
      let bucket = buckets.get(b);
      if (!bucket) buckets.set(b, (bucket = emptyBucket(b)));
      bucket.df.set(term, (bucket.df.get(term) ?? 0) + docs.length);
      bucket.blocks.set(term, (bucket.blocks.get(term) ?? 0) + 1);
    }
    await Promise.all([...buckets.values()].map((bucket) => terms.put(bucket)));
  })();
}
