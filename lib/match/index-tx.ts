// The index counters in `meta`, the key range of a term's postings, and plain stores for the import's
// writes, inside a transaction that covers the index stores (lib/store/transactions.ts).
import { unwrap } from 'idb';
import { INDEX_META_KEY, type IndexMeta } from '../store/index-records';
import type { ReadTx, WriteTx } from '../store/transactions';

export async function readIndexMeta(tx: ReadTx): Promise<IndexMeta> {
  const record = await tx.objectStore('meta').get(INDEX_META_KEY);
  const value = record?.value as Partial<IndexMeta> | undefined;
  const meta: IndexMeta = { docs: value?.docs ?? 0, nextDoc: value?.nextDoc ?? 1, nextBlock: value?.nextBlock ?? 1 };
  if (value?.common instanceof Map) meta.common = value.common;
  return meta;
}

export function writeIndexMeta(tx: WriteTx, meta: IndexMeta): Promise<string> {
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
export function rawStore(tx: WriteTx, name: 'docs' | 'postings'): IDBObjectStore {
  return unwrap(tx.objectStore(name)) as unknown as IDBObjectStore;
}
