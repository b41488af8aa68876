// Collects a page's <meta> tags into one lookup by lower-cased key, whatever attribute names them:
// `property` (OpenGraph, article:*, space-separated lists allowed), `name` (citation_*, DC, parsely-*,
// sailthru.*, author, date) and `itemprop` (microdata).

/** Tag key → contents in document order. */
export type MetaTags = ReadonlyMap<string, readonly string[]>;

const MAX_TAGS = 2000;
const MAX_CONTENT_CHARS = 20_000;
const MAX_VALUES_PER_KEY = 20;

/** All meta tags of the document with non-empty content. */
export function readMetaTags(doc: Document): MetaTags {
  const tags = new Map<string, string[]>();
  const add = (key: string, content: string) => {
    const list = tags.get(key);
    if (!list) tags.set(key, [content]);
    else if (list.length < MAX_VALUES_PER_KEY) list.push(content);
  };
  const metas = Array.from(doc.querySelectorAll('meta')).slice(0, MAX_TAGS);
  for (const meta of metas) {
    const content = meta.getAttribute('content');
    if (!content || !content.trim()) continue;
    const value = content.slice(0, MAX_CONTENT_CHARS);
    const keys = new Set<string>();
    for (const attr of ['property', 'name', 'itemprop']) {
      const raw = meta.getAttribute(attr);
      if (!raw) continue;
      for (const key of raw.toLowerCase().split(/\s+/)) if (key) keys.add(key);
    }
    const httpEquiv = meta.getAttribute('http-equiv');
    if (httpEquiv) keys.add(`http-equiv:${httpEquiv.trim().toLowerCase()}`);
    for (const key of keys) add(key, value);
  }
  return tags;
}

/** The first content among `keys` (in the order given), or null. */
export function firstTag(tags: MetaTags, keys: readonly string[]): string | null {
  for (const key of keys) {
    const values = tags.get(key);
    if (values?.length) return values[0];
  }
  return null;
}

/** Every content among `keys`, for repeated tags such as citation_author or article:author. */
export function allTags(tags: MetaTags, keys: readonly string[]): string[] {
  const out: string[] = [];
  for (const key of keys) for (const value of tags.get(key) ?? []) if (!out.includes(value)) out.push(value);
  return out;
}
