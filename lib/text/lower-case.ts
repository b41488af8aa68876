// Lower case for the words the engine tokenizes, by the thousand per article. An article with one
// curly quote is stored as a two-byte string, and so is every word cut from it; for those,
// `toLowerCase` always builds a new string. A word already in lower-case ASCII is returned as is.

/** `word.toLowerCase()`, without a copy when nothing changes. */
export function lowerCase(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return word.toLowerCase();
  }
  return word;
}
