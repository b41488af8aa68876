// Takes articles out of the search index: their DocRecords, their postings and their share of the
// terms' counts in the dictionary. Postings blocks are append-only on import, so removal is the one place that
// rewrites them: only the blocks of the removed articles' own top terms, read one term at a time.
import type { Db } from '../store/db';
import {
  bucketOf,
  INDEX_STORES,
  RECENT_SEPARATOR,
  STORED_FILTER_KEY,
  type DocRecord,
  type IndexMeta,
  type RecentDoc,
} from '../store/index-records';
import type { WriteTx } from '../store/transactions';
import { committedBlocks, readIndexMeta, waitingCounts, writeIndexMeta } from './index-tx';
import { BlockRewrites, readTermBlocks } from './posting-blocks';
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

/**
 * Removals whose postings may wait in their blocks (skipped by matches) before the blocks of all their
 * terms are rewritten at once: a removal then costs a few requests, not a rewrite of 64 terms' blocks.
 */
export const REMOVED_MAX = 48;

/** Removes articles from the index inside a transaction the caller owns. */
export async function removeFromIndexInTx(tx: WriteTx, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const docsStore = tx.objectStore('docs');
  const byId = docsStore.index('byId');
  const [found, meta] = await Promise.all([
    Promise.all([...new Set(ids)].map((id) => byId.get(id))),
    readIndexMeta(tx),
  ]);
  const records = found.filter((r) => r !== undefined);
  if (records.length === 0) return 0;

  // Documents still waiting in the counters' record are in no block; the others leave their postings.
  const waitingNumbers = new Set((meta.recent ?? []).map((d) => d.n));
  const posted = records.filter((r) => !waitingNumbers.has(r.n));
  const pending: RecentDoc[] = [
    ...(meta.removed ?? []),
    ...posted.map((r) => ({ n: r.n, terms: r.terms.join(RECENT_SEPARATOR), tf: new Uint8Array(0) })),
  ];
  const writes: Array<Promise<unknown>> = [];
  let changed: Array<[string, number]>;
  if (pending.length >= REMOVED_MAX) {
    // Every removal waiting, this one's included: the blocks of all their terms, rewritten once.
    const gone = new Set([...records.map((r) => r.n), ...pending.map((d) => d.n)]);
    const terms = new Set(records.flatMap((r) => r.terms));
    for (const doc of pending) for (const term of doc.terms.split(RECENT_SEPARATOR)) terms.add(term);
    changed = await rewriteBlocks(tx, meta, [...terms], gone, writes);
    delete meta.removed;
  } else {
    changed = await uncount(tx, records, posted, writes);
    meta.removed = pending.length > 0 ? pending : undefined;
    if (!meta.removed) delete meta.removed;
  }
  for (const record of records) writes.push(docsStore.delete(record.n));
  // Handled now: an abort (storage full) while the counters are read fails them all at once.
  const written = Promise.all(writes);
  written.catch(() => undefined);
  const known = commonTermsOf(meta);
  meta.docs = Math.max(0, meta.docs - records.length);
  // Documents whose postings were still waiting leave the wait; those that stay count in the
  // common terms' frequencies.
  const gone = new Set(records.map((r) => r.n));
  if (meta.recent) meta.recent = meta.recent.filter((doc) => !gone.has(doc.n));
  if (meta.recent?.length === 0) delete meta.recent;
  const waiting = waitingCounts(meta.recent);
  const counted = changed.map(([term, df]): [string, number] => [term, df + (waiting.get(term) ?? 0)]);
  meta.common = await updateCommonTerms(known, counted, meta.docs, readAllBuckets(tx));
  await Promise.all([written, writeIndexMeta(tx, meta)]);
  return records.length;
}

/**
 * Takes the posted documents out of the dictionary's counts, their blocks left as they are; returns
 * every removed document's terms with their new document frequency (written documents only).
 */
async function uncount(
  tx: WriteTx,
  records: DocRecord[],
  posted: DocRecord[],
  writes: Array<Promise<unknown>>,
): Promise<Array<[string, number]>> {
  const terms = [...new Set(records.flatMap((r) => r.terms))];
  const buckets = await readBuckets(tx, terms);
  const less = new Map<string, number>();
  for (const record of posted) for (const term of record.terms) less.set(term, (less.get(term) ?? 0) + 1);
  const changed: Array<[string, number]> = [];
  for (const term of terms) {
    const bucket = buckets.get(bucketOf(term))!;
    const df = Math.max(0, (bucket.df.get(term) ?? 0) - (less.get(term) ?? 0));
    // The blocks stay, so their count does; a term whose every posting is removed has no frequency.
    if (df > 0) bucket.df.set(term, df);
    else bucket.df.delete(term);
    changed.push([term, df]);
  }
  writes.push(...writeBuckets(tx, buckets.values()));
  return changed;
}

/**
 * Rewrites the blocks of `terms` without the documents `gone`, and counts each term again from what
 * stays, so the dictionary and the postings agree exactly; returns each term's new frequency.
 */
async function rewriteBlocks(
  tx: WriteTx,
  meta: IndexMeta,
  terms: string[],
  gone: ReadonlySet<number>,
  writes: Array<Promise<unknown>>,
): Promise<Array<[string, number]>> {
  const postingsStore = tx.objectStore('postings');
  const [stored, buckets] = await Promise.all([
    readTermBlocks(tx, terms, meta.legacyPostings === true),
    readBuckets(tx, terms),
  ]);
  const rewrites = new BlockRewrites();
  // An import under way is not counted in the dictionary yet: its blocks are left as they are.
  const blocks = stored.map((b) => committedBlocks(meta, b));
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
        if (block.record) rewrites.set(block, null);
        else writes.push(postingsStore.delete([term, block.block]));
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
      if (block.record) rewrites.set(block, { docs, tf });
      else writes.push(postingsStore.put({ term, block: block.block, docs, tf }));
    }
    changed.push([term, df]);
    if (df > 0) {
      bucket.df.set(term, df);
      bucket.blocks.set(term, blockCount);
    } else {
      bucket.df.delete(term);
      bucket.blocks.delete(term);
    }
  });
  writes.push(...rewrites.write(tx));
  writes.push(...writeBuckets(tx, buckets.values()));
  return changed;
}

/** Empties the index (to rebuild it from the articles). */
export async function clearIndex(db: Db): Promise<void> {
  const tx: WriteTx = db.transaction([...INDEX_STORES], 'readwrite');
  await Promise.all([
    tx.objectStore('docs').clear(),
    tx.objectStore('postings').clear(),
    tx.objectStore('postingBlocks').clear(),
    tx.objectStore('terms').clear(),
    writeIndexMeta(tx, { docs: 0, nextDoc: 1, nextBlock: 1, common: new Map() }),
    // Its documents are numbered anew: the last import's filter no longer says which it covers.
    tx.objectStore('meta').delete(STORED_FILTER_KEY),
  ]);
  await tx.done;
}
