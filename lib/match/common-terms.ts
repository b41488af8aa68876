// The terms a large share of the corpus has, with their document frequencies, kept in the index's
// counters record. A match skips the ones too common to select anything without reading their
// postings, which are the longest of all: in a corpus of 100,000 generated articles, the two or three
// such terms among a page's likeliest fifteen held five of every six postings a match read.
//
// Bounded whatever the corpus size: an article indexes at most INDEX_TERMS terms, so fewer than
// INDEX_TERMS / COMMON_SHARE terms (320) can each be in more than COMMON_SHARE of the articles.
import type { ReadTx } from '../store/transactions';
import type { IndexMeta } from '../store/index-records';

/** Share of the documents above which a term is kept here (below the share a match skips, so a term is known before it matters). */
export const COMMON_SHARE = 0.2;

/**
 * The common terms after some terms' document frequencies changed (0 for a term gone) and the
 * corpus came to `docs` documents. `known` is the record as it was, or null when the index predates
 * it: then it is rebuilt from the whole dictionary (`allBuckets`, read once).
 */
export async function updateCommonTerms(
  known: Map<string, number> | null,
  changed: Iterable<[string, number]>,
  docs: number,
  allBuckets: () => Promise<Array<{ df: Map<string, number> }>>,
): Promise<Map<string, number>> {
  const floor = COMMON_SHARE * docs;
  let common = known;
  if (!common) {
    common = new Map();
    for (const bucket of await allBuckets()) for (const [term, df] of bucket.df) if (df > floor) common.set(term, df);
  }
  for (const [term, df] of changed) {
    if (df > floor) common.set(term, df);
    else common.delete(term);
  }
  for (const [term, df] of common) if (df <= floor) common.delete(term);
  return common;
}

/** The dictionary's bucket records, for `updateCommonTerms` when the record must be rebuilt. */
export function readAllBuckets(tx: ReadTx): () => Promise<Array<{ df: Map<string, number> }>> {
  return () => tx.objectStore('terms').getAll();
}

/** The common terms of the index, or null when it predates them (a match then reads every term's postings). */
export function commonTermsOf(meta: IndexMeta): Map<string, number> | null {
  return meta.common ?? (meta.docs === 0 ? new Map() : null);
}
