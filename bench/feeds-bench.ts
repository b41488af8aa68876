// Feeds: FEEDS feeds of ITEMS items each (default 50 × 100), served as RSS on a loopback server,
// fetched, parsed, analysed and indexed one after another by the extension's own refresh
// (lib/feeds/subscription.ts) into a corpus in fake-indexeddb, in Node. Reports the time of the
// whole run and per feed, and the heap used before and after (Node's, standing in for the worker's).
//
//   npx tsx bench/feeds-bench.ts [FEEDS] [ITEMS] [--no-sketch]
//
// --no-sketch leaves out the near-duplicate check (a match per item), to show its share.
import 'fake-indexeddb/auto';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { openCorpusDb } from '../lib/store/db';
import { corpusIndexer } from '../lib/match/corpus-indexer';
import { matchPage } from '../lib/match/match-page';
import { loadOutlets } from '../lib/sources/outlets';
import { newSubscription, refreshFeed } from '../lib/feeds/subscription';
import type { Article } from '../lib/types';
import { loadSentencePool } from './sentence-pool';
import { prng } from './generate-corpus';
import { summarize } from './stats';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const FEEDS = Number(args[0] ?? 50);
const ITEMS = Number(args[1] ?? 100);
const sketch = !process.argv.includes('--no-sketch');

const pool = loadSentencePool();
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A feed of ITEMS items, each six to twelve paragraphs of real news sentences, reproducible by its number. */
function feedXml(n: number): string {
  const rand = prng(1000 + n);
  const items: string[] = [];
  for (let i = 0; i < ITEMS; i++) {
    const paragraphs = Array.from({ length: 6 + Math.floor(rand() * 7) }, () =>
      Array.from({ length: 3 }, () => pool[Math.floor(rand() * pool.length)]).join(' '),
    );
    items.push(
      `<item><title>Feed ${n} story ${i}: ${esc(pool[Math.floor(rand() * pool.length)].slice(0, 80))}</title><link>https://feed${n}.test/story/${i}</link><pubDate>Sat, 16 Mar 2024 10:${String(i % 60).padStart(2, '0')}:00 GMT</pubDate><content:encoded><![CDATA[${paragraphs.map((p) => `<p>${p}</p>`).join('')}]]></content:encoded></item>`,
    );
  }
  return `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Bench feed ${n}</title><link>https://feed${n}.test/</link>${items.join('')}</channel></rss>`;
}

const feeds = Array.from({ length: FEEDS }, (_, n) => feedXml(n));
const server = createServer((req, res) => {
  const n = Number(/\/feed\/(\d+)/.exec(req.url ?? '')?.[1]);
  if (!Number.isInteger(n) || !feeds[n]) return void res.writeHead(404).end();
  // A connection a feed: a socket kept alive past the server's timeout while the last feed is indexed
  // would be closed under the next request ("fetch failed").
  res.writeHead(200, { 'content-type': 'application/rss+xml', connection: 'close' }).end(feeds[n]);
});
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
const port = (server.address() as { port: number }).port;

const db = await openCorpusDb(indexedDB, 'feeds-bench');
const profiles = loadOutlets(JSON.parse(readFileSync('seeds/outlets.json', 'utf8')));
const isKnown = sketch
  ? async (a: Article) =>
      (await matchPage(db, { text: a.paragraphs.join('\n\n'), title: a.title, url: a.url }, { limit: 3 })).some(
        (m) => m.relation === 'same-article',
      )
  : undefined;

global.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const perFeed: number[] = [];
let added = 0;
let peakHeap = heapBefore;
const t0 = performance.now();
for (let n = 0; n < FEEDS; n++) {
  const t = performance.now();
  const after = await refreshFeed(newSubscription(`http://127.0.0.1:${port}/feed/${n}`), {
    db,
    profiles,
    indexer: corpusIndexer,
    isKnown,
  });
  if (after.lastError) throw new Error(`feed ${n}: ${after.lastError}`);
  added += after.lastAdded;
  perFeed.push(performance.now() - t);
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
}
const totalMs = performance.now() - t0;
const heapAfter = process.memoryUsage().heapUsed;
server.close();
const s = summarize(perFeed);
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;
console.log(
  `feeds: ${FEEDS} feeds × ${ITEMS} items (${mb(feeds.reduce((sum, f) => sum + f.length, 0))} of RSS), ${added} articles added, near-duplicate check ${sketch ? 'on' : 'off'}`,
);
console.log(
  `  total ${(totalMs / 1000).toFixed(1)} s; per feed median ${s.p50.toFixed(0)} ms, p95 ${s.p95.toFixed(0)} ms; per item ${(totalMs / Math.max(1, added)).toFixed(1)} ms`,
);
console.log(
  `  heap before ${mb(heapBefore)}, peak ${mb(peakHeap)}, after ${mb(heapAfter)} (Node; the corpus lives in fake-indexeddb's memory here, in IndexedDB in the browser)`,
);
