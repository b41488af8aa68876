// Record shapes of the corpus index stores in IndexedDB (owned by the matching engine).

/** Per-article index entry: its keyword vector and near-duplicate fingerprint. */
export interface DocRecord {
  id: string;
  /** Top terms with their tf-idf weights at indexing time. */
  terms: Array<[term: string, weight: number]>;
  norm: number;
  /** MinHash signature over word shingles. */
  minhash: number[];
  /** Number of shingles in the article. */
  shingles: number;
  length: number;
}

/** A block of postings for one term. */
export interface PostingRecord {
  term: string;
  block: number;
  ids: string[];
  weights: number[];
}

/** Document frequency of a term across the corpus. */
export interface TermStatRecord {
  term: string;
  df: number;
}
