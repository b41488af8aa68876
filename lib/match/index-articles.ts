// Adds articles to the search index: per article a DocRecord (top terms, sketch, names, date), per
// term a new postings block, and the terms' counts in the dictionary's buckets (term-buckets.ts).
//
// Built for bulk import speed in IndexedDB, where every request costs (100–200 µs a write on the
// benchmark machine, bench/RESULTS.md): each batch accumulates its postings in memory and appends
// ONE new block per term ([term, batchBlock]) instead of reading and rewriting a growing postings
// list, and its counts go to at most TERM_BUCKETS dictionary records. A term whose documents lie in
// too many small blocks (many small imports, pages saved one by one) has its small blocks merged,
// so a match reads few records per term however the corpus grew. Only each article's top terms are indexed
// (More Like This style): the terms that can make an article a candidate are the ones that say what
// it is about, and capping them keeps the write volume per article constant. An entry never depends
// on the corpus it joins, so adding articles never rewrites the entries already there.
import type { Article } from '../types';
import type { Db } from '../store/db';
import { bottomK } from '../text/minhash';
import { docCard } from './doc-card';
import { bucketOf, INDEX_STORES, RECENT_SEPARATOR, type DocRecord, type IndexMeta } from '../store/index-records';
import type { WriteTx } from '../store/transactions';
import {
  addPostings,
  committedBlocks,
  rawStore,
  readIndexMeta,
  recentPostings,
  waitingCounts,
  writeIndexMeta,
  type PostingLists,
} from './index-tx';
import { readBuckets, writeBuckets } from './term-buckets';
import {
  BlockRewrites,
  fitsShared,
  ownRecords,
  packShared,
  readTermBlocks,
  readTermBlocksOnce,
  takeSmallBlocks,
  type PostingList,
} from './posting-blocks';
import { commonTermsOf, readAllBuckets, updateCommonTerms } from './common-terms';
import { profileForIndex } from './text-profile';

/** Terms indexed per article. */
export const INDEX_TERMS = 64;
/** Names kept per article. */
export const INDEX_NAMES = 40;
/** Articles per transaction in `indexArticles`. */
export const INDEX_BATCH = 500;
/**
 * Articles per postings block inside a caller's transaction (`indexArticlesInTx`, an import). Each
 * block costs one IndexedDB write per distinct term, so larger blocks share the writes of common
 * terms among more articles; 5,000 still keeps a common term's block to some 25 kB.
 */
export const INDEX_TX_BATCH = 5000;
/** Most documents in one postings block: records stay small, which IndexedDB stores inline. */
export const BLOCK_DOCS = 8192;
/** Blocks a term may have beyond what its documents need before they are merged. */
export const SPARE_BLOCKS = 8;

/** The text an article is indexed by: its title and its paragraphs. */
export function articleBody(article: Pick<Article, 'paragraphs'>): string {
  return article.paragraphs.join('\n\n');
}

interface Prepared {
  id: string;
  doc: Omit<DocRecord, 'n'>;
}

/** The per-article part of indexing, with no database: pure and the costly part. */
export function prepareDoc(article: Article): Prepared {
  // profileText and topTermsByPrior's values, without the maps the matcher needs and this does not.
  const profile = profileForIndex(articleBody(article), article.title, INDEX_TERMS, article.language);
  const tf = new Uint8Array(profile.terms.length);
  profile.tf.forEach((n, i) => (tf[i] = Math.min(255, Math.round(n))));
  return {
    id: article.id,
    doc: {
      id: article.id,
      terms: profile.terms,
      tf,
      sketch: bottomK(profile.shingles),
      shingles: profile.shingles.length,
      length: profile.length,
      names: profile.names.slice(0, INDEX_NAMES).map((n) => n.key),
      published: article.published?.iso ?? null,
      card: docCard(article),
    },
  };
}

/**
 * Indexes articles in batches, one read-write transaction per batch. Articles already indexed
 * (same id) are skipped: an id is derived from the content, so the entry would be the same.
 * Returns how many were added.
 */
export async function indexArticles(
  db: Db,
  articles: Article[],
  options: { batchSize?: number } = {},
): Promise<number> {
  const batchSize = Math.max(1, options.batchSize ?? INDEX_BATCH);
  let added = 0;
  for (let i = 0; i < articles.length; i += batchSize) {
    const batch = articles.slice(i, i + batchSize);
    const tx: WriteTx = db.transaction([...INDEX_STORES], 'readwrite');
    // Called on its own, the index may already hold some of these: skip them.
    const byId = tx.objectStore('docs').index('byId');
    const existing = await Promise.all(batch.map((a) => byId.getKey(a.id)));
    added += await writeBatch(
      tx,
      batch.filter((_, k) => existing[k] === undefined),
    );
    await tx.done;
  }
  return added;
}

/**
 * Articles added at most this many at a time (a page kept or saved) wait in the counters' record
 * (`IndexMeta.recent`) instead of writing a postings block for each of their terms: one add costs a
 * handful of requests, not a few hundred. A match reads them with the counters.
 */
export const RECENT_ADD = 4;
/** Waiting documents written out together, one block per term, once this many wait. */
export const RECENT_MAX = 48;
/**
 * Nor more than this share of the corpus waits. The common terms (common-terms.ts) learn of a term
 * that becomes common only when its documents are written: held to this share, the waiting ones
 * cannot take a term from COMMON_SHARE (0.2), where it is known, past the share at which a match
 * skips it (MAX_DF_RATIO, 0.3), so a match never reads the postings of a term it should skip.
 */
export const RECENT_SHARE = 0.05;

/**
 * Indexes articles inside a transaction the caller owns (the corpus store's add, which has made
 * sure they are not in the corpus yet, so not in the index either).
 */
export async function indexArticlesInTx(tx: WriteTx, articles: Article[]): Promise<number> {
  if (articles.length <= RECENT_ADD) return addRecent(tx, articles);
  let added = 0;
  // One postings block per term per chunk, so one huge install does not build huge records.
  for (let i = 0; i < articles.length; i += INDEX_TX_BATCH)
    added += await writeBatch(tx, articles.slice(i, i + INDEX_TX_BATCH));
  return added;
}

/**
 * A few articles: their entries written, their postings left waiting in the counters' record; when
 * RECENT_MAX wait, all of theirs are written as one batch.
 */
async function addRecent(tx: WriteTx, articles: Article[]): Promise<number> {
  if (articles.length === 0) return 0;
  const meta = await readIndexMeta(tx);
  const docsStore = rawStore(tx, 'docs');
  const recent = [...(meta.recent ?? [])];
  const seen = new Set<string>();
  let added = 0;
  for (const article of articles) {
    if (seen.has(article.id)) continue;
    seen.add(article.id);
    const { doc } = prepareDoc(article);
    const n = meta.nextDoc++;
    docsStore.put({ ...doc, n });
    recent.push({ n, terms: doc.terms.join(RECENT_SEPARATOR), tf: doc.tf });
    added++;
  }
  meta.docs += added;
  if (recent.length < Math.min(RECENT_MAX, Math.floor(meta.docs * RECENT_SHARE))) {
    meta.recent = recent;
    // The common terms count waiting documents too: those of the new ones gain them, and with the
    // corpus grown a term may no longer be in more than COMMON_SHARE of it. (A term that becomes
    // common while its documents wait is known when they are written.)
    const known = commonTermsOf(meta);
    if (known) {
      const changed: Array<[string, number]> = [];
      for (const doc of recent.slice(recent.length - added))
        for (const term of doc.terms.split(RECENT_SEPARATOR)) {
          const df = known.get(term);
          if (df !== undefined) known.set(term, df + 1);
        }
      meta.common = await updateCommonTerms(known, changed, meta.docs, readAllBuckets(tx));
    }
    await writeIndexMeta(tx, meta);
    return added;
  }
  delete meta.recent;
  await writePostings(tx, meta, recentPostings(recent));
  return added;
}

/**
 * Indexes one batch: each article's entry is computed and its write sent at once, so the browser
 * stores entries while the next ones are computed; then the batch's postings and term counts. Only
 * IndexedDB requests are awaited, so the transaction stays alive.
 */
async function writeBatch(tx: WriteTx, articles: Article[]): Promise<number> {
  if (articles.length === 0) return 0;
  const meta = await readIndexMeta(tx);
  // Entries go out as plain requests, in order; the counters' write, sent last and awaited,
  // succeeds only once every one before it has (a failure aborts the transaction).
  const docsStore = rawStore(tx, 'docs');
  const postings: PostingLists = new Map();
  // The same article twice in one batch is indexed once.
  const seen = new Set<string>();
  let added = 0;
  for (const article of articles) {
    if (seen.has(article.id)) continue;
    seen.add(article.id);
    const { doc } = prepareDoc(article);
    const n = meta.nextDoc++;
    docsStore.put({ ...doc, n });
    added++;
    addPostings(postings, n, doc.terms, doc.tf);
  }
  meta.docs += added;
  await writePostings(tx, meta, postings);
  return added;
}

/**
 * Whether a term's blocks are more than its documents need (BLOCK_DOCS postings a block) by more
 * than `spare`: they are merged.
 */
export function isCrowded(blocks: number, df: number, spare = SPARE_BLOCKS): boolean {
  return blocks > Math.ceil(df / BLOCK_DOCS) + spare;
}

/**
 * The `spare` of a large import's merge (`mergeCrowdedTerms`). An import adds a block to nearly every
 * term, so the terms of a corpus imported in steps of the same size become crowded together, and a
 * merge rewrites most of the postings at once (some 10–15 s onto 100,000 to 300,000 articles on the
 * benchmark's machine). It runs after the import has returned (lib/match/merge-queue.ts), so no import
 * waits for it: with four, a corpus imported ten thousand at a time is merged every five imports or
 * so, and a match reads at most some six records a term.
 */
export const IMPORT_SPARE_BLOCKS = 4;

/**
 * Terms per transaction of `mergeCrowdedTerms`. A page read during a merge waits for the transaction under
 * way: with 100, a reader's matches during the merge after five imports of 10,000 took p95 96–130 ms in the
 * worker against 214–271 ms with 500, for a merge a third longer (`bench/match-under-import.ts --merges`).
 */
export const MERGE_TERMS = 100;

/**
 * Merges the small blocks of those of `terms` that have too many (`isCrowded` with IMPORT_SPARE_BLOCKS), `per`
 * terms a transaction, the newer ones first (`newerToMerge`). A large
 * import (lib/match/staged-import.ts) adds a record to each of its terms and merges nothing while it
 * goes in; this runs once it has committed (in the extension, after it has returned:
 * lib/match/merge-queue.ts), so a match reads few records a term however many imports the
 * corpus came in. Each transaction leaves the index whole: one cut off loses nothing, and its terms
 * are merged when they are next found crowded. Returns how many terms were merged.
 */
export async function mergeCrowdedTerms(db: Db, terms: readonly string[], per = MERGE_TERMS): Promise<number> {
  let count = 0;
  // In order, so that the terms of a shared record fall in one transaction, which reads it once and
  // writes it once.
  const sorted = [...terms].sort();
  for (let i = 0; i < sorted.length; i += per) {
    const chunk = sorted.slice(i, i + per);
    const tx: WriteTx = db.transaction(['meta', 'postings', 'postingBlocks', 'terms'], 'readwrite');
    // Awaited below, after the requests: a failure surfaces from them first, and this one is handled.
    tx.done.catch(() => undefined);
    const [meta, buckets] = await Promise.all([readIndexMeta(tx), readBuckets(tx, chunk)]);
    const crowded = chunk.filter((term) => {
      const bucket = buckets.get(bucketOf(term))!;
      return isCrowded(bucket.blocks.get(term) ?? 0, bucket.df.get(term) ?? 0, IMPORT_SPARE_BLOCKS);
    });
    if (crowded.length === 0) {
      await tx.done;
      continue;
    }
    // Blocks of an import still under way are neither merged nor counted until it commits.
    const old = (await readTermBlocksOnce(tx, crowded, meta.legacyPostings === true)).map((blocks) =>
      committedBlocks(meta, blocks),
    );
    const blockStore = rawStore(tx, 'postingBlocks');
    const postingsStore = rawStore(tx, 'postings');
    const rewrites = new BlockRewrites();
    // A term of few postings in all goes into a shared record with others merged here.
    const few: Array<[string, PostingList]> = [];
    crowded.forEach((term, k) => {
      const { merged, kept } = takeSmallBlocks(
        old[k],
        null,
        BLOCK_DOCS,
        rewrites,
        (b) => postingsStore.delete([term, b]),
        true,
      );
      const bucket = buckets.get(bucketOf(term))!;
      if (merged.docs.length === 0) bucket.blocks.set(term, kept);
      else if (fitsShared(merged.docs.length)) {
        few.push([term, merged]);
        bucket.blocks.set(term, kept + 1);
      } else {
        const pieces = ownRecords(term, merged, meta.nextBlock, BLOCK_DOCS);
        for (const piece of pieces) blockStore.put(piece);
        meta.nextBlock += pieces.length;
        bucket.blocks.set(term, kept + pieces.length);
      }
    });
    few.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const shared = packShared(few, meta.nextBlock);
    for (const record of shared) blockStore.put(record);
    meta.nextBlock += shared.length;
    try {
      await Promise.all([...rewrites.write(tx), ...writeBuckets(tx, buckets.values()), writeIndexMeta(tx, meta)]);
      await tx.done;
    } catch (error) {
      // The requests still pending fail with a bare AbortError; the transaction's error says why.
      throw tx.error ?? error;
    }
    count += crowded.length;
  }
  return count;
}

/**
 * Writes postings of documents already counted in `meta`: a new block per term, merged with the
 * term's small blocks when it has too many, the dictionary's counts, the common terms and the
 * counters.
 */
async function writePostings(tx: WriteTx, meta: IndexMeta, postings: PostingLists): Promise<void> {
  const writes: Array<Promise<unknown>> = [];
  // A write sent early may fail while later requests are awaited (storage full aborts the whole
  // transaction): each is handled at once, and the failure surfaces from the awaited request.
  const send = (request: Promise<unknown>) => {
    request.catch(() => undefined);
    writes.push(request);
  };
  const postingsStore = rawStore(tx, 'postings');
  const blockStore = rawStore(tx, 'postingBlocks');
  const buckets = await readBuckets(tx, postings.keys());
  // Terms spread over too many blocks: their blocks are read (one round) and merged with the new.
  const merge: string[] = [];
  const changed: Array<[string, number]> = [];
  // Documents still waiting count in the common terms' frequencies (not in the dictionary's).
  const waiting = waitingCounts(meta.recent);
  // Terms the index has no block of yet: those few documents have may share records.
  const fresh = new Set<string>();
  for (const [term, list] of postings) {
    const bucket = buckets.get(bucketOf(term))!;
    if (!bucket.blocks.has(term)) fresh.add(term);
    const df = (bucket.df.get(term) ?? 0) + list.docs.length;
    changed.push([term, df + (waiting.get(term) ?? 0)]);
    const blocks = (bucket.blocks.get(term) ?? 0) + 1;
    bucket.df.set(term, df);
    bucket.blocks.set(term, blocks);
    if (isCrowded(blocks, df)) merge.push(term);
  }
  const [old, common] = await Promise.all([
    // An import under way keeps its blocks: they are neither merged nor counted until it commits.
    readTermBlocks(tx, merge, meta.legacyPostings === true).then((blocks) =>
      blocks.map((b) => committedBlocks(meta, b)),
    ),
    updateCommonTerms(commonTermsOf(meta), changed, meta.docs, readAllBuckets(tx)),
  ]);
  meta.common = common;

  const rewrites = new BlockRewrites();
  merge.forEach((term, i) => {
    const list = postings.get(term)!;
    postings.delete(term);
    const { merged, kept } = takeSmallBlocks(old[i], list, BLOCK_DOCS, rewrites, (b) =>
      postingsStore.delete([term, b]),
    );
    const pieces = ownRecords(term, merged, meta.nextBlock, BLOCK_DOCS);
    for (const piece of pieces) blockStore.put(piece);
    meta.nextBlock += pieces.length;
    buckets.get(bucketOf(term))!.blocks.set(term, kept + pieces.length);
  });
  rewrites.write(tx).forEach(send);
  // A term new to the index that few of the batch's documents have shares a record with others; the
  // rest have their own.
  const few: Array<[string, PostingList]> = [];
  for (const [term, list] of postings) {
    if (fresh.has(term) && fitsShared(list.docs.length)) {
      few.push([term, list]);
      continue;
    }
    const own = ownRecords(term, list, meta.nextBlock, BLOCK_DOCS);
    for (const record of own) blockStore.put(record);
    meta.nextBlock += own.length;
  }
  few.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const records = packShared(few, meta.nextBlock);
  for (const record of records) blockStore.put(record);
  meta.nextBlock += records.length;
  writeBuckets(tx, buckets.values()).forEach(send);
  send(writeIndexMeta(tx, meta));
  await Promise.all(writes);
}
