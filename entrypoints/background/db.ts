// One database connection per service-worker life, opened on first use. It closes itself when a newer
// version of the extension asks for the database; the next use opens it again.
import { DB_NAME, DB_VERSION, openCorpusDb, type Db } from '@/lib/store/db';

let db: Promise<Db> | null = null;

export function getDb(): Promise<Db> {
  db ??= openCorpusDb(indexedDB, DB_NAME, DB_VERSION, { onVersionChange: () => (db = null) }).catch((error) => {
    db = null;
    throw error;
  });
  return db;
}
