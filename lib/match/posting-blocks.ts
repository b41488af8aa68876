// The postings blocks of the index since version 6 of the database (`PostingBlockRecord`,
// lib/store/index-records.ts): a record a term for a term many documents of a batch have or one the
// index has already, and records shared by dozens of terms for the others. A batch brings thousands
// of terms new to the index that few of its documents have; written a record a term, their requests
// were most of a small import's last step (about 120 µs each in the browser, whatever the record
// holds). Packed in ascending term order, at most SHARED_RECORD_TERMS terms and
// SHARED_RECORD_POSTINGS postings to a record, they take a request for dozens of terms. A batch of
// pages kept shares only the terms that it brings to the index, so a term's small records stay few
// between merges; a large import (lib/match/staged-import.ts) shares its rare terms, new or not: it
// adds one record to each of its terms either way. A reader finds all of a term's records through
// the store's multiEntry index in one request, and reads its part of each (`readTermBlocks`).
import type { PostingBlockRecord, PostingRecord } from '../store/index-records';
import type { ReadTx, WriteTx } from '../store/transactions';
import { termRange } from './index-tx';

/** A term whose postings of one batch are at most this many goes into a shared record. */
export const SHARED_TERM_POSTINGS = 128;
/** Most postings a shared record holds: what reading one of its terms reads, at most, beyond the term's own. */
export const SHARED_RECORD_POSTINGS = 1024;
/** Most terms a shared record holds: each is an entry of the store's index. */
export const SHARED_RECORD_TERMS = 40;

/** A term's postings in document order. */
export interface PostingList {
  docs: ArrayLike<number>;
  tf: ArrayLike<number>;
}

/**
 * One block of a term's postings: its part of a record of `postingBlocks` (`record`), or a block of
 * the `postings` store written before (no `record`).
 */
export interface TermBlock extends PostingRecord {
  record?: PostingBlockRecord;
}

/**
 * Whether a term's postings of a batch go into a shared record rather than a record of their own:
 * at most `upTo` of them, never more than SHARED_TERM_POSTINGS (what `sharedRecordsAtMost` counts on).
 */
export function fitsShared(postings: number, upTo = SHARED_TERM_POSTINGS): boolean {
  return postings <= Math.min(upTo, SHARED_TERM_POSTINGS);
}

/**
 * The most shared records `postings` postings can take, however many terms they are of: every
 * record but the last is closed full of terms or with more than SHARED_RECORD_POSTINGS less one
 * term's worth of postings. An import reserves their block numbers before it knows its terms.
 */
export function sharedRecordsAtMost(postings: number): number {
  return (
    Math.ceil(postings / SHARED_RECORD_TERMS) +
    Math.ceil(postings / (SHARED_RECORD_POSTINGS - SHARED_TERM_POSTINGS)) +
    1
  );
}

/**
 * The most records, of either kind, `postings` postings can take, however many terms they are of: a
 * term's own records (one a term, and one more for every `blockDocs` of its postings) and shared
 * ones. An import reserves their block numbers before it knows its terms.
 */
export function recordsAtMost(postings: number, blockDocs: number): number {
  return postings + Math.ceil(postings / blockDocs) + sharedRecordsAtMost(postings);
}

/** A term's own records of `list`, split every `blockDocs` postings, numbered from `firstBlock`. */
export function ownRecords(
  term: string,
  list: PostingList,
  firstBlock: number,
  blockDocs: number,
): PostingBlockRecord[] {
  const out: PostingBlockRecord[] = [];
  const n = list.docs.length;
  for (let k = 0; k < n; k += blockDocs) {
    const docs = new Uint32Array(Math.min(blockDocs, n - k));
    const tf = new Uint8Array(docs.length);
    for (let j = 0; j < docs.length; j++) {
      docs[j] = list.docs[k + j];
      tf[j] = list.tf[k + j];
    }
    out.push({ block: firstBlock + out.length, terms: [term], starts: Uint32Array.of(0, docs.length), docs, tf });
  }
  return out;
}

/** Packs terms' postings (terms ascending) into shared records numbered from `firstBlock`. */
export function packShared(lists: ReadonlyArray<[string, PostingList]>, firstBlock: number): PostingBlockRecord[] {
  const out: PostingBlockRecord[] = [];
  let i = 0;
  while (i < lists.length) {
    let j = i;
    let total = 0;
    while (
      j < lists.length &&
      j - i < SHARED_RECORD_TERMS &&
      (j === i || total + lists[j][1].docs.length <= SHARED_RECORD_POSTINGS)
    )
      total += lists[j++][1].docs.length;
    out.push(blockRecord(firstBlock + out.length, lists.slice(i, j)));
    i = j;
  }
  return out;
}

/** One record of the given terms' postings (terms ascending). */
export function blockRecord(block: number, lists: ReadonlyArray<[string, PostingList]>): PostingBlockRecord {
  let total = 0;
  for (const [, list] of lists) total += list.docs.length;
  const starts = new Uint32Array(lists.length + 1);
  const docs = new Uint32Array(total);
  const tf = new Uint8Array(total);
  let at = 0;
  lists.forEach(([, list], i) => {
    starts[i] = at;
    docs.set(list.docs, at);
    tf.set(list.tf, at);
    at += list.docs.length;
  });
  starts[lists.length] = at;
  return { block, terms: lists.map(([term]) => term), starts, docs, tf };
}

/** A term's part of a record (views, no copy), or null when the record does not hold it. */
export function termPart(record: PostingBlockRecord, term: string): TermBlock | null {
  let lo = 0;
  let hi = record.terms.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = record.terms[mid];
    if (t === term) {
      const from = record.starts[mid];
      const to = record.starts[mid + 1];
      return {
        term,
        block: record.block,
        docs: record.docs.subarray(from, to),
        tf: record.tf.subarray(from, to),
        record,
      };
    }
    if (t < term) lo = mid + 1;
    else hi = mid - 1;
  }
  return null;
}

/**
 * Each term's blocks in block order: its parts of the records of `postingBlocks`, one request a term,
 * and, while the index has any (`legacy`), its blocks of the `postings` store written before.
 */
export function readTermBlocks(tx: ReadTx, terms: readonly string[], legacy: boolean): Promise<TermBlock[][]> {
  const byTerm = tx.objectStore('postingBlocks').index('byTerm');
  const old = legacy ? tx.objectStore('postings') : null;
  return Promise.all(
    terms.map(async (term) => {
      const [records, blocks] = await Promise.all([
        byTerm.getAll(term),
        old ? old.getAll(termRange(term)) : Promise.resolve([]),
      ]);
      const out: TermBlock[] = blocks;
      for (const record of records) {
        const part = termPart(record, term);
        if (part) out.push(part);
      }
      return blocks.length > 0 ? out.sort((a, b) => a.block - b.block) : out;
    }),
  );
}

/**
 * Each term's blocks, as `readTermBlocks` gives them, with each record read once however many of the
 * terms it holds: first the records' numbers (from the index alone), then the records, one request a
 * run of consecutive numbers. For a merge of hundreds of neighbouring terms, which share records: read
 * a term at a time, a shared record was read once for each of its terms.
 */
export async function readTermBlocksOnce(
  tx: ReadTx,
  terms: readonly string[],
  legacy: boolean,
): Promise<TermBlock[][]> {
  const store = tx.objectStore('postingBlocks');
  const byTerm = store.index('byTerm');
  const old = legacy ? tx.objectStore('postings') : null;
  const [keys, olds] = await Promise.all([
    Promise.all(terms.map((term) => byTerm.getAllKeys(term))),
    Promise.all(terms.map((term) => (old ? old.getAll(termRange(term)) : Promise.resolve([])))),
  ]);
  const runs: Array<[number, number]> = [];
  for (const key of [...new Set(keys.flat())].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && key === last[1] + 1) last[1] = key;
    else runs.push([key, key]);
  }
  const records = new Map<number, PostingBlockRecord>();
  const read = await Promise.all(runs.map(([from, to]) => store.getAll(IDBKeyRange.bound(from, to))));
  for (const run of read) for (const record of run) records.set(record.block, record);
  return terms.map((term, i) => {
    const out: TermBlock[] = olds[i];
    for (const key of keys[i]) {
      const record = records.get(key);
      const part = record ? termPart(record, term) : null;
      if (part) out.push(part);
    }
    return olds[i].length > 0 ? out.sort((a, b) => a.block - b.block) : out;
  });
}

/**
 * A term's blocks made fewer: its full blocks (`blockDocs` postings) stay as they are, and the postings
 * of the small ones, with `add`'s, come back in document order (`merged`) for the caller to write as
 * the term's own records; the small blocks' parts are marked to go (`rewrites`, or `dropLegacy` for a
 * block of the `postings` store written before version 6). Only the small blocks are rewritten, so a
 * merge moves a bounded number of postings however common the term. With `tiered`, only the newer of
 * the small blocks are (`newerToMerge`). Blocks come in key order, which is document order except for
 * documents that waited (`recent`) while a larger import went in. `kept`: how many blocks stay.
 */
export function takeSmallBlocks(
  blocks: readonly TermBlock[],
  add: PostingList | null,
  blockDocs: number,
  rewrites: BlockRewrites,
  dropLegacy: (block: number) => void,
  tiered = false,
): { merged: { docs: number[]; tf: number[] }; kept: number } {
  const small = blocks.filter((b) => b.docs.length < blockDocs);
  const from = tiered ? small.length - newerToMerge(small.map((b) => b.docs.length)) : 0;
  const docs: number[] = [];
  const tf: number[] = [];
  for (const b of small.slice(from)) {
    for (let k = 0; k < b.docs.length; k++) {
      docs.push(b.docs[k]);
      tf.push(b.tf[k]);
    }
    if (b.record) rewrites.set(b, null);
    else dropLegacy(b.block);
  }
  if (add)
    for (let k = 0; k < add.docs.length; k++) {
      docs.push(add.docs[k]);
      tf.push(add.tf[k]);
    }
  sortByDoc(docs, tf);
  return { merged: { docs, tf }, kept: blocks.length - small.length + from };
}

/** Blocks a merge leaves at most, of a term's small ones, when it may leave any (`newerToMerge`). */
export const MERGE_LEAVES = 4;

/**
 * How many of a term's newest blocks a merge takes, given their sizes oldest first: the newest two at
 * least, and each older one no larger than those taken so far together, or while more than
 * MERGE_LEAVES would stay. An old block larger than everything since it stays as it is: a merge then
 * rewrites what came since the last one, not the whole term, and a posting is rewritten a few times
 * (each time into a block at least twice the size of the one it left), not at every merge.
 */
export function newerToMerge(sizes: readonly number[]): number {
  let take = Math.min(2, sizes.length);
  let total = 0;
  for (let k = sizes.length - take; k < sizes.length; k++) total += sizes[k];
  while (take < sizes.length) {
    const next = sizes[sizes.length - take - 1];
    if (next > total && sizes.length - take <= MERGE_LEAVES) break;
    total += next;
    take++;
  }
  return take;
}

/** Puts postings in ascending document order, unless they are already. */
function sortByDoc(docs: number[], tf: number[]): void {
  let sorted = true;
  for (let k = 1; k < docs.length && sorted; k++) sorted = docs[k - 1] < docs[k];
  if (sorted) return;
  const order = docs.map((_, k) => k).sort((a, b) => docs[a] - docs[b]);
  const d = order.map((k) => docs[k]);
  const t = order.map((k) => tf[k]);
  d.forEach((v, k) => ((docs[k] = v), (tf[k] = t[k])));
}

/**
 * Changes to records of `postingBlocks`, written once a record however many of its terms change: a
 * term's part replaced by other postings (a removal) or taken out (a merge moves it to a new record).
 * A record left with no postings goes.
 */
export class BlockRewrites {
  private readonly records = new Map<
    number,
    { record: PostingBlockRecord; changes: Map<string, PostingList | null> }
  >();

  /** Replaces the term's part of its record with `list`, or takes it out (null). */
  set(part: TermBlock, list: PostingList | null): void {
    const record = part.record!;
    let entry = this.records.get(record.block);
    if (!entry) this.records.set(record.block, (entry = { record, changes: new Map() }));
    entry.changes.set(part.term, list);
  }

  /** Sends the rewrites; their promises settle as the writes do. */
  write(tx: WriteTx): Array<Promise<unknown>> {
    const store = tx.objectStore('postingBlocks');
    const writes: Array<Promise<unknown>> = [];
    for (const { record, changes } of this.records.values()) {
      const lists: Array<[string, PostingList]> = [];
      record.terms.forEach((term, i) => {
        const list = changes.has(term)
          ? changes.get(term)!
          : {
              docs: record.docs.subarray(record.starts[i], record.starts[i + 1]),
              tf: record.tf.subarray(record.starts[i], record.starts[i + 1]),
            };
        if (list && list.docs.length > 0) lists.push([term, list]);
      });
      writes.push(lists.length > 0 ? store.put(blockRecord(record.block, lists)) : store.delete(record.block));
    }
    return writes;
  }
}
