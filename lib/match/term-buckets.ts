// The index's term dictionary: per term, how many documents have it among their top terms (its
// document frequency) and in how many postings blocks they lie. Terms are kept in a fixed number of
// bucket records (a term's bucket is a hash of it): an import writes at most TERM_BUCKETS records
// for its terms however many it brings (a record a term cost more than all the rest of an import),
// and a match reads one small record for each term it looks up.
import type { IndexReadTx, IndexWriteTx } from './index-tx';

/** Bucket records of the dictionary. */
export const TERM_BUCKETS = 512;

export interface TermBucketRecord {
  bucket: number;
  /** Documents that have the term. */
  df: Map<string, number>;
  /** Postings blocks the term's documents lie in. */
  blocks: Map<string, number>;
}

/** The bucket of a term: FNV-1a over its UTF-16 code units. */
export function bucketOf(term: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) {
    h ^= term.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % TERM_BUCKETS;
}

export function emptyBucket(bucket: number): TermBucketRecord {
  return { bucket, df: new Map(), blocks: new Map() };
}

/** The buckets of these terms, one request each, in one round; missing buckets come back empty. */
export async function readBuckets(tx: IndexReadTx, terms: Iterable<string>): Promise<Map<number, TermBucketRecord>> {
  const wanted = [...new Set([...terms].map(bucketOf))];
  const store = tx.objectStore('terms');
  const records = await Promise.all(wanted.map((b) => store.get(b)));
  return new Map(wanted.map((b, i) => [b, records[i] ?? emptyBucket(b)]));
}

/** The document frequency of a term, from the buckets read for it. */
export function dfOf(buckets: Map<number, TermBucketRecord>, term: string): number {
  return buckets.get(bucketOf(term))?.df.get(term) ?? 0;
}

/** Writes buckets back (emptied ones are deleted); requests issued at once. */
export function writeBuckets(tx: IndexWriteTx, buckets: Iterable<TermBucketRecord>): Array<Promise<unknown>> {
  const store = tx.objectStore('terms');
  return [...buckets].map((b) => (b.df.size === 0 ? store.delete(b.bucket) : store.put(b)));
}
