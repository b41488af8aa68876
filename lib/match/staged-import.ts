// A large import in steps, so that matches go on while it is written and it still lands whole or not
// at all. One transaction for all of it would hold every match (a read of the same stores) until it
// ended: tens of seconds for 10,000 articles.
//
// 1. Begin: the import reserves its document numbers and postings blocks in the index's counters
//    (`IndexMeta.staged`) and leaves its marker in `meta`. The counted documents do not change.
// 2. Articles, with their index entries, a batch a transaction; each batch notes its ids and
//    documents under the marker (lib/store/backup-store.ts: the notes of a run). The postings of the
//    whole import are gathered in memory meanwhile.
// 3. Postings: a record per term for the whole import (never merged with anything), except that the
//    terms few of its articles have share records, dozens to a record (lib/match/posting-blocks.ts);
//    a few hundred terms a transaction, each noting its records' blocks. Matches leave the reserved
//    blocks out.
// 4. Commit, one small transaction: the dictionary's counts, the counters, the common terms, the
//    reservation and the notes. From then on a match sees the import; before, none of it.
// 5. Merge: the import's terms that now have too many records (one an import) get their small ones
//    merged, a few hundred terms a transaction (`mergeCrowdedTerms`, index-articles.ts), in the
//    extension after the import has returned (lib/match/merge-queue.ts). The import has landed: a
//    merge that fails or is cut off leaves its terms to the next import that finds them.
// A failure at steps 1–4 takes back what was written, from the notes; an import cut off (the service
// worker stopped) is taken back at the next start (`rollbackPendingImports`).
import type { Article } from '../types';
import type { Db } from '../store/db';
import { bucketOf, STORED_FILTER_KEY, type DocRecord, type PostingBlockRecord } from '../store/index-records';
import { CORPUS_STORES, type AddOutcome } from '../store/corpus-store';
import { noteKey, notesRange, pendingRuns } from '../store/backup-store';
import type { WriteTx } from '../store/transactions';
import { addPostings, rawStore, readIndexMeta, waitingCounts, writeIndexMeta, type PostingLists } from './index-tx';
import {
  BLOCK_DOCS,
  IMPORT_SPARE_BLOCKS,
  INDEX_TERMS,
  isCrowded,
  mergeCrowdedTerms,
  prepareDoc,
} from './index-articles';
import {
  fitsShared,
  ownRecords,
  packShared,
  recordsAtMost,
  SHARED_TERM_POSTINGS,
  type PostingList,
} from './posting-blocks';
import { readBuckets, writeBuckets } from './term-buckets';
import { commonTermsOf, readAllBuckets, updateCommonTerms } from './common-terms';

const KIND = 'import:';
/** Imports of more articles than this go in steps; smaller ones in one transaction (corpus-store.ts). */
export const STAGED_FROM = 250;
/** Articles per transaction of a staged import. */
export const STAGED_BATCH = 250;
/**
 * The first and the last batch of an import are this share of the others: the first batch's text work
 * is done before anything is written, and the last batch's writes while nothing else is done, so short
 * ends leave less of either core idle (a 1,000-article import is four batches of 250 otherwise).
 */
export const END_BATCH_SHARE = 0.2;

/** The batches of an import of `total` articles, [from, to): `batch` each, with shorter first and last ones. */
export function batchBounds(total: number, batch: number): Array<[number, number]> {
  const end = Math.max(1, Math.round(batch * END_BATCH_SHARE));
  const out: Array<[number, number]> = [];
  let from = 0;
  while (from < total) {
    const left = total - from;
    // The first batch is short; so is the last, split from a final full batch.
    const size = from === 0 ? Math.min(end, left) : left <= batch && left > end ? left - end : Math.min(batch, left);
    out.push([from, from + size]);
    from += size;
  }
  return out;
}

/** Terms per transaction of its postings (a record of its own or their part of a shared one). */
export const STAGED_TERMS = 500;

/** The marker of an import under way: what it reserved in the counters. */
interface ImportMark {
  startedAt: number;
  /** Document numbers [from, to). */
  docs: [number, number];
  /** Postings blocks [from, to). */
  blocks: [number, number];
}
/** A batch's note: the articles it added and the document numbers it gave them [from, to). */
interface ArticlesNote {
  ids: string[];
  docs: [number, number];
}
/** A postings step's note: the blocks of the records it wrote, [from, to). */
interface PostingsNote {
  blocks: [number, number];
}
/** The note of a postings step of an import begun before version 6 of the database: the terms it wrote a block for. */
interface LegacyPostingsNote {
  terms: string[];
}

/** An import under way, as the steps pass it on. */
export interface StagedRun {
  id: string;
  mark: ImportMark;
  /** The next document number to give. */
  next: number;
  /** The next batch's number. */
  batch: number;
  /** The postings of every article written so far, per term, in document order. */
  postings: PostingLists;
  seen: Set<string>;
  added: string[];
  duplicates: string[];
  /**
   * The ids the corpus held when the import began, as a filter (`idFilter`): a batch asks the store
   * only about the articles it names, instead of one lookup an article. Null when the corpus is
   * much larger than the import (reading its ids would cost more than the lookups).
   */
  known: IdFilter | null;
  /** The `nextDoc` of the stored filter this import read (`STORED_FILTER_KEY`), or null if it read none. */
  filterBase: number | null;
}

/** Step 1: reserves `size` document numbers and the blocks they may need, and leaves the marker. */
export async function beginImport(db: Db, id: string, size: number): Promise<StagedRun> {
  const tx = db.transaction(['meta'], 'readwrite');
  let indexed = 0;
  const mark = await inTx(tx, () =>
    reserve(tx, id, size).then(({ mark, docs }) => {
      indexed = docs;
      return mark;
    }),
  );
  const { known, base } = await knownIds(db, mark.docs[0], indexed, size);
  return {
    id,
    mark,
    known,
    filterBase: base,
    next: mark.docs[0],
    batch: 0,
    postings: new Map(),
    seen: new Set(),
    added: [],
    duplicates: [],
  };
}

async function reserve(tx: WriteTx, id: string, size: number): Promise<{ mark: ImportMark; docs: number }> {
  const meta = await readIndexMeta(tx);
  const docs = meta.docs;
  const mark: ImportMark = {
    startedAt: Date.now(),
    docs: [meta.nextDoc, meta.nextDoc + size],
    blocks: [meta.nextBlock, meta.nextBlock + recordsAtMost(size * INDEX_TERMS, BLOCK_DOCS)],
  };
  meta.nextDoc = mark.docs[1];
  meta.nextBlock = mark.blocks[1];
  meta.staged = [...(meta.staged ?? []), { id, from: mark.blocks[0], to: mark.blocks[1], docs: mark.docs }];
  await Promise.all([writeIndexMeta(tx, meta), tx.objectStore('meta').put({ key: `${KIND}${id}`, value: mark })]);
  return { mark, docs };
}

/**
 * With no stored filter to start from, read the corpus's ids for an import only while the corpus has
 * at most this many articles per imported one. Reading them cost about 25 µs an id (11 s over ten
 * imports of 10,000 onto 0 to 90,000 articles) against about 80 µs saved an imported article: a third
 * as much.
 */
export const KNOWN_IDS_RATIO = 3;

/**
 * The filter of the corpus's ids as the last import left it, in `meta`: the hashes of every id it knew
 * (sorted), which cover every document numbered below `nextDoc`. The next import reads it in one
 * request and adds the documents numbered since (pages kept, small imports), instead of reading
 * every id or looking up every article. It is never more than a hint: an id it lacks (an article
 * added in a way it missed) makes a batch's add fail, and the batch is written again with a lookup
 * an article; an id it still has (an article deleted since) costs a lookup.
 */
interface StoredIdFilter {
  hashes: Uint32Array;
  nextDoc: number;
}
/**
 * The most documents read to bring a stored filter up to date, beside twice the import's size: a
 * document read costs less than a lookup saved, but each carries its whole index entry.
 */
export const FILTER_CATCH_UP = 2000;

/**
 * Which ids may be in the corpus: a sorted array of their 32-bit hashes. `has` is false only for an
 * id that certainly is not there; a true answer (the id, or another with its hash) is asked of the
 * store. Four bytes an article, whatever the length of its id.
 */
export interface IdFilter {
  has(id: string): boolean;
  /** The hashes it holds, ascending. */
  readonly hashes: Uint32Array;
}

export function idFilter(ids: Iterable<string>): IdFilter {
  return filterOfHashes(Uint32Array.from(ids, hashId).sort());
}

/** A filter of `known`'s ids and of `ids`. */
export function withIds(known: IdFilter, ids: Iterable<string>): IdFilter {
  const more = Uint32Array.from(ids, hashId);
  if (more.length === 0) return known;
  const hashes = new Uint32Array(known.hashes.length + more.length);
  hashes.set(known.hashes);
  hashes.set(more, known.hashes.length);
  return filterOfHashes(hashes.sort());
}

function filterOfHashes(hashes: Uint32Array): IdFilter {
  return {
    hashes,
    has(id) {
      const h = hashId(id);
      let lo = 0;
      let hi = hashes.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (hashes[mid] < h) lo = mid + 1;
        else hi = mid;
      }
      return lo < hashes.length && hashes[lo] === h;
    },
  };
}

/** FNV-1a over the id's UTF-16 code units. */
function hashId(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The ids the corpus held when the import began, as a filter, and the stored filter it started from:
 * the stored one with the documents numbered since (`from` is this import's first number), when it is
 * recent enough and not swollen by deletions; else every id, read from the `byOrigin` index (every
 * article has an origin; its entries are small, where the store's own records hold whole articles),
 * when the corpus is not much larger than the import; else none (an article looked up at a time). An
 * article some other writer adds after this read is not in the filter; its add then fails and the
 * batch is redone with a lookup an article (`importBatch`).
 */
async function knownIds(
  db: Db,
  from: number,
  indexed: number,
  size: number,
): Promise<{ known: IdFilter | null; base: number | null }> {
  const tx = db.transaction(['meta', 'docs']);
  const stored = (await tx.objectStore('meta').get(STORED_FILTER_KEY))?.value as StoredIdFilter | undefined;
  if (
    stored &&
    stored.nextDoc <= from &&
    from - stored.nextDoc <= Math.max(FILTER_CATCH_UP, 2 * size) &&
    stored.hashes.length <= 2 * indexed + FILTER_CATCH_UP
  ) {
    const since =
      from > stored.nextDoc ? await tx.objectStore('docs').getAll(IDBKeyRange.bound(stored.nextDoc, from - 1)) : [];
    return {
      known: withIds(
        filterOfHashes(stored.hashes),
        since.map((d) => d.id),
      ),
      base: stored.nextDoc,
    };
  }
  if (indexed > KNOWN_IDS_RATIO * size) return { known: null, base: stored?.nextDoc ?? null };
  const ids = (await db.transaction('articles').store.index('byOrigin').getAllKeys()) as string[];
  return { known: idFilter(ids), base: stored?.nextDoc ?? null };
}

/** Runs a transaction's work; on failure aborts it and throws its own error (storage full says why). */
async function inTx<T>(tx: { done: Promise<void>; abort(): void; error: DOMException | null }, work: () => Promise<T>) {
  tx.done.catch(() => undefined);
  try {
    const out = await work();
    await tx.done;
    return out;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // already finished or aborted: nothing of it was committed either way
    }
    throw tx.error ?? error;
  }
}

/** Index entries computed ahead, by article id (`prepareEntries`). */
export type PreparedEntries = Map<string, Omit<DocRecord, 'n'>>;

/** The index entries of articles, computed with no database (the costly text work of an import). */
export function prepareEntries(articles: Article[]): PreparedEntries {
  const out: PreparedEntries = new Map();
  for (const article of articles) if (!out.has(article.id)) out.set(article.id, prepareDoc(article).doc);
  return out;
}

/**
 * Step 2, once per batch: the articles not in the corpus yet (nor earlier in the import), their
 * index entries and the batch's note, in one transaction. The entries are computed before it opens
 * (or given, computed ahead), so matches wait only for the writes. Once every write is sent the
 * transaction is told to commit, and `whileWriting` runs (the next batch's text work) while the
 * browser stores this one: an import's time is then the larger of the two, not their sum. Returns
 * what `whileWriting` returned.
 */
export async function importBatch<T = undefined>(
  db: Db,
  run: StagedRun,
  batch: Article[],
  now: number,
  prepared?: PreparedEntries,
  whileWriting?: () => T,
): Promise<T | undefined> {
  const candidates: Article[] = [];
  const twice: string[] = [];
  const inBatch = new Set<string>();
  for (const article of batch) {
    if (run.seen.has(article.id) || inBatch.has(article.id)) twice.push(article.id);
    else {
      inBatch.add(article.id);
      candidates.push(article);
    }
  }
  const docs = candidates.map((a) => prepared?.get(a.id) ?? prepareDoc(a).doc);
  const from = run.next;
  let ahead: T | undefined;
  const write = (known: IdFilter | null) => {
    const tx = db.transaction([...CORPUS_STORES], 'readwrite');
    return inTx(tx, async () => {
      const store = tx.objectStore('articles');
      // Only the articles the filter does not rule out are looked up (with none, every one is).
      const existing = await Promise.all(
        candidates.map((a) => (known && !known.has(a.id) ? undefined : store.getKey(a.id))),
      );
      // Sent with no promise each: a failed add (an article already there) aborts the transaction,
      // and with it the note, sent last, which is the one request awaited.
      const articlesStore = rawStore(tx, 'articles');
      const docsStore = rawStore(tx, 'docs');
      const ids: string[] = [];
      const numbers: number[] = [];
      let n = from;
      candidates.forEach((article, i) => {
        if (existing[i] !== undefined) return;
        articlesStore.add({ ...article, origin: 'user', corpusVersion: null, addedAt: now });
        docsStore.put({ ...docs[i], n });
        ids.push(article.id);
        numbers.push(n++);
      });
      const note: ArticlesNote = { ids, docs: [from, n] };
      const stored = tx.objectStore('meta').put({ key: noteKey(KIND, run.id, run.batch), value: note });
      stored.catch(() => undefined);
      // Every request is sent: the browser may commit without waiting for their answers, which this
      // thread, busy with `whileWriting`, would hand over late.
      tx.commit();
      if (whileWriting && ahead === undefined) ahead = whileWriting();
      await stored;
      return { ids, numbers, existing };
    });
  };
  let outcome: Awaited<ReturnType<typeof write>>;
  try {
    outcome = await write(run.known);
  } catch (error) {
    // An article added since the filter was read (a page kept meanwhile): nothing of the batch was
    // written; it is written again with a lookup an article, which finds it.
    if (run.known === null || (error as DOMException | null)?.name !== 'ConstraintError') throw error;
    outcome = await write(null);
  }
  run.batch++;
  run.next = from + outcome.ids.length;
  candidates.forEach((article, i) => {
    if (outcome.existing[i] !== undefined) run.duplicates.push(article.id);
    run.seen.add(article.id);
  });
  run.duplicates.push(...twice);
  run.added.push(...outcome.ids);
  let k = 0;
  candidates.forEach((_, i) => {
    if (outcome.existing[i] === undefined) addPostings(run.postings, outcome.numbers[k++], docs[i].terms, docs[i].tf);
  });
  return ahead;
}

/** Postings transactions sent before the first of them is awaited. */
const POSTINGS_IN_FLIGHT = 4;

/**
 * Step 3: the import's postings, numbered in its reserved blocks: a record of its own for a term many
 * of its articles have (split at BLOCK_DOCS), records shared by dozens of terms for the others (terms
 * of at most `sharedUpTo` postings, new to the index or not); `per` terms' records a transaction,
 * each noting its blocks. A few transactions are in flight at once: the browser runs them one after
 * the other, with no wait for this thread between them, while this thread builds the next.
 */
export async function importPostings(
  db: Db,
  run: StagedRun,
  per = STAGED_TERMS,
  sharedUpTo = SHARED_TERM_POSTINGS,
): Promise<void> {
  const terms = [...run.postings.keys()].sort();
  // A term the index knows shares a record too: an import adds one record to each of its terms, shared
  // or not, so a match reads as many records a term either way; a shared one carries its neighbours'
  // postings (at most SHARED_RECORD_POSTINGS). Onto a corpus of 10,000 articles or more, nearly every
  // term of an import is known, and a record of its own for each was a fifth of the import's time.
  const records: PostingBlockRecord[] = [];
  const few: Array<[string, PostingList]> = [];
  for (const term of terms) {
    const list = run.postings.get(term)!;
    if (fitsShared(list.docs.length, sharedUpTo)) few.push([term, list]);
    else records.push(...ownRecords(term, list, run.mark.blocks[0] + records.length, BLOCK_DOCS));
  }
  records.push(...packShared(few, run.mark.blocks[0] + records.length));
  // Transactions of about `per` terms each.
  const steps: Array<[number, number]> = [];
  for (let i = 0; i < records.length;) {
    let j = i;
    for (let count = 0; j < records.length && (j === i || count + records[j].terms.length <= per); j++)
      count += records[j].terms.length;
    steps.push([i, j]);
    i = j;
  }
  const inFlight: Array<Promise<void>> = [];
  try {
    for (let step = 0; step < steps.length; step++) {
      const [from, to] = steps[step];
      const note: PostingsNote = { blocks: [records[from].block, records[to - 1].block + 1] };
      const tx = db.transaction(['postingBlocks', 'meta'], 'readwrite');
      const written = inTx(tx, async () => {
        const store = rawStore(tx, 'postingBlocks');
        for (let k = from; k < to; k++) store.put(records[k]);
        const noted = tx
          .objectStore('meta')
          .put({ key: noteKey(KIND, run.id, `p${String(step).padStart(8, '0')}`), value: note });
        tx.commit();
        await noted;
      });
      written.catch(() => undefined);
      inFlight.push(written);
      if (inFlight.length >= POSTINGS_IN_FLIGHT) await inFlight.shift();
    }
    await Promise.all(inFlight);
  } finally {
    // On a failure, what is still in flight settles before the import is taken back from its notes.
    await Promise.allSettled(inFlight);
  }
}

/**
 * Step 4, one small transaction: the dictionary's counts, the counters (their waiting documents as
 * they are), the common terms; the reservation, the marker and the notes go. The import is then whole.
 * Returns its terms that have too many blocks now (`isCrowded` with IMPORT_SPARE_BLOCKS), for step 5 to merge.
 */
export async function commitImport(db: Db, run: StagedRun): Promise<string[]> {
  const tx = db.transaction(['meta', 'terms'], 'readwrite');
  const crowded: string[] = [];
  await inTx(tx, async () => {
    const [meta, buckets, stored] = await Promise.all([
      readIndexMeta(tx),
      readBuckets(tx, run.postings.keys()),
      run.known ? storedBase(tx) : null,
    ]);
    const waiting = waitingCounts(meta.recent);
    const changed: Array<[string, number]> = [];
    for (const [term, list] of run.postings) {
      const bucket = buckets.get(bucketOf(term))!;
      const df = (bucket.df.get(term) ?? 0) + list.docs.length;
      const blocks = (bucket.blocks.get(term) ?? 0) + Math.ceil(list.docs.length / BLOCK_DOCS);
      bucket.df.set(term, df);
      bucket.blocks.set(term, blocks);
      changed.push([term, df + (waiting.get(term) ?? 0)]);
      if (isCrowded(blocks, df, IMPORT_SPARE_BLOCKS)) crowded.push(term);
    }
    meta.docs += run.added.length;
    meta.common = await updateCommonTerms(commonTermsOf(meta), changed, meta.docs, readAllBuckets(tx));
    unstage(meta, run.id);
    const writes = writeBuckets(tx, buckets.values());
    writes.push(writeIndexMeta(tx, meta));
    writes.push(tx.objectStore('meta').delete(notesRange(KIND, run.id)));
    writes.push(tx.objectStore('meta').delete(`${KIND}${run.id}`));
    // The filter, for the next import: what this one knew and added, which covers every document
    // numbered before its last; unless another import stored one since this one read its own.
    if (run.known && stored === run.filterBase) {
      const filter = withIds(run.known, run.added);
      const value: StoredIdFilter = { hashes: filter.hashes, nextDoc: run.mark.docs[1] };
      writes.push(tx.objectStore('meta').put({ key: STORED_FILTER_KEY, value }));
    }
    await Promise.all(writes);
  });
  return crowded;
}

/** The `nextDoc` of the stored filter, or null when there is none. */
async function storedBase(tx: WriteTx): Promise<number | null> {
  return ((await tx.objectStore('meta').get(STORED_FILTER_KEY))?.value as StoredIdFilter | undefined)?.nextDoc ?? null;
}

function unstage(meta: { staged?: Array<{ id: string }> }, id: string): void {
  const staged = (meta.staged ?? []).filter((s) => s.id !== id);
  if (staged.length > 0) meta.staged = staged as typeof meta.staged;
  else delete meta.staged;
}

/**
 * Takes back what an import wrote, from its notes, latest first, a note a transaction (each note goes
 * with what it says, so a rollback cut off in turn resumes); then its reservation. The counters get
 * back their numbers when nothing was added since. Returns how many articles went.
 */
export async function rollbackImport(db: Db, id: string): Promise<number> {
  const mark = (await db.get('meta', `${KIND}${id}`))?.value as ImportMark | undefined;
  if (!mark) return 0;
  const keys = (await db.getAllKeys('meta', notesRange(KIND, id))).reverse();
  let removed = 0;
  for (const key of keys) {
    const tx = db.transaction([...CORPUS_STORES], 'readwrite');
    const note = (await tx.objectStore('meta').get(key))?.value as
      ArticlesNote | PostingsNote | LegacyPostingsNote | undefined;
    const writes: Array<Promise<unknown>> = [];
    if (note && 'blocks' in note) {
      writes.push(tx.objectStore('postingBlocks').delete(IDBKeyRange.bound(note.blocks[0], note.blocks[1] - 1)));
    } else if (note && 'terms' in note) {
      const postings = tx.objectStore('postings');
      for (const term of note.terms)
        writes.push(postings.delete(IDBKeyRange.bound([term, mark.blocks[0]], [term, mark.blocks[1] - 1])));
    } else if (note) {
      const articles = tx.objectStore('articles');
      writes.push(...note.ids.map((a) => articles.delete(a)));
      if (note.docs[1] > note.docs[0])
        writes.push(tx.objectStore('docs').delete(IDBKeyRange.bound(note.docs[0], note.docs[1] - 1)));
      removed += note.ids.length;
    }
    writes.push(tx.objectStore('meta').delete(key));
    await Promise.all(writes);
    await tx.done;
  }
  const tx = db.transaction(['meta'], 'readwrite');
  const meta = await readIndexMeta(tx);
  unstage(meta, id);
  if (meta.nextDoc === mark.docs[1] && meta.nextBlock === mark.blocks[1]) {
    meta.nextDoc = mark.docs[0];
    meta.nextBlock = mark.blocks[0];
  }
  await Promise.all([writeIndexMeta(tx, meta), tx.objectStore('meta').delete(`${KIND}${id}`), tx.done]);
  return removed;
}

/**
 * Imports begun before `before` (this worker's start) and never committed nor taken back: the worker
 * was stopped in the middle. Each is taken back. Returns how many articles went.
 */
export async function rollbackPendingImports(db: Db, before: number): Promise<number> {
  let removed = 0;
  for (const run of await pendingRuns<ImportMark>(db, KIND))
    if (run.startedAt < before) removed += await rollbackImport(db, run.id);
  return removed;
}

/**
 * Adds user articles in steps: all land or none does (a failure takes back what was written; a stop,
 * the next start does), and matches read the store all along. Duplicates are left as they are.
 */
export async function stagedImport(
  db: Db,
  incoming: Article[],
  options: {
    batch?: number;
    terms?: number;
    /** The most postings a term has to go into a shared record (at most SHARED_TERM_POSTINGS). */
    sharedUpTo?: number;
    /** Each batch's text work while the browser writes the batch before (the default), or after it. */
    overlap?: boolean;
    /** Told how long each step took, in milliseconds: where an import's time goes. */
    timing?: (step: 'begin' | 'articles' | 'postings' | 'commit' | 'merge', ms: number) => void;
    /**
     * Given the terms the import leaves crowded, to merge after it (a `MergeQueue`'s `add`, in the
     * background); without it, step 5 merges them before the import returns.
     */
    merge?: (crowded: readonly string[]) => void;
  } = {},
): Promise<AddOutcome> {
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  let t0 = performance.now();
  const lap = (step: 'begin' | 'articles' | 'postings' | 'commit' | 'merge') => {
    const t = performance.now();
    options.timing?.(step, t - t0);
    t0 = t;
  };
  const run = await beginImport(db, id, incoming.length);
  lap('begin');
  let crowded: string[] = [];
  const bounds = batchBounds(incoming.length, Math.max(1, options.batch ?? STAGED_BATCH));
  const now = Date.now();
  try {
    // Each batch's text work is done while the browser writes the batch before it.
    const slices = bounds.map(([from, to]) => incoming.slice(from, to));
    let prepared = prepareEntries(slices[0] ?? []);
    for (let i = 0; i < slices.length; i++) {
      const next = slices[i + 1] ?? [];
      if (options.overlap === false) {
        await importBatch(db, run, slices[i], now, prepared);
        prepared = prepareEntries(next);
      } else prepared = (await importBatch(db, run, slices[i], now, prepared, () => prepareEntries(next)))!;
    }
    lap('articles');
    await importPostings(db, run, options.terms, options.sharedUpTo);
    lap('postings');
    crowded = await commitImport(db, run);
    lap('commit');
  } catch (error) {
    // When the rollback fails in turn (the browser closing), the next start finishes it.
    await rollbackImport(db, id).catch(() => undefined);
    throw error;
  }
  // The import has landed whole; a merge that fails leaves its terms to be merged when next crowded.
  if (options.merge) options.merge(crowded);
  else await mergeCrowdedTerms(db, crowded).catch(() => undefined);
  lap('merge');
  return { added: run.added, duplicates: run.duplicates };
}
