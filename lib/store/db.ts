// The IndexedDB database through `idb`: a typed schema and versioned upgrades. It is given its
// IDBFactory so the same code runs on the browser's IndexedDB and on `fake-indexeddb` in tests.
import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Article } from '../types';
import {
  bucketOf,
  INDEX_META_KEY,
  emptyBucket,
  type DocRecord,
  type PostingRecord,
  type PostingBlockRecord,
  type TermBucketRecord,
} from './index-records';
import { siteOf } from '../corpus/keep-policy';

export const DB_NAME = 'reading-context';
/**
 * 1: articles, meta and the index stores. 2: articles also indexed by address (`byUrl`), so saving a
 * page already in the corpus is recognised by its address even when its text has changed since.
 * 3: the term counts move from `termStats` (a record a term) to `terms` (a few hundred bucket
 * records, lib/store/index-records.ts), which also count each term's postings blocks: an import
 * writes a record a bucket, not two a term.
 * 4: articles indexed by how they came and when (`byAddedBy`: [addedBy, addedAt]), so the articles
 * kept as the user read them are counted, listed and evicted oldest first without reading the others.
 * 5: the history of kept articles is listed a page at a time by site and by outlet (`byKeptSite`:
 * [addedBy, site, addedAt]; `byKeptOutlet`: [addedBy, outlet.name, addedAt]); kept articles carry their `site`.
 * 6: postings blocks are written to `postingBlocks`, found by term through its multiEntry index
 * `byTerm`, where the terms new to the index that few documents of a batch have share records, dozens
 * to a record; the blocks written before stay in `postings`, read while the index has any.
 */
export const DB_VERSION = 6;

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
  postingBlocks: { key: number; value: PostingBlockRecord; indexes: { byTerm: string } };
  terms: { key: number; value: TermBucketRecord };
}

export type Db = IDBPDatabase<ReadingContextDB>;

/** Another page of the extension holds the database open at an older version, so it cannot be upgraded. */
export class DatabaseBlockedError extends Error {
  constructor() {
    super(
      'Reading Context is updating its database, but another Reading Context page still has it open: close other Reading Context pages (or restart the browser), then try again.',
    );
    this.name = 'DatabaseBlockedError';
  }
}

/** The database was written by a newer release than this one; it is left as it is. */
export class DatabaseTooNewError extends Error {
  constructor(found: number | null, known: number) {
    super(
      `Your corpus was saved by a newer version of Reading Context (database version ${found ?? 'unknown'}; this version reads up to ${known}). ` +
        'Nothing was deleted: update the extension to use it.',
    );
    this.name = 'DatabaseTooNewError';
  }
}

/** The version an existing database is at (for the message when it is newer than the code). */
async function versionOf(factory: IDBFactory, name: string): Promise<number | null> {
  const databases = await factory.databases?.().catch(() => null);
  return databases?.find((d) => d.name === name)?.version ?? null;
}

export interface OpenOptions {
  /** Called when this connection closes because a newer version of the code wants the database. */
  onVersionChange?: () => void;
}

/**
 * Opens (and creates or upgrades) the database on the given IndexedDB factory. `version` is for the
 * migration tests, which build a database as an older release left it.
 *
 * Every connection closes itself when a newer version asks for the database (`versionchange`), so an
 * older page never holds up an update. An open that is blocked anyway rejects at once with
 * DatabaseBlockedError (saying what to close) instead of waiting unseen; a database newer than the code
 * rejects with DatabaseTooNewError and is not touched; an upgrade resolves only once all its work,
 * the term recount included, is done, and rejects with the cause when any of it failed.
 */
export function openCorpusDb(
  factory: IDBFactory = globalThis.indexedDB,
  name = DB_NAME,
  version = DB_VERSION,
  options: OpenOptions = {},
): Promise<Db> {
  // idb's openDB always uses the global factory; open through the given one and let idb wrap it.
  const request = factory.open(name, version);
  let upgradeWork: Promise<void> = Promise.resolve();
  let upgradeTx: IDBTransaction | null = null;
  let settled = false;
  return new Promise<Db>((resolve, reject) => {
    request.addEventListener('upgradeneeded', (event) => {
      const db = wrap(request.result) as unknown as IDBPDatabase<ReadingContextDB>;
      upgradeTx = request.transaction;
      const tx = wrap(request.transaction!) as unknown as IDBPTransaction<
        ReadingContextDB,
        StoreNames<ReadingContextDB>[],
        'versionchange'
      >;
      upgradeWork = upgradeCorpusDb(db, tx, event.oldVersion, event.newVersion ?? version);
      // Its failure aborts the upgrade; the open then fails and the cause is given below.
      upgradeWork.catch(() => undefined);
      tx.done.catch(() => undefined);
    });
    request.addEventListener('blocked', () => {
      settled = true;
      reject(new DatabaseBlockedError());
    });
    request.addEventListener('success', () => {
      const raw = request.result;
      if (settled) {
        // Unblocked after its caller was told: the next open will find it free.
        raw.close();
        return;
      }
      raw.addEventListener('versionchange', () => {
        raw.close();
        options.onVersionChange?.();
      });
      settled = true;
      resolve(wrap(raw) as unknown as Db);
    });
    request.addEventListener('error', (event) => {
      event.preventDefault();
      if (settled) return;
      settled = true;
      const error = request.error;
      if (error?.name === 'VersionError') {
        void versionOf(factory, name).then((found) => reject(new DatabaseTooNewError(found, version)));
        return;
      }
      // An upgrade step that failed says why (its transaction's error first: storage full, say,
      // leaves its pending requests only a bare AbortError).
      upgradeWork.then(
        () => reject(error),
        (failure: unknown) => {
          const cause = upgradeTx?.error ?? failure;
          const text = (cause as Error)?.message || (cause as Error)?.name || String(cause);
          reject(
            new Error(`The database could not be upgraded to version ${version} (${text}). Nothing was changed.`, {
              cause,
            }),
          );
        },
      );
    });
  });
}

/**
 * Each schema version's changes, applied in order from the version found up to the one asked for.
 * A step never deletes or rewrites the user's records: articles survive every update; only derived
 * index data may go.
 */
async function upgradeCorpusDb(
  db: IDBPDatabase<ReadingContextDB>,
  tx: IDBPTransaction<ReadingContextDB, StoreNames<ReadingContextDB>[], 'versionchange'>,
  oldVersion: number,
  newVersion: number,
): Promise<void> {
  let recount: Promise<void> = Promise.resolve();
  let siteFill: Promise<void> = Promise.resolve();
  let legacy: Promise<void> = Promise.resolve();
  // A database some tool opened without a version exists at version 1 with no stores: it is new too.
  if (oldVersion < 1 || !db.objectStoreNames.contains('articles')) {
    const articles = db.createObjectStore('articles', { keyPath: 'id' });
    articles.createIndex('byOrigin', 'origin');
    articles.createIndex('byAddedAt', 'addedAt');
    db.createObjectStore('meta', { keyPath: 'key' });
    // Index stores (lib/store/index-records.ts): docs are numbered so postings can hold typed arrays.
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
    // Schema changes must be made before the first await (the transaction would be busy with the
    // recount): the later steps' changes are started first, and the recount awaited last.
    recount = countTermsFromPostings(tx);
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
    siteFill = addSiteToKept(tx);
  }
  if (oldVersion < 6 && newVersion >= 6) {
    // A new store, empty: the postings written before stay in theirs, and the counters say so.
    db.createObjectStore('postingBlocks', { keyPath: 'block' }).createIndex('byTerm', 'terms', { multiEntry: true });
    legacy = markLegacyPostings(tx);
  }
  await recount;
  await siteFill;
  await legacy;
}

/** Notes in the index's counters that it has postings in the `postings` store (upgrade to version 6). */
async function markLegacyPostings(
  tx: IDBPTransaction<ReadingContextDB, StoreNames<ReadingContextDB>[], 'versionchange'>,
): Promise<void> {
  if ((await tx.objectStore('postings').count()) === 0) return;
  const meta = tx.objectStore('meta');
  const record = await meta.get(INDEX_META_KEY);
  const value = (record?.value ?? { docs: 0, nextDoc: 1, nextBlock: 1 }) as Record<string, unknown>;
  await meta.put({ key: INDEX_META_KEY, value: { ...value, legacyPostings: true } });
}

/** Gives the articles kept before version 5 their site (upgrade to version 5), inside the upgrade's transaction. */
async function addSiteToKept(
  tx: IDBPTransaction<ReadingContextDB, StoreNames<ReadingContextDB>[], 'versionchange'>,
): Promise<void> {
  const range = IDBKeyRange.bound(['kept', -Infinity], ['kept', Infinity]);
  for (
    let cursor = await tx.objectStore('articles').index('byAddedBy').openCursor(range);
    cursor;
    cursor = await cursor.continue()
  ) {
    const site = siteOf(cursor.value.url);
    if (site && cursor.value.site !== site) await cursor.update({ ...cursor.value, site });
  }
}

/** Fills the term dictionary from the postings (upgrade to version 3), inside the upgrade's transaction. */
async function countTermsFromPostings(
  tx: IDBPTransaction<ReadingContextDB, StoreNames<ReadingContextDB>[], 'versionchange'>,
): Promise<void> {
  const postings = tx.objectStore('postings');
  const terms = tx.objectStore('terms');
  const buckets = new Map<number, TermBucketRecord>();
  for (let cursor = await postings.openCursor(); cursor; cursor = await cursor.continue()) {
    const { term, docs } = cursor.value;
    const b = bucketOf(term);
    let bucket = buckets.get(b);
    if (!bucket) buckets.set(b, (bucket = emptyBucket(b)));
    bucket.df.set(term, (bucket.df.get(term) ?? 0) + docs.length);
    bucket.blocks.set(term, (bucket.blocks.get(term) ?? 0) + 1);
  }
  await Promise.all([...buckets.values()].map((bucket) => terms.put(bucket)));
}
