// Stable, content-derived ids: the same text always gets the same id, in Node and in the browser.

/** A 64-bit hash of a string as 16 hex digits (two independent 32-bit FNV-1a/murmur-style lanes). */
export function hash64(text: string): string {
  let h1 = 0xdeadbeef ^ text.length;
  let h2 = 0x41c6ce57 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

/** The id of an article: its body text, whitespace- and case-normalized, hashed. */
export function articleId(paragraphs: string[]): string {
  const normalized = paragraphs.join('\n').normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  return `a${hash64(normalized)}`;
}
