// Takes articles out of the search index: their DocRecords, their postings and their share of the
// terms' counts in the dictionary. Postings blocks are append-only on import, so removal is the one place that
// rewrites them: only the blocks of the removed articles' own top terms, read one term at a time.
import type { Db } from '../store/db';
import { bucketOf, INDEX_STORES } from '../store/index-records';
import type { WriteTx } from '../store/transactions';
import { committedBlocks, readIndexMeta, waitingCounts, termRange, writeIndexMeta } from './index-tx';
import { readBuckets, writeBuckets } from './term-buckets';
import { commonTermsOf, readAllBuckets, updateCommonTerms } from './common-terms';

/** Removes the articles with these ids from the index; ids not indexed are ignored. Returns how many were removed. */
export async function removeFromIndex(db: Db, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const tx: WriteTx = db.transaction([...INDEX_STORES], 'readwrite');
  const removed = await removeFromIndexInTx(tx, ids);
  await tx.done;
  return removed;
}

/** Removes articles from the index inside a transaction the caller owns. */
export async function removeFromIndexInTx(tx: WriteTx, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const docsStore = tx.objectStore('docs');
  const byId = docsStore.index('byId');
  const records = (await Promise.all([...new Set(ids)].map((id) => byId.get(id)))).filter((r) => r !== undefined);
  if (records.length === 0) return 0;

  const gone = new Set(records.map((r) => r.n));
  const terms = [...new Set(records.flatMap((r) => r.terms))];

  const postingsStore = tx.objectStore('postings');
  const [stored, buckets, meta] = await Promise.all([
    Promise.all(terms.map((t) => postingsStore.getAll(termRange(t)))),
    readBuckets(tx, terms),
    readIndexMeta(tx),
  ]);
  // An import under way is not counted in the dictionary yet: its blocks are left as they are.
  const blocks = stored.map((b) => committedBlocks(meta, b));

  const writes: Array<Promise<unknown>> = [];
  const changed: Array<[string, number]> = [];
  terms.forEach((term, i) => {
    const bucket = buckets.get(bucketOf(term))!;
    let df = 0;
    let blockCount = 0;
    for (const block of blocks[i]) {
      let keep = 0;
      for (const n of block.docs) if (!gone.has(n)) keep++;
      df += keep;
      if (keep > 0) blockCount++;
      if (keep === block.docs.length) continue;
      if (keep === 0) {
        writes.push(postingsStore.delete([term, block.block]));
        continue;
      }
      const docs = new Uint32Array(keep);
      const tf = new Uint8Array(keep);
      let j = 0;
      block.docs.forEach((n, k) => {
        if (gone.has(n)) return;
        docs[j] = n;
        tf[j++] = block.tf[k];
      });
      writes.push(postingsStore.put({ term, block: block.block, docs, tf }));
    }
    // Counted again from what stays, so the dictionary and the postings agree exactly.
    changed.push([term, df]);
    if (df > 0) {
      bucket.df.set(term, df);
      bucket.blocks.set(term, blockCount);
    } else {
      bucket.df.delete(term);
      bucket.blocks.delete(term);
    }
  });
  writes.push(...writeBuckets(tx, buckets.values()));
  for (const record of records) writes.push(docsStore.delete(record.n));
  // Handled now: an abort (storage full) while the counters are read fails them all at once.
  const written = Promise.all(writes);
  written.catch(() => undefined);
  const known = commonTermsOf(meta);
  meta.docs = Math.max(0, meta.docs - records.length);
  // Documents whose postings were still waiting leave the wait; those that stay count in the
  // common terms' frequencies.
  if (meta.recent) meta.recent = meta.recent.filter((doc) => !gone.has(doc.n));
  const waiting = waitingCounts(meta.recent);
  const counted = changed.map(([term, df]): [string, number] => [term, df + (waiting.get(term) ?? 0)]);
  meta.common = await updateCommonTerms(known, counted, meta.docs, readAllBuckets(tx));
  await Promise.all([written, writeIndexMeta(tx, meta)]);
  return records.length;
}

/** Empties the index (to rebuild it from the articles). */
export async function clearIndex(db: Db): Promise<void> {
  const tx: WriteTx = db.transaction([...INDEX_STORES], 'readwrite');
  await Promise.all([
    tx.objectStore('docs').clear(),
    tx.objectStore('postings').clear(),
    tx.objectStore('terms').clear(),
    writeIndexMeta(tx, { docs: 0, nextDoc: 1, nextBlock: 1, common: new Map() }),
  ]);
  await tx.done;
}
