// The term dictionary's bucket reads (lib/match/term-buckets.ts): a few buckets are read one request
// each, many in one request for the whole store; both give the same records, and a bucket not
// stored yet comes back empty.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openCorpusDb } from '../../lib/store/db';
import { bucketOf, TERM_BUCKETS, type TermBucketRecord } from '../../lib/store/index-records';
import { READ_ALL_BUCKETS_FROM, readBuckets, writeBuckets } from '../../lib/match/term-buckets';

/** Terms spread over at least `count` distinct buckets. */
function termsOverBuckets(count: number): string[] {
  const terms: string[] = [];
  const seen = new Set<number>();
  for (let i = 0; seen.size < count; i++) {
    const term = `term${i}`;
    if (!seen.has(bucketOf(term))) {
      seen.add(bucketOf(term));
      terms.push(term);
    }
  }
  return terms;
}

describe('readBuckets', () => {
  it('reads the same records whether it asks bucket by bucket or for the whole dictionary', async () => {
    const db = await openCorpusDb(new IDBFactory());
    // Every other bucket stored, each with its term counted.
    const all = termsOverBuckets(TERM_BUCKETS);
    const stored = all.filter((_, i) => i % 2 === 0);
    const write = db.transaction(['terms'], 'readwrite');
    const records: TermBucketRecord[] = stored.map((term) => ({
      bucket: bucketOf(term),
      df: new Map([[term, 3]]),
      blocks: new Map([[term, 1]]),
    }));
    await Promise.all([...writeBuckets(write, records), write.done]);

    const few = all.slice(0, 10);
    const many = all.slice(0, READ_ALL_BUCKETS_FROM + 10);
    expect(few.length).toBeLessThan(READ_ALL_BUCKETS_FROM);
    for (const terms of [few, many]) {
      const tx = db.transaction(['terms'], 'readonly');
      const buckets = await readBuckets(tx, terms);
      expect(buckets.size).toBe(terms.length);
      terms.forEach((term, i) => {
        const bucket = buckets.get(bucketOf(term))!;
        expect(bucket.bucket).toBe(bucketOf(term));
        // Stored ones come back as written; the others empty, to be filled.
        expect(bucket.df.get(term)).toBe(i % 2 === 0 ? 3 : undefined);
        expect(bucket.blocks.size).toBe(i % 2 === 0 ? 1 : 0);
      });
      // Only the buckets asked for: the whole dictionary read for many is not handed on.
      expect([...buckets.keys()].sort()).toEqual([...new Set(terms.map(bucketOf))].sort());
    }
    db.close();
  });
});
