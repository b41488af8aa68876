// Near-duplicate fingerprints over shingle hashes.
//
// `minhash` is the classic signature (one minimum per hash function) and estimates resemblance
// (Jaccard) between two stored texts. For matching a page, the index keeps instead a bottom-k
// sketch per article: the k smallest values of one mixing hash over its shingles. Because the page's
// shingles are all at hand when it is matched, the sketch answers both questions a signature cannot:
// how much of the PAGE is in the article (an excerpt: low Jaccard, high containment) and how much of
// the ARTICLE is in the page (a copy wrapped in new furniture). Every article shingle whose hash is
// below the sketch's largest value is in the sketch, so testing the page's shingles under that value
// is an exact membership test on a uniform sample: no false positives, error only from sample size.

/** murmur3's 32-bit finalizer: spreads FNV hashes so their order is a random permutation. */
export function mix32(value: number, seed = 0): number {
  let h = (value ^ seed) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS: number[] = [];
function seedFor(i: number): number {
  while (SEEDS.length <= i) SEEDS.push(mix32(SEEDS.length + 1, 0x9e3779b9));
  return SEEDS[i];
}

/** MinHash signature: for each of `numHashes` hash functions, the smallest hash over the shingles. */
export function minhash(shingleHashes: ArrayLike<number>, numHashes = 128): number[] {
  const signature = new Array<number>(numHashes).fill(0xffffffff);
  for (let i = 0; i < numHashes; i++) {
    const seed = seedFor(i);
    let min = 0xffffffff;
    for (let j = 0; j < shingleHashes.length; j++) {
      const h = mix32(shingleHashes[j], seed);
      if (h < min) min = h;
    }
    signature[i] = min;
  }
  return signature;
}

/** Estimated Jaccard resemblance of two texts from their MinHash signatures (0 when either is empty). */
export function estimateJaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  let empty = 0;
  for (let i = 0; i < n; i++) {
    if (a[i] === 0xffffffff && b[i] === 0xffffffff) empty++;
    else if (a[i] === b[i]) same++;
  }
  return n === empty ? 0 : same / n;
}

/** Sketch size kept per article: 512 bytes, and ~k/|A| of the page's shingles sampled. */
export const SKETCH_SIZE = 128;

/** The bottom-k sketch: the k smallest mixed shingle hashes, ascending. */
export function bottomK(shingleHashes: ArrayLike<number>, k = SKETCH_SIZE): Uint32Array {
  const n = shingleHashes.length;
  const mixed = new Uint32Array(n);
  for (let i = 0; i < n; i++) mixed[i] = mix32(shingleHashes[i]);
  // mix32 spreads hashes evenly over 32 bits, so the k smallest of n lie below about k/n of the range.
  // Sorting only the values below twice that share is exact whenever k distinct values fall there,
  // which is nearly always, and sorts a fraction of a long text's shingles; otherwise all are sorted.
  if (n > 4 * k) {
    const bound = Math.floor(((2 * k) / n) * 2 ** 32);
    let m = 0;
    for (let i = 0; i < n; i++) if (mixed[i] < bound) m++;
    const low = new Uint32Array(m);
    m = 0;
    for (let i = 0; i < n; i++) if (mixed[i] < bound) low[m++] = mixed[i];
    const sketch = smallestDistinct(low, k);
    if (sketch.length >= k) return sketch;
  }
  return smallestDistinct(mixed, k);
}

/** The k smallest distinct values, ascending (sorts `values` and overwrites its start). */
function smallestDistinct(values: Uint32Array, k: number): Uint32Array {
  values.sort();
  // Shingle hashes are distinct, but two may mix to the same value; keep distinct values.
  let size = 0;
  for (let i = 0; i < values.length && size < k; i++)
    if (i === 0 || values[i] !== values[i - 1]) values[size++] = values[i];
  return values.slice(0, size);
}

// A page is compared with several candidates in a row: its mixed shingles are computed and
// sorted once per shingle array (profiles never change theirs).
const mixedSorted = new WeakMap<object, Uint32Array>();

/** The distinct mixed hashes of a page's shingles, ascending, remembered for the same array. */
function sortedMixed(pageShingles: ArrayLike<number>): Uint32Array {
  let sorted = mixedSorted.get(pageShingles);
  if (!sorted) {
    const mixed = new Uint32Array(pageShingles.length);
    for (let i = 0; i < pageShingles.length; i++) mixed[i] = mix32(pageShingles[i]);
    mixed.sort();
    let size = 0;
    for (let i = 0; i < mixed.length; i++) if (i === 0 || mixed[i] !== mixed[i - 1]) mixed[size++] = mixed[i];
    sorted = mixed.slice(0, size);
    mixedSorted.set(pageShingles, sorted);
  }
  return sorted;
}

export interface Overlap {
  /** Estimated share of the page's shingles found in the article. */
  pageInArticle: number;
  /** Estimated share of the article's shingles found in the page. */
  articleInPage: number;
  /** Estimated Jaccard resemblance. */
  resemblance: number;
  /** How many page shingles fell in the sampled range: small samples deserve less trust. */
  sample: number;
}

/**
 * Containment both ways and resemblance, from all of the page's shingle hashes and an article's
 * bottom-k sketch (with its total shingle count).
 */
export function estimateOverlap(
  pageShingles: ArrayLike<number>,
  sketch: ArrayLike<number>,
  articleShingles: number,
): Overlap {
  if (pageShingles.length === 0 || sketch.length === 0)
    return { pageInArticle: 0, articleInPage: 0, resemblance: 0, sample: 0 };
  // When the sketch holds every article shingle, the whole hash range is sampled.
  const complete = sketch.length >= articleShingles;
  const limit = complete ? 0xffffffff : sketch[sketch.length - 1];
  const pageMixed = sortedMixed(pageShingles);
  // Both ascending: one merge walk over the sampled range counts the page shingles in it and those
  // the sketch holds.
  let sampled = 0;
  let shared = 0;
  let j = 0;
  for (let i = 0; i < pageMixed.length; i++) {
    const h = pageMixed[i];
    if (h > limit) break;
    sampled++;
    while (j < sketch.length && sketch[j] < h) j++;
    if (j < sketch.length && sketch[j] === h) shared++;
  }
  const pageInArticle = sampled === 0 ? 0 : shared / sampled;
  const articleInPage = shared / sketch.length;
  // |P∩A| estimated from the article side, |P∪A| = |P| + |A| - |P∩A|.
  const intersection = articleInPage * articleShingles;
  const union = pageMixed.length + articleShingles - intersection;
  const resemblance = union <= 0 ? 0 : Math.min(1, intersection / union);
  return { pageInArticle, articleInPage, resemblance, sample: sampled };
}
