// Reads a page given as HTML text, in Node (command-line tool, tests): parses it with linkedom and
// reads the resulting document exactly as the content script reads a live page.
// Readability runs on linkedom as is; no shim is needed (checked on the 130 Readability test pages).
import { parseHTML } from 'linkedom';
import type { PageDigest } from '../types';
import { readPage, type ReadPageOptions } from './read-page';

/**
 * HTML beyond this is cut before parsing: no article needs it, and parsing scales with it.
 * Parsers tolerate a cut document; the head, where metadata lives, comes first.
 */
export const MAX_HTML_CHARS = 12_000_000;

/** The digest of the page whose HTML is `html`, served at `url`. */
export function readHtml(html: string, url: string, options?: ReadPageOptions): PageDigest {
  const source = typeof html === 'string' ? html.slice(0, MAX_HTML_CHARS) : '';
  const { document } = parseHTML(source);
  return readPage(document as unknown as Document, url, options);
}
