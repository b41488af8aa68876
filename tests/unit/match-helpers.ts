// Helpers for the matching tests, the quality report and the bench: a corpus database on
// fake-indexeddb, articles from the seed files, and pages from fixture files. Uses the project's
// own seed parser and HTML reader; a minimal stand-in only where they cannot load.
// idb and the index code use the IndexedDB globals (IDBRequest, IDBKeyRange): fake ones in Node.
import 'fake-indexeddb/auto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { openCorpusDb, type Db } from '../../lib/store/db';
import type { Article, Figure } from '../../lib/types';

let dbCount = 0;

/** A fresh, empty corpus database on its own fake IndexedDB. */
export function freshDb(): Promise<Db> {
  return openCorpusDb(new IDBFactory(), `test-${++dbCount}`);
}

/** A minimal article: id, title, paragraphs (non-empty lines); no figures or sources. */
export function simpleArticle(id: string, text: string, extra: Partial<Article> = {}): Article {
  const paragraphs = text
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean);
  return {
    id,
    origin: 'bundled',
    title: extra.title ?? paragraphs[0] ?? id,
    outlet: null,
    originalPublisher: null,
    author: null,
    published: null,
    dateline: null,
    section: [],
    outletArticleId: null,
    url: null,
    language: 'en',
    paragraphs,
    figures: [],
    sources: [],
    originRef: id,
    corpusVersion: null,
    addedAt: 0,
    ...extra,
  };
}

/** The articles of `seeds/`, through the project's compiler when it loads, by a stand-in otherwise. */
export async function seedArticles(dir = join(process.cwd(), 'seeds')): Promise<{ articles: Article[]; via: string }> {
  try {
    const { readSeedDir } = await import('../../lib/corpus/read-seed-dir');
    const corpus = await readSeedDir(dir);
    // Ids are content hashes; the fixtures name the seed file, kept in originRef.
    return { articles: corpus.articles, via: 'lib/corpus/read-seed-dir' };
  } catch {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    try {
      // The seed parser alone (no figures, no outlet profiles) while the full compiler cannot load.
      const { parseText, toArticle } = await import('../../lib/corpus/parse-seed');
      const articles = files.map((f) => toArticle(parseText(f, readFileSync(join(dir, f), 'utf8')), 'bundled', f));
      return { articles, via: 'lib/corpus/parse-seed (without figures)' };
    } catch (error) {
      const articles = files.map((f) => simpleArticle(f, readFileSync(join(dir, f), 'utf8'), { originRef: f }));
      return { articles, via: `stand-in (${(error as Error).message.split('\n')[0]})` };
    }
  }
}

export interface FixturePage {
  text: string;
  title: string;
  published: string | null;
  site: string | null;
  originalPublisher: string | null;
  figures: Figure[];
}

/** Reads a fixture file as a page: HTML through lib/page/read-html, text as is. */
export async function readFixturePage(path: string): Promise<{ page: FixturePage; via: string }> {
  const raw = readFileSync(path, 'utf8');
  const figures = await figuresOf();
  if (path.endsWith('.html')) {
    try {
      const { readHtml } = await import('../../lib/page/read-html');
      const d = readHtml(raw, `https://example.org/${path.split('/').pop()}`);
      return {
        page: {
          text: d.text,
          title: d.title,
          published: d.published,
          site: d.site,
          originalPublisher: d.originalPublisher,
          figures: figures(d.text),
        },
        via: 'lib/page/read-html',
      };
    } catch {
      const text = crudeText(raw);
      return {
        page: { text, title: '', published: null, site: null, originalPublisher: null, figures: figures(text) },
        via: 'stand-in',
      };
    }
  }
  return {
    page: { text: raw, title: '', published: null, site: null, originalPublisher: null, figures: figures(raw) },
    via: 'text',
  };
}

/** The project's figure extraction when it loads; no figures otherwise. */
async function figuresOf(): Promise<(text: string) => Figure[]> {
  try {
    const { extractFigures } = await import('../../lib/figures/extract-figures');
    return (text) => extractFigures(text);
  } catch {
    return () => [];
  }
}

/** HTML to text by brute force: scripts and styles out, tags to line breaks, entities decoded. */
export function crudeText(html: string): string {
  return html
    .replace(/<(script|style|head)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, '\n')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n+/g, '\n\n')
    .trim();
}

/** Puts articles in the articles store and indexes them, as the corpus store does. */
export async function loadCorpus(db: Db, articles: Article[]): Promise<void> {
  const { indexArticles } = await import('../../lib/match/index-articles');
  const tx = db.transaction('articles', 'readwrite');
  await Promise.all(articles.map((a) => tx.store.put(a)));
  await tx.done;
  await indexArticles(db, articles);
}
