// One database connection per service-worker life, opened on first use.
import { openCorpusDb, type Db } from '@/lib/store/db';

let db: Promise<Db> | null = null;

export function getDb(): Promise<Db> {
  db ??= openCorpusDb(indexedDB).catch((error) => {
    db = null;
    throw error;
  });
  return db;
}
