// Postings of many terms to a record (`SharedPostingsRecord`, lib/store/index-records.ts). A batch of
// documents brings thousands of terms that few of them have; written a record a term, their requests
// were most of a small import's last step (about 120 µs each in the browser, whatever the record
// holds). Packed here in ascending term order, at most SHARED_RECORD_TERMS terms and
// SHARED_RECORD_POSTINGS postings to a record, they take a request for dozens of terms. A reader
// finds a term's shared records through the store's multiEntry index, one request a term beside
// the key range of its own blocks, and reads its part of each (`readTermBlocks`).
import type { PostingRecord, SharedPostingsRecord } from '../store/index-records';
import type { ReadTx, WriteTx } from '../store/transactions';
import { termRange } from './index-tx';

/** A term whose postings of one batch are at most this many goes into a shared record. */
export const SHARED_TERM_POSTINGS = 64;
/** Most postings a shared record holds: what reading one of its terms reads, at most, beyond the term's own. */
export const SHARED_RECORD_POSTINGS = 512;
/** Most terms a shared record holds: each is an entry of the store's index. */
export const SHARED_RECORD_TERMS = 32;

/** A term's postings in document order. */
export interface PostingList {
  docs: ArrayLike<number>;
  tf: ArrayLike<number>;
}

/** One block of a term's postings: a record of its own, or its part of a shared record (`shared`). */
export interface TermBlock extends PostingRecord {
  shared?: SharedPostingsRecord;
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

/** Packs terms' postings (terms ascending) into shared records numbered from `firstBlock`. */
export function packShared(lists: ReadonlyArray<[string, PostingList]>, firstBlock: number): SharedPostingsRecord[] {
  const out: SharedPostingsRecord[] = [];
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
    out.push(sharedRecord(firstBlock + out.length, lists.slice(i, j)));
    i = j;
  }
  return out;
}

/** One shared record of the given terms' postings (terms ascending). */
export function sharedRecord(block: number, lists: ReadonlyArray<[string, PostingList]>): SharedPostingsRecord {
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

/** A term's part of a shared record (views, no copy), or null when the record does not hold it. */
export function sharedPart(record: SharedPostingsRecord, term: string): TermBlock | null {
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
        shared: record,
      };
    }
    if (t < term) lo = mid + 1;
    else hi = mid - 1;
  }
  return null;
}

/**
 * Each term's blocks, its own records and its parts of shared ones, in block order: two requests a
 * term, all sent at once.
 */
export function readTermBlocks(tx: ReadTx, terms: readonly string[]): Promise<TermBlock[][]> {
  const own = tx.objectStore('postings');
  const shared = tx.objectStore('sharedPostings').index('byTerm');
  return Promise.all(
    terms.map(async (term) => {
      const [blocks, records] = await Promise.all([own.getAll(termRange(term)), shared.getAll(term)]);
      if (records.length === 0) return blocks;
      const out: TermBlock[] = blocks;
      for (const record of records) {
        const part = sharedPart(record, term);
        if (part) out.push(part);
      }
      return out.sort((a, b) => a.block - b.block);
    }),
  );
}

/**
 * Changes to shared records, written once a record however many of its terms change: a term's part
 * replaced by other postings (a removal) or taken out (a merge moves it to a block of its own). A
 * record left with no postings goes.
 */
export class SharedRewrites {
  private readonly records = new Map<
    number,
    { record: SharedPostingsRecord; changes: Map<string, PostingList | null> }
  >();

  /** Replaces the term's part of its shared record with `list`, or takes it out (null). */
  set(part: TermBlock, list: PostingList | null): void {
    const record = part.shared!;
    let entry = this.records.get(record.block);
    if (!entry) this.records.set(record.block, (entry = { record, changes: new Map() }));
    entry.changes.set(part.term, list);
  }

  /** Sends the rewrites; their promises settle as the writes do. */
  write(tx: WriteTx): Array<Promise<unknown>> {
    const store = tx.objectStore('sharedPostings');
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
      writes.push(lists.length > 0 ? store.put(sharedRecord(record.block, lists)) : store.delete(record.block));
    }
    return writes;
  }
}
