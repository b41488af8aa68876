// An imported HTML page becomes an article the way a saved page does: read into a digest (by
// Readability and the metadata layer, on whatever DOM is at hand), then written as text in the
// seeds' format. Apart from the file parsers, so the options page, which reads HTML files itself
// with the browser's parser, carries none of them.
import type { PageDigest } from '../types';
import { digestToText } from './digest-to-text';

/** The address an imported HTML file is read at. */
export function htmlFileUrl(name: string): string {
  return `file:///${encodeURIComponent(name)}`;
}

/** Whether an imported file is an HTML page, by its name. */
export function isHtmlFile(name: string): boolean {
  return /\.html?$/i.test(name);
}

/** A page's article as text in the seeds' format, or null when the page holds none. */
export function htmlArticle(digest: PageDigest): string | null {
  return digest.text.trim() && digest.readerable ? digestToText(digest) : null;
}
