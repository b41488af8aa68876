// The index counters in `meta`, the key range of a term's postings, and plain stores for the import's
// writes, inside a transaction that covers the index stores (lib/store/transactions.ts).
import { unwrap } from 'idb';
import { INDEX_META_KEY, RECENT_SEPARATOR, type IndexMeta, type RecentDoc } from '../store/index-records';
import type { ReadTx, WriteTx } from '../store/transactions';

export async function readIndexMeta(tx: ReadTx): Promise<IndexMeta> {
  const record = await tx.objectStore('meta').get(INDEX_META_KEY);
  const value = record?.value as Partial<IndexMeta> | undefined;
  const meta: IndexMeta = { docs: value?.docs ?? 0, nextDoc: value?.nextDoc ?? 1, nextBlock: value?.nextBlock ?? 1 };
  if (value?.common instanceof Map) meta.common = value.common;
  if (Array.isArray(value?.recent) && value.recent.length > 0) meta.recent = value.recent;
  if (Array.isArray(value?.removed) && value.removed.length > 0) meta.removed = value.removed;
  if (Array.isArray(value?.staged) && value.staged.length > 0) meta.staged = value.staged;
  if (value?.legacyPostings === true) meta.legacyPostings = true;
  return meta;
}

/** The blocks of an import not committed yet: written, but read by nothing until it commits. */
export function isStaged(meta: IndexMeta, block: number): boolean {
  return meta.staged?.some((s) => block >= s.from && block < s.to) ?? false;
}

/** The blocks a match, a removal or a merge reads: those of committed imports. */
export function committedBlocks<T extends { block: number }>(meta: IndexMeta, blocks: T[]): T[] {
  return meta.staged ? blocks.filter((b) => !isStaged(meta, b.block)) : blocks;
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
export function rawStore(tx: WriteTx, name: 'articles' | 'docs' | 'postings' | 'postingBlocks'): IDBObjectStore {
  return unwrap(tx.objectStore(name)) as unknown as IDBObjectStore;
}

/** Postings of some documents, per term, in document order. */
export type PostingLists = Map<string, { docs: number[]; tf: number[] }>;

export function addPostings(postings: PostingLists, n: number, terms: readonly string[], tf: ArrayLike<number>): void {
  terms.forEach((term, i) => {
    let list = postings.get(term);
    if (!list) postings.set(term, (list = { docs: [], tf: [] }));
    list.docs.push(n);
    list.tf.push(tf[i]);
  });
}

/** The waiting documents' postings for these terms (all their terms when `only` is absent). */
export function recentPostings(recent: readonly RecentDoc[] | undefined, only?: ReadonlySet<string>): PostingLists {
  const postings: PostingLists = new Map();
  for (const doc of recent ?? []) {
    const terms = doc.terms.split(RECENT_SEPARATOR);
    if (!only) addPostings(postings, doc.n, terms, doc.tf);
    else
      terms.forEach((term, i) => {
        if (only.has(term)) addPostings(postings, doc.n, [term], [doc.tf[i]]);
      });
  }
  return postings;
}

/** How many waiting documents have each term: their share of a term's document frequency. */
export function waitingCounts(recent: readonly RecentDoc[] | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  for (const doc of recent ?? [])
    for (const term of doc.terms.split(RECENT_SEPARATOR)) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

/** The numbers of the documents removed whose postings are still in their blocks, or null when none. */
export function removedDocs(meta: IndexMeta): Set<number> | null {
  return meta.removed ? new Set(meta.removed.map((d) => d.n)) : null;
}

/** A postings block without the removed documents (the block itself when it holds none of them). */
export function withoutRemoved<T extends { docs: ArrayLike<number>; tf: ArrayLike<number> }>(
  block: T,
  removed: ReadonlySet<number>,
): { docs: ArrayLike<number>; tf: ArrayLike<number> } {
  let hit = false;
  for (let k = 0; k < block.docs.length && !hit; k++) hit = removed.has(block.docs[k]);
  if (!hit) return block;
  const docs: number[] = [];
  const tf: number[] = [];
  for (let k = 0; k < block.docs.length; k++)
    if (!removed.has(block.docs[k])) {
      docs.push(block.docs[k]);
      tf.push(block.tf[k]);
    }
  return { docs, tf };
}
