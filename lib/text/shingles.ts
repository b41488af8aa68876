// Word shingles: every run of k consecutive words, hashed to a 32-bit integer. Two texts that share
// wording share shingles, whatever page furniture surrounds them; this is what tells a republished
// copy from separate coverage. Stop words and numbers stay in: here the exact wording is the point.
import { tokenize } from './tokenize';

/** FNV-1a over the UTF-16 code units of a string, as an unsigned 32-bit integer. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The distinct hashes of the k-word shingles of `text` (one shingle when it has fewer than k words). */
export function shingles(text: string, k = 5): number[] {
  const words = tokenize(text).map((t) => t.token);
  return shinglesOfWords(words, k);
}

/**
 * Shingles over words already tokenized, so a caller that has the tokens does not tokenize twice.
 * Each word is hashed once (FNV-1a) and a shingle's hash combines its k word hashes in order, which
 * costs k multiplications per shingle instead of hashing a joined string.
 */
export function shinglesOfWords(words: string[], k = 5): number[] {
  const hashes = new Uint32Array(words.length);
  const memo = new Map<string, number>();
  for (let i = 0; i < words.length; i++) {
    let h = memo.get(words[i]);
    if (h === undefined) memo.set(words[i], (h = fnv1a(words[i])));
    hashes[i] = h;
  }
  return shinglesOfHashes(hashes, k);
}

/** The distinct shingle hashes, in order of first appearance, of words given by their FNV-1a hashes. */
export function shinglesOfHashes(hashes: ArrayLike<number>, k = 5): number[] {
  const n = hashes.length;
  if (n === 0) return [];
  const size = Math.max(1, Math.floor(k));
  const end = Math.max(1, n - size + 1);
  const out: number[] = [];
  // Distinct values kept in an open-addressing table of typed arrays: a Set would box most of them
  // (a 32-bit hash is beyond a small integer) and cost as much as the hashing.
  let capacity = 16;
  while (capacity < end * 2) capacity *= 2;
  const mask = capacity - 1;
  const table = new Uint32Array(capacity);
  const used = new Uint8Array(capacity);
  for (let i = 0; i < end; i++) {
    let h = 0x811c9dc5;
    const last = Math.min(n, i + size);
    for (let j = i; j < last; j++) h = Math.imul(h ^ hashes[j], 0x01000193) ^ (h >>> 15);
    h >>>= 0;
    let slot = h & mask;
    while (used[slot] && table[slot] !== h) slot = (slot + 1) & mask;
    if (used[slot]) continue;
    used[slot] = 1;
    table[slot] = h;
    out.push(h);
  }
  return out;
}
