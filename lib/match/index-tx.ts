// The transaction types the index code runs in, and the index counters in `meta`.
import { unwrap, type IDBPTransaction, type StoreNames } from 'idb';
import type { ReadingContextDB } from '../store/db';
import { INDEX_META_KEY, type IndexMeta } from './index-schema';

type AnyStores = ArrayLike<StoreNames<ReadingContextDB>>;
/** A read-write transaction that covers at least the index stores. */
export type IndexWriteTx = IDBPTransaction<ReadingContextDB, AnyStores, 'readwrite'>;
/** A transaction that covers at least the index stores (and `articles` when matching). */
export type IndexReadTx = IDBPTransaction<ReadingContextDB, AnyStores, 'readonly' | 'readwrite'>;

export async function readIndexMeta(tx: IndexReadTx): Promise<IndexMeta> {
  const record = await tx.objectStore('meta').get(INDEX_META_KEY);
  const value = record?.value as Partial<IndexMeta> | undefined;
  const meta: IndexMeta = { docs: value?.docs ?? 0, nextDoc: value?.nextDoc ?? 1, nextBlock: value?.nextBlock ?? 1 };
  if (value?.common instanceof Map) meta.common = value.common;
  return meta;
}

export function writeIndexMeta(tx: IndexWriteTx, meta: IndexMeta): Promise<string> {
  return tx.objectStore('meta').put({ key: INDEX_META_KEY, value: meta });
}

/** Every block of one term's postings lies in this key range. */
export function termRange(term: string): IDBKeyRange {
  return IDBKeyRange.bound([term, 0], [term, Number.MAX_SAFE_INTEGER]);
}

/**
 * The browser's own object store under a transaction's wrapper, for bulk writes sent with no
 * promise each (idb makes one per request, which costs as much as a small write). A failed write
 * aborts the whole transaction, so the next awaited request of it, and the transaction, fail.
 */
export function rawStore(tx: IndexWriteTx, name: 'docs' | 'postings'): IDBObjectStore {
  return unwrap(tx.objectStore(name)) as unknown as IDBObjectStore;
}
