// The rules for keeping the articles a user reads: which articles may go to respect the limits and in
// what order, when a page read again is the same article (updated, not added twice), and what one
// kept article costs in storage. Pure: lib/store/keep-store.ts applies them inside a transaction.
import type { Article, ArticleAddedBy, Match } from '../types';

/** Articles that came on their own (kept as read, from a feed): the only ones the limits remove. */
export const AUTOMATIC: readonly ArticleAddedBy[] = ['kept', 'feed'];

export const isAutomatic = (a: Pick<Article, 'addedBy'> | undefined | null): boolean =>
  !!a?.addedBy && AUTOMATIC.includes(a.addedBy);

export interface KeepLimits {
  maxArticles: number;
  maxBytes: number;
}

export const MB = 1024 * 1024;

export function keepLimits(settings: { keepMaxArticles: number; keepMaxMegabytes: number }): KeepLimits {
  return { maxArticles: Math.max(1, settings.keepMaxArticles), maxBytes: Math.max(1, settings.keepMaxMegabytes) * MB };
}

/**
 * What an article takes in storage, estimated: its record as JSON (text, figures, sources; IndexedDB
 * stores strings as UTF-16, two bytes a character) plus its index entry (64 terms with their postings, a
 * sketch of 128 hashes, names and the card: some 4 kB whatever the article's length).
 */
export const INDEX_ENTRY_BYTES = 4096;
export function estimateSize(article: Article): number {
  const { size: _size, ...rest } = article;
  return JSON.stringify(rest).length * 2 + INDEX_ENTRY_BYTES;
}

/** One automatic article as the eviction sees it, oldest first. */
export interface KeptEntry {
  id: string;
  addedAt: number;
  size: number;
}

/**
 * Which automatic articles go so that `count` articles of `bytes` fit the limits: the oldest first,
 * never one of `spare` (the article just kept). `oldestFirst` holds only automatic articles: saved
 * and imported ones are never offered, so never removed. Stops as soon as both limits hold.
 */
export function planEviction(
  oldestFirst: Iterable<KeptEntry>,
  count: number,
  bytes: number,
  limits: KeepLimits,
  spare: ReadonlySet<string> = new Set(),
): string[] {
  const out: string[] = [];
  for (const entry of oldestFirst) {
    if (count <= limits.maxArticles && bytes <= limits.maxBytes) break;
    if (spare.has(entry.id)) continue;
    out.push(entry.id);
    count--;
    bytes -= entry.size;
  }
  return out;
}

export const overLimits = (count: number, bytes: number, limits: KeepLimits) =>
  count > limits.maxArticles || bytes > limits.maxBytes;

/** How much of the page a corpus article must hold, by its sketch, to be the same article read again. */
export const SAME_ARTICLE_OVERLAP = 0.8;

export type KeepDecision = { action: 'add'; replace: string[] } | { action: 'skip'; reason: string; id: string };

/**
 * What keeping a page does, given the corpus article at its address (if any) and the page's
 * same-article matches with their owners: a kept copy (same address, or the same text by its
 * near-duplicate sketch) is replaced by the new reading; a copy the user saved, imported or that came
 * bundled stays as it is and nothing is kept.
 */
export function decideKeep(
  atAddress: Pick<Article, 'id' | 'addedBy' | 'origin'> | null,
  sameArticles: Array<{
    match: Pick<Match, 'id' | 'relation' | 'overlap'>;
    article: Pick<Article, 'id' | 'addedBy' | 'origin'> | null;
  }>,
): KeepDecision {
  const replace = new Set<string>();
  if (atAddress) {
    if (!isAutomatic(atAddress))
      return { action: 'skip', reason: 'already in the corpus at this address', id: atAddress.id };
    replace.add(atAddress.id);
  }
  for (const { match, article } of sameArticles) {
    if (match.relation !== 'same-article' || match.overlap < SAME_ARTICLE_OVERLAP || !article) continue;
    if (!isAutomatic(article))
      return { action: 'skip', reason: 'the same article is already in the corpus', id: article.id };
    replace.add(article.id);
  }
  return { action: 'add', replace: [...replace] };
}

/** The host of an address, without "www.", or null. */
export function siteOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** Whether an address is on a site ("example.com" covers its subdomains). */
export function onSite(url: string | null | undefined, site: string): boolean {
  const host = siteOf(url);
  const want = site.toLowerCase().replace(/^www\./, '');
  return host !== null && (host === want || host.endsWith(`.${want}`));
}
