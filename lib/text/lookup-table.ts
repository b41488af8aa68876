/**
 * A word table with no prototype: `word in table` and `table[word]` see only its own keys, so a text's
 * "constructor" or "__proto__" is looked up as a word, never as Object.prototype's.
 */
export function lookupTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
