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

/** Shingles over words already tokenized, so a caller that has the tokens does not tokenize twice. */
export function shinglesOfWords(words: string[], k = 5): number[] {
  if (words.length === 0) return [];
  const size = Math.max(1, Math.floor(k));
  const out = new Set<number>();
  if (words.length < size) {
    out.add(fnv1a(words.join(' ')));
    return [...out];
  }
  for (let i = 0; i + size <= words.length; i++) {
    let joined = words[i];
    for (let j = 1; j < size; j++) joined += ' ' + words[i + j];
    out.add(fnv1a(joined));
  }
  return [...out];
}
