// The corpus as JSON Lines: one article record a line, as the import reads it back (`.jsonl`).
import type { Article } from '../types';

/** Without the fields that only this browser's copy has (its size estimate); the rest imports back. */
export function toJsonLines(articles: Article[]): string {
  return articles.map(({ size: _size, ...a }) => JSON.stringify(a)).join('\n') + (articles.length > 0 ? '\n' : '');
}
