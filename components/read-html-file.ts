// Reads an HTML file chosen for import here, in the options page, with the browser's own parser: the
// same reading the content script does on a live page. The service worker, which has no DOM, gets
// the article as text with the file.
import { htmlArticle, htmlFileUrl, isHtmlFile } from '../lib/corpus/html-article';
import { readPage } from '../lib/page/read-page';
import { MAX_HTML_CHARS } from '../lib/page/html-limits';

export interface FileToImport {
  name: string;
  text: string;
  /** For an HTML page, its article as text, or null when it holds none. */
  article?: string | null;
}

/** A chosen file as the import message carries it: its text, and for an HTML page its article. */
export function fileToImport(name: string, text: string): FileToImport {
  if (!isHtmlFile(name)) return { name, text };
  let article: string | null = null;
  try {
    // Parsing builds an inert document: no script runs, nothing loads.
    const doc = new DOMParser().parseFromString(text.slice(0, MAX_HTML_CHARS), 'text/html');
    article = htmlArticle(readPage(doc, htmlFileUrl(name)));
  } catch {
    // A page that cannot be read holds no article for us: the import says so, naming the file.
  }
  return { name, text, article };
}
