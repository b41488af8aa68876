// Reads a page given as HTML text, in Node (command-line tool, tests): parses it with linkedom and
// reads the resulting document exactly as the content script reads a live page.
// Readability runs on linkedom as is (checked on the 130 Readability test pages). linkedom does not
// build the implied <html>, <head> and <body> a browser adds, so a page that leaves them out (valid
// HTML, and common in minified pages) is put into that shape first: see `completeTree`.
import { parseHTML } from 'linkedom';
import type { PageDigest } from '../types';
import { readPage, type ReadPageOptions } from './read-page';
import { MAX_HTML_CHARS } from './html-limits';

export { MAX_HTML_CHARS };

/** Elements a browser would place in <head> when the page leaves <head> out. */
const HEAD_ELEMENTS = new Set(['title', 'meta', 'link', 'base']);

/** Moves what stands outside <head> and <body> into them, as a browser's parser would. */
function completeTree(document: Document): void {
  const root = document.documentElement;
  let head = document.head ?? root.querySelector('head');
  let body = document.body ?? root.querySelector('body');
  if (!head) {
    head = document.createElement('head');
    root.insertBefore(head, root.firstChild);
  }
  if (!body) {
    body = document.createElement('body');
    root.appendChild(body);
  }
  const strays = Array.from(root.childNodes).filter((node) => node !== head && node !== body);
  let inBody = false;
  for (const node of strays) {
    const name = (node as Element).localName?.toLowerCase();
    // Metadata before the first content goes to <head>; everything from the first content on, to <body>.
    if (
      !inBody &&
      (node.nodeType !== 1 || !name || !HEAD_ELEMENTS.has(name)) &&
      !(node.nodeType === 3 && !node.nodeValue?.trim())
    ) {
      inBody = node.nodeType === 1 || node.nodeType === 3;
    }
    if (!inBody && node.nodeType === 1 && name && HEAD_ELEMENTS.has(name)) head.appendChild(node);
    else if (inBody) body.appendChild(node);
  }
  // A <title> or <meta> that ended up in <body> is still the page's: a browser would have put it in <head>.
  for (const el of Array.from(body.children)) {
    if (
      HEAD_ELEMENTS.has(el.localName.toLowerCase()) &&
      (el.localName.toLowerCase() !== 'title' || !head.querySelector('title'))
    )
      head.appendChild(el);
  }
}

/** The digest of the page whose HTML is `html`, served at `url`. */
export function readHtml(html: string, url: string, options?: ReadPageOptions): PageDigest {
  let source = typeof html === 'string' ? html.slice(0, MAX_HTML_CHARS) : '';
  // A browser ends a comment at "--!>" too (a parse error it forgives); linkedom would read the rest
  // of the page as the comment and find nothing.
  source = source.replace(/--!>/g, '-->');
  if (!/<html[\s>]/i.test(source)) source = `<!DOCTYPE html><html>${source.replace(/^\s*<!doctype[^>]*>/i, '')}</html>`;
  const { document } = parseHTML(source);
  const doc = document as unknown as Document;
  completeTree(doc);
  return readPage(doc, url, options);
}
