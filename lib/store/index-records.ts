// Record shapes of the corpus index stores in IndexedDB, and the hash that places a term in its
// bucket record. They live with the store (the database schema and its upgrades need them); the
// matching engine (lib/match) reads and writes them.
import type { EstimatedDate, Figure } from '../types';
//
// Documents are numbered (`n`) so that postings hold compact typed arrays of numbers rather than
// string ids: a block of 1,000 postings is two small buffers that IndexedDB copies in one piece.

/** Per-article index entry: its keyword vector, its near-duplicate sketch, its names and date. */
export interface DocRecord {
  /** The document number postings refer to (the store's key). */
  n: number;
  /** The article's id in the `articles` store. */
  id: string;
  /** The indexed terms (stems), most distinctive first: the article's top terms, not all of them. */
  terms: string[];
  /** Raw term frequency of each of `terms` in the article (capped at 255). */
  tf: Uint8Array;
  /**
   * Written by releases before the index derived document frequencies from its postings: the norm
   * of the article's vector with idf as it was then. Unused: the matcher computes the norm with the
   * idf in force, so old and new entries score alike.
   */
  norm?: number;
  /** Bottom-k sketch of the article's 5-word shingles (ascending mixed hashes). */
  sketch: Uint32Array;
  /** Number of distinct shingles in the article. */
  shingles: number;
  /** Number of content terms in the article. */
  length: number;
  /** Normalized candidate names ("benjamin netanyahu"), up to a cap. */
  names: string[];
  /** The article's date (ISO, as precise as its text), or null. */
  published: string | null;
  /**
   * What a match shows and compares of the article, so that a match reads no article record.
   * Absent from entries written by earlier releases: the matcher then reads the article.
   */
  card?: DocCard;
}

/** What comparing two figures' quantities and values reads of a figure (an index entry keeps only this). */
export type FigureQuantity = Pick<Figure, 'value' | 'lower' | 'upper' | 'unit' | 'counts' | 'event'>;

export interface DocCard {
  title: string;
  outlet: string | null;
  /** The first publisher the article credits, when it is a republication. */
  originalPublisher: string | null;
  /** Its figures that say what they count or what happened, reduced to what comparing them reads. */
  figures: FigureQuantity[];
  /** For an article that states no date, the date its text implies (absent from earlier entries). */
  estimated?: (EstimatedDate & { confidence: number }) | null;
  /** Only a summary of the article is kept (a feed item without its full text). */
  partial?: true;
}

/**
 * A block of postings for one term: the documents of one indexing batch that have the term among
 * their top terms. Blocks are only ever appended (a new block number per batch) and rewritten only
 * when documents are removed.
 */
export interface PostingRecord {
  term: string;
  block: number;
  /** Document numbers, ascending. */
  docs: Uint32Array;
  /** Term frequency in each document (capped at 255). */
  tf: Uint8Array;
}

/**
 * A block of postings as the index writes them since version 6 of the database: one term's (a term
 * many documents of a batch have, or one the index had already), or those of dozens of terms new to
 * the index that few documents of the batch have. An IndexedDB request costs far more here than the
 * bytes it carries, and a batch brings thousands of such new, rare terms: one record a term was most
 * of a small import's last step. The store's `byTerm` index (multiEntry on `terms`) finds all of a
 * term's records in one request. Term `terms[i]` has the postings from `starts[i]` to `starts[i + 1]`
 * of `docs` and `tf`; each record has its own block number, which counts as one block for each of
 * its terms. The blocks written before (`PostingRecord`, the `postings` store) are still read while
 * the index has any (`IndexMeta.legacyPostings`).
 */
export interface PostingBlockRecord {
  block: number;
  /** The terms, ascending. */
  terms: string[];
  /** Where each term's postings start in `docs` and `tf`; one more than `terms`, the last the length. */
  starts: Uint32Array;
  /** Document numbers, ascending within each term. */
  docs: Uint32Array;
  tf: Uint8Array;
}

/** The index's counters, kept in the `meta` store under INDEX_META_KEY. */
export interface IndexMeta {
  /** Documents in the index. */
  docs: number;
  /** The next document number to give. */
  nextDoc: number;
  /** The next postings block number to give. */
  nextBlock: number;
  /**
   * The index has blocks in the `postings` store, written before version 6 of the database, one term
   * and one batch a record: they are read beside the records of `postingBlocks`. Absent from an index
   * begun since, whose every block is found through `postingBlocks` alone, one request a term.
   */
  legacyPostings?: true;
  /**
   * Terms in more than COMMON_SHARE of the documents, with their document frequencies
   * (common-terms.ts). Absent from indexes written before it, until their next change.
   */
  common?: Map<string, number>;
  /**
   * Documents added a few at a time (a page kept or saved) whose postings are not written yet: they
   * wait here, in the record every match and every add reads anyway, until RECENT_MAX of them are
   * written as one block per term (lib/match/index-articles.ts). The dictionary and the postings
   * count only written documents; a match adds these to what it reads.
   */
  recent?: RecentDoc[];
  /**
   * Documents removed (an article deleted, a kept page evicted) whose postings are still in their
   * blocks: rewriting the blocks of a document's 64 terms is most of a removal's cost, so up to
   * REMOVED_MAX removals only leave their number and terms here (their counts already taken out of the
   * dictionary), and a match skips them; then the blocks of all their terms are rewritten at once
   * (lib/match/remove-from-index.ts). Their `tf` is empty.
   */
  removed?: RecentDoc[];
  /**
   * Large imports under way (lib/match/staged-import.ts): the postings blocks each has reserved,
   * numbered in [from, to). They are written before the import commits, and nothing reads them (a
   * match, a removal, a merge) until it has: a match never sees half an import.
   */
  staged?: StagedBlocks[];
}

/** The postings blocks an import under way has reserved. */
export interface StagedBlocks {
  id: string;
  from: number;
  to: number;
  /** The document numbers it reserved, [from, to): its articles cannot be deleted until it commits. */
  docs?: [number, number];
}

/** Whether document `n` belongs to an import under way. */
export function inStagedImport(meta: Pick<IndexMeta, 'staged'> | undefined, n: number): boolean {
  return meta?.staged?.some((s) => s.docs !== undefined && n >= s.docs[0] && n < s.docs[1]) ?? false;
}

/** A document whose postings wait in the counters' record: its number, its top terms, their frequencies. */
export interface RecentDoc {
  n: number;
  /** The document's indexed terms, joined by RECENT_SEPARATOR (one string clones faster than a list). */
  terms: string;
  tf: Uint8Array;
}

export const RECENT_SEPARATOR = '\n';

export const INDEX_META_KEY = 'index';
/** Where the last staged import left its filter of the corpus's ids (lib/match/staged-import.ts), in `meta`. */
export const STORED_FILTER_KEY = 'importIdFilter';
export const INDEX_STORES = ['meta', 'docs', 'postings', 'postingBlocks', 'terms'] as const;

// The index's term dictionary: per term, how many documents have it among their top terms (its
// document frequency) and in how many postings blocks they lie. Terms are kept in a fixed number of
// bucket records (a term's bucket is a hash of it): an import writes at most TERM_BUCKETS records
// for its terms however many it brings (a record a term cost more than all the rest of an import),
// and a match reads one small record for each term it looks up.

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
