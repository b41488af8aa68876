// Reading and writing the index's term dictionary (its bucket records, lib/store/index-records.ts)
// inside a transaction: a match reads one small record for each term it looks up, an import writes
// a record a bucket rather than one a term.
import { bucketOf, emptyBucket, TERM_BUCKETS, type TermBucketRecord } from '../store/index-records';
import type { ReadTx, WriteTx } from '../store/transactions';

/**
 * From this many buckets wanted, the whole dictionary is read in one request: hundreds of requests
 * cost the browser and this thread more than the few buckets read with them that the terms do not
 * need (at most a third more). An import of a few hundred articles, or the waiting documents' postings
 * written at once, touch nearly every bucket; a page kept or removed alone, a few dozen.
 */
export const READ_ALL_BUCKETS_FROM = (TERM_BUCKETS * 3) / 4;

/**
 * The buckets of these terms, in one round (a request each, or one for all of them when they are
 * many); missing buckets come back empty.
 */
export async function readBuckets(tx: ReadTx, terms: Iterable<string>): Promise<Map<number, TermBucketRecord>> {
  const wanted = [...new Set([...terms].map(bucketOf))];
  const store = tx.objectStore('terms');
  if (wanted.length >= READ_ALL_BUCKETS_FROM) {
    const all = new Map((await store.getAll()).map((record) => [record.bucket, record]));
    return new Map(wanted.map((b) => [b, all.get(b) ?? emptyBucket(b)]));
  }
  const records = await Promise.all(wanted.map((b) => store.get(b)));
  return new Map(wanted.map((b, i) => [b, records[i] ?? emptyBucket(b)]));
}

/** Writes buckets back (emptied ones are deleted; blocks of removed documents alone keep theirs); requests issued at once. */
export function writeBuckets(tx: WriteTx, buckets: Iterable<TermBucketRecord>): Array<Promise<unknown>> {
  const store = tx.objectStore('terms');
  return [...buckets].map((b) => (b.df.size === 0 && b.blocks.size === 0 ? store.delete(b.bucket) : store.put(b)));
}
