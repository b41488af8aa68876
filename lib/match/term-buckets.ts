// Reading and writing the index's term dictionary (its bucket records, lib/store/index-records.ts)
// inside a transaction: a match reads one small record for each term it looks up, an import writes
// a record a bucket rather than one a term.
import { bucketOf, emptyBucket, type TermBucketRecord } from '../store/index-records';
import type { ReadTx, WriteTx } from '../store/transactions';

/** The buckets of these terms, one request each, in one round; missing buckets come back empty. */
export async function readBuckets(tx: ReadTx, terms: Iterable<string>): Promise<Map<number, TermBucketRecord>> {
  const wanted = [...new Set([...terms].map(bucketOf))];
  const store = tx.objectStore('terms');
  const records = await Promise.all(wanted.map((b) => store.get(b)));
  return new Map(wanted.map((b, i) => [b, records[i] ?? emptyBucket(b)]));
}

/** Writes buckets back (emptied ones are deleted; blocks of removed documents alone keep theirs); requests issued at once. */
export function writeBuckets(tx: WriteTx, buckets: Iterable<TermBucketRecord>): Array<Promise<unknown>> {
  const store = tx.objectStore('terms');
  return [...buckets].map((b) => (b.df.size === 0 && b.blocks.size === 0 ? store.delete(b.bucket) : store.put(b)));
}
