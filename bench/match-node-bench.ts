// Node benchmark of the index and the matcher on fake-indexeddb, beside MiniSearch on the same
// articles and pages (a More Like This query: the page's top terms as an OR query).
// fake-indexeddb is far slower than Chromium's IndexedDB per request, so the absolute numbers here
// are pessimistic; the ratio and how they grow with N are what this is for.
// Run: npx tsx bench/match-node-bench.ts [sizes, default 1000,10000]
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import MiniSearch from 'minisearch';
import { indexArticles, prepareDoc } from '../lib/match/index-articles';
import { matchPage } from '../lib/match/match-page';
import { profileText, topTermsByPrior } from '../lib/match/text-profile';
import { openCorpusDb } from '../lib/store/db';
import type { Article } from '../lib/types';
import { generateArticles, prng } from './generate-corpus';
import { loadSentencePool } from './sentence-pool';

const sizes = (process.argv[2] ?? '1000,10000').split(',').map(Number);
const QUERIES = 60;
const pool = loadSentencePool();

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};

/** Pages to match: excerpts and rewrites of corpus articles (found) and fresh articles (not found). */
function pagesFor(articles: Article[], seed: number): string[] {
  const rand = prng(seed);
  const fresh = generateArticles(QUERIES / 2, seed + 1, pool);
  const pages: string[] = [];
  for (let i = 0; i < QUERIES / 2; i++) {
    const a = articles[Math.floor(rand() * articles.length)];
    const from = Math.floor(rand() * Math.max(1, a.paragraphs.length - 4));
    pages.push(a.paragraphs.slice(from, from + 4).join('\n\n'));
  }
  for (const a of fresh) pages.push(a.paragraphs.join('\n\n'));
  return pages;
}

for (const n of sizes) {
  const articles = generateArticles(n, 42, pool);
  const db = await openCorpusDb(new IDBFactory(), `bench-${n}`);
  const put = db.transaction('articles', 'readwrite');
  await Promise.all(articles.map((a) => put.store.put(a)));
  await put.done;

  // The text work alone (what the browser pays besides IndexedDB), then the whole import.
  let t = performance.now();
  for (const a of articles.slice(0, 1000)) prepareDoc(a);
  const prepareMs = (performance.now() - t) / Math.min(1000, n);
  t = performance.now();
  await indexArticles(db, articles);
  const indexMs = performance.now() - t;

  const pages = pagesFor(articles, 7);
  for (const text of pages.slice(0, 5)) await matchPage(db, { text }); // warm-up
  const ours: number[] = [];
  let found = 0;
  for (const text of pages) {
    t = performance.now();
    const m = await matchPage(db, { text });
    ours.push(performance.now() - t);
    if (m.length) found++;
  }

  t = performance.now();
  const mini = new MiniSearch<{ id: string; title: string; text: string }>({ fields: ['title', 'text'] });
  mini.addAll(articles.map((a) => ({ id: a.id, title: a.title, text: a.paragraphs.join('\n\n') })));
  const miniIndexMs = performance.now() - t;
  const theirs: number[] = [];
  for (const text of pages) {
    t = performance.now();
    const profile = profileText(text);
    const query = topTermsByPrior(profile, 25).map((term) => profile.surface.get(term) ?? term);
    mini.search(query.join(' '), { combineWith: 'OR' }).slice(0, 50);
    theirs.push(performance.now() - t);
  }

  const rate = (ms: number) => Math.round((n / ms) * 1000);
  console.log(
    `\nN = ${n} articles (~${Math.round(articles.reduce((s, a) => s + a.paragraphs.join(' ').split(' ').length, 0) / n)} words each)`,
  );
  console.log(
    `  import   reading-context (fake-indexeddb): ${rate(indexMs)} articles/s, of which text work ${prepareMs.toFixed(2)} ms/article   minisearch (in memory): ${rate(miniIndexMs)} articles/s`,
  );
  console.log(
    `  match    reading-context p50 ${quantile(ours, 0.5).toFixed(1)} ms, p95 ${quantile(ours, 0.95).toFixed(1)} ms (${found}/${pages.length} pages with a match)` +
      `   minisearch p50 ${quantile(theirs, 0.5).toFixed(1)} ms, p95 ${quantile(theirs, 0.95).toFixed(1)} ms`,
  );
  console.log(
    `  ratio    p50 ${(quantile(ours, 0.5) / quantile(theirs, 0.5)).toFixed(2)}x, p95 ${(quantile(ours, 0.95) / quantile(theirs, 0.95)).toFixed(2)}x (reading-context / minisearch)`,
  );
  db.close();
}
