// The IndexedDB database through `idb`: a typed schema and versioned upgrades. It is given its
// IDBFactory so the same code runs on the browser's IndexedDB and on `fake-indexeddb` in tests.
import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import type { Article } from '../types';
import type { DocRecord, PostingRecord, TermStatRecord } from '../match/index-schema';

export const DB_NAME = 'reading-context';
export const DB_VERSION = 1;

export interface MetaRecord {
  key: string;
  value: unknown;
}

export interface ReadingContextDB extends DBSchema {
  articles: {
    key: string;
    value: Article;
    indexes: { byOrigin: string; byAddedAt: number };
  };
  meta: { key: string; value: MetaRecord };
  docs: { key: number; value: DocRecord; indexes: { byId: string } };
  postings: { key: [string, number]; value: PostingRecord };
  termStats: { key: string; value: TermStatRecord };
}

export type Db = IDBPDatabase<ReadingContextDB>;

/** Opens (and creates or upgrades) the database on the given IndexedDB factory. */
export function openCorpusDb(factory: IDBFactory = globalThis.indexedDB, name = DB_NAME): Promise<Db> {
  // idb's openDB always uses the global factory; open through the given one and let idb wrap it.
  const request = factory.open(name, DB_VERSION);
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as unknown as IDBPDatabase<ReadingContextDB>;
    upgradeCorpusDb(db, event.oldVersion);
  });
  return wrap(request) as unknown as Promise<Db>;
}

/** Each schema version's changes, applied in order from the version found. */
function upgradeCorpusDb(db: IDBPDatabase<ReadingContextDB>, oldVersion: number): void {
  if (oldVersion < 1) {
    const articles = db.createObjectStore('articles', { keyPath: 'id' });
    articles.createIndex('byOrigin', 'origin');
    articles.createIndex('byAddedAt', 'addedAt');
    db.createObjectStore('meta', { keyPath: 'key' });
    // Index stores (lib/match/index-schema.ts): docs are numbered so postings can hold typed arrays.
    const docs = db.createObjectStore('docs', { keyPath: 'n' });
    docs.createIndex('byId', 'id', { unique: true });
    db.createObjectStore('postings', { keyPath: ['term', 'block'] });
    db.createObjectStore('termStats', { keyPath: 'term' });
  }
}
