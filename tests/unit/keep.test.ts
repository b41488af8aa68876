// Keeping the articles the user reads: the policy (eviction order, limits, the same article read
// again) and the store that applies it in IndexedDB (fake-indexeddb), with the real search index.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { compileArticle } from '../../lib/corpus/compile-corpus';
import { decideKeep, estimateSize, keepLimits, onSite, planEviction, siteOf, MB } from '../../lib/corpus/keep-policy';
import { openCorpusDb, type Db } from '../../lib/store/db';
import { addUserArticles, deleteArticle } from '../../lib/store/corpus-store';
import {
  forgetKept,
  keepArticle,
  keptHistory,
  promoteKept,
  AUTOMATIC_BYTES_KEY,
  AUTOMATIC_COUNT_KEY,
  HISTORY_SCAN,
  type KeptPosition,
} from '../../lib/store/keep-store';
import { corpusIndexer } from '../../lib/match/corpus-indexer';
import { matchPage } from '../../lib/match/match-page';
import type { Article } from '../../lib/types';

const TOPICS = [
  'harbour',
  'vaccine',
  'election',
  'drought',
  'railway',
  'festival',
  'mining',
  'tariff',
  'glacier',
  'museum',
  'satellite',
  'fishery',
];

/** A distinct article on its own topic, at its own address. */
function article(i: number, host = 'news.example.org'): Article {
  const topic = `${TOPICS[i % TOPICS.length]}${i}`;
  const text = [
    `Title: The ${topic} report number ${i}`,
    `Outlet: Outlet ${i % 3}`,
    `Published: 2024-03-${String((i % 28) + 1).padStart(2, '0')}`,
    `URL: https://${host}/story/${i}`,
    '---',
    `Officials said the ${topic} project in district ${i} would cost ${i + 3} million dollars, according to the ministry.`,
    `Residents of district ${i} told reporters that the ${topic} plans had been debated for ${i + 2} years.`,
  ].join('\n');
  return compileArticle({ name: `https://${host}/story/${i}`, text }, [], 'user');
}

let db: Db;
beforeEach(async () => {
  db = await openCorpusDb(new IDBFactory());
});

const roomy = keepLimits({ keepMaxArticles: 20_000, keepMaxMegabytes: 500 });
const kept = async () => (await db.getAll('articles')).filter((a) => a.addedBy === 'kept');
const bytesMeta = async () => ((await db.get('meta', AUTOMATIC_BYTES_KEY))?.value as number) ?? 0;

describe('the keep policy', () => {
  const entries = [
    { id: 'a', addedAt: 1, size: 100 },
    { id: 'b', addedAt: 2, size: 100 },
    { id: 'c', addedAt: 3, size: 100 },
    { id: 'd', addedAt: 4, size: 100 },
  ];
  it('evicts the oldest first, only as many as the article limit needs', () => {
    expect(planEviction(entries, 4, 400, { maxArticles: 2, maxBytes: 1e9 })).toEqual(['a', 'b']);
    expect(planEviction(entries, 4, 400, { maxArticles: 4, maxBytes: 1e9 })).toEqual([]);
  });
  it('evicts for the storage limit as well, and never the article spared', () => {
    expect(planEviction(entries, 4, 400, { maxArticles: 100, maxBytes: 250 })).toEqual(['a', 'b']);
    expect(planEviction(entries, 4, 400, { maxArticles: 3, maxBytes: 1e9 }, new Set(['a']))).toEqual(['b']);
  });
  it('turns the settings into limits in bytes', () => {
    expect(keepLimits({ keepMaxArticles: 20_000, keepMaxMegabytes: 500 })).toEqual({
      maxArticles: 20_000,
      maxBytes: 500 * MB,
    });
  });
  it('replaces a kept copy and leaves a saved or imported one alone', () => {
    const keptCopy = { id: 'k', addedBy: 'kept' as const, origin: 'user' as const };
    const saved = { id: 's', addedBy: 'saved' as const, origin: 'user' as const };
    const old = { id: 'o', origin: 'user' as const };
    expect(decideKeep(null, [])).toEqual({ action: 'add', replace: [] });
    expect(decideKeep(keptCopy, [])).toEqual({ action: 'add', replace: ['k'] });
    expect(decideKeep(saved, [])).toMatchObject({ action: 'skip', id: 's' });
    expect(decideKeep(old, [])).toMatchObject({ action: 'skip', id: 'o' });
    const same = (id: string, overlap: number) => ({ id, relation: 'same-article' as const, overlap });
    expect(decideKeep(null, [{ match: same('k', 0.95), article: keptCopy }])).toEqual({
      action: 'add',
      replace: ['k'],
    });
    expect(decideKeep(null, [{ match: same('k', 0.3), article: keptCopy }])).toEqual({ action: 'add', replace: [] });
    expect(decideKeep(null, [{ match: same('s', 0.95), article: saved }])).toMatchObject({ action: 'skip', id: 's' });
    expect(decideKeep(null, [{ match: { id: 'k', relation: 'related', overlap: 0.95 }, article: keptCopy }])).toEqual({
      action: 'add',
      replace: [],
    });
  });
  it('knows sites and their subdomains', () => {
    expect(siteOf('https://www.Example.com/a')).toBe('example.com');
    expect(onSite('https://news.example.com/a', 'example.com')).toBe(true);
    expect(onSite('https://badexample.com/a', 'example.com')).toBe(false);
    expect(siteOf('not an address')).toBeNull();
  });
  it('estimates a size that grows with the text', () => {
    expect(estimateSize(article(1))).toBeGreaterThan(4096);
    const long = { ...article(1), paragraphs: Array(100).fill('word '.repeat(100)) };
    expect(estimateSize(long)).toBeGreaterThan(estimateSize(article(1)) + 100_000);
  });
});

describe('keeping articles in the corpus', () => {
  it('adds a kept article, indexed so a match finds it', async () => {
    const a = article(1);
    const outcome = await keepArticle(db, a, { limits: roomy, indexer: corpusIndexer, now: 1000 });
    expect(outcome).toMatchObject({ result: 'added', evicted: [] });
    const [stored] = await kept();
    expect(stored).toMatchObject({ id: a.id, origin: 'user', addedBy: 'kept', addedAt: 1000 });
    expect(await bytesMeta()).toBe(stored.size);
    const matches = await matchPage(
      db,
      {
        text: a.paragraphs.join('\n\n'),
        title: a.title,
        published: null,
        figures: a.figures,
        url: 'https://elsewhere.example/x',
      },
      { threshold: 0.05 },
    );
    expect(matches.map((m) => m.id)).toContain(a.id);
  });

  it('updates an article read again rather than adding it twice', async () => {
    const a = article(2);
    await keepArticle(db, a, { limits: roomy, indexer: corpusIndexer, now: 1000 });
    const again = await keepArticle(
      db,
      { ...a, url: 'https://elsewhere.example/copy' },
      { limits: roomy, indexer: corpusIndexer, now: 2000 },
    );
    expect(again.result).toBe('updated');
    expect(await db.get('articles', a.id)).toMatchObject({ url: 'https://elsewhere.example/copy', addedAt: 2000 });
    expect(await db.countFromIndex('docs', 'byId', a.id)).toBe(1);
    const changed = { ...article(2), id: 'changed-text', paragraphs: [...a.paragraphs, 'An update was added later.'] };
    const third = await keepArticle(db, changed, { replace: [a.id], limits: roomy, indexer: corpusIndexer, now: 3000 });
    expect(third).toMatchObject({ result: 'updated', replaced: [a.id] });
    const all = await kept();
    expect(all.map((x) => x.id)).toEqual(['changed-text']);
    expect(await db.countFromIndex('docs', 'byId', a.id)).toBe(0);
    expect(await bytesMeta()).toBe(all[0].size);
  });

  it('never keeps over a saved or imported article, nor replaces one', async () => {
    const a = article(3);
    await addUserArticles(db, [{ ...a, addedBy: 'imported' }], corpusIndexer);
    const outcome = await keepArticle(db, a, { limits: roomy, indexer: corpusIndexer });
    expect(outcome.result).toBe('skipped');
    const b = article(4);
    await addUserArticles(db, [{ ...b, addedBy: 'saved' }], corpusIndexer);
    await keepArticle(db, article(5), { replace: [b.id], limits: roomy, indexer: corpusIndexer });
    expect((await db.get('articles', b.id))?.addedBy).toBe('saved');
  });

  it('past the article limit, the oldest kept go first and saved ones stay', async () => {
    const limits = { maxArticles: 3, maxBytes: 500 * MB };
    const saved = article(100);
    await addUserArticles(db, [{ ...saved, addedBy: 'saved', addedAt: 0 }], corpusIndexer);
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const a = article(i + 10);
      ids.push(a.id);
      await keepArticle(db, a, { limits, indexer: corpusIndexer, now: 1000 + i });
    }
    const left = (await kept()).sort((a, b) => a.addedAt - b.addedAt).map((a) => a.id);
    expect(left).toEqual(ids.slice(3));
    expect(await db.get('articles', saved.id)).toBeDefined();
    for (const id of ids.slice(0, 3)) expect(await db.countFromIndex('docs', 'byId', id)).toBe(0);
    expect(await bytesMeta()).toBe((await kept()).reduce((n, a) => n + a.size!, 0));
  });

  it('past the storage limit, the oldest kept go until it holds', async () => {
    const size = estimateSize({ ...article(20), origin: 'user', addedBy: 'kept' });
    const limits = { maxArticles: 1000, maxBytes: size * 2.5 };
    for (let i = 0; i < 5; i++)
      await keepArticle(db, article(20 + i), { limits, indexer: corpusIndexer, now: 1000 + i });
    const left = await kept();
    expect(left.length).toBe(2);
    expect(await bytesMeta()).toBeLessThanOrEqual(limits.maxBytes);
  });

  it('forgets one article, a site, a time span, everything; saved ones stay', async () => {
    await addUserArticles(db, [{ ...article(50, 'other.example.net'), addedBy: 'saved' }], corpusIndexer);
    const a = [
      article(51),
      article(52, 'www.other.example.net'),
      article(53, 'sub.other.example.net'),
      article(54),
      article(55),
    ];
    for (const [i, x] of a.entries())
      await keepArticle(db, x, { limits: roomy, indexer: corpusIndexer, now: 1000 * (i + 1) });
    expect(await forgetKept(db, { scope: 'article', id: a[0].id }, corpusIndexer)).toEqual([a[0].id]);
    expect((await forgetKept(db, { scope: 'site', site: 'other.example.net' }, corpusIndexer)).sort()).toEqual(
      [a[1].id, a[2].id].sort(),
    );
    expect(await forgetKept(db, { scope: 'span', from: 4000, to: 5000 }, corpusIndexer)).toEqual([a[3].id]);
    expect(await forgetKept(db, { scope: 'all' }, corpusIndexer)).toEqual([a[4].id]);
    expect(await kept()).toEqual([]);
    expect((await db.getAll('articles')).map((x) => x.addedBy)).toEqual(['saved']);
    expect(await db.count('docs')).toBe(1);
    expect(await bytesMeta()).toBe(0);
  });

  it('lists the history with filters, counts and storage', async () => {
    for (let i = 0; i < 6; i++)
      await keepArticle(db, article(60 + i, i % 2 ? 'a.example' : 'www.b.example'), {
        limits: roomy,
        indexer: corpusIndexer,
        now: 1000 * (i + 1),
      });
    const all = await keptHistory(db);
    expect(all).toMatchObject({ matching: 6, kept: 6, automatic: 6, next: null });
    expect(all.articles.map((a) => a.addedAt)).toEqual([6000, 5000, 4000, 3000, 2000, 1000]);
    expect(all.bytes).toBeGreaterThan(0);
    expect(all.sites).toEqual([
      { name: 'a.example', count: 3 },
      { name: 'b.example', count: 3 },
    ]);
    expect(all.outlets).toEqual([
      { name: 'Outlet 0', count: 2 },
      { name: 'Outlet 1', count: 2 },
      { name: 'Outlet 2', count: 2 },
    ]);
    expect((await keptHistory(db, { site: 'a.example' })).matching).toBe(3);
    const outlet0 = await keptHistory(db, { outlet: 'Outlet 0' });
    expect([outlet0.matching, outlet0.articles.map((a) => a.outlet)]).toEqual([2, ['Outlet 0', 'Outlet 0']]);
    expect((await keptHistory(db, { from: 2000, to: 4000 })).articles.map((a) => a.addedAt)).toEqual([3000, 2000]);
    const search = await keptHistory(db, { query: 'report number 63' });
    expect([search.matching, search.articles.length, search.next]).toEqual([null, 1, null]);
  });

  it('pages the history through its indexes, reading only the page asked for', async () => {
    // 130 kept articles over two sites and three outlets; some read at the same millisecond.
    for (let i = 0; i < 130; i++) {
      await keepArticle(db, article(200 + i, i % 2 ? 'a.example' : 'b.example'), {
        limits: roomy,
        indexer: corpusIndexer,
        now: 10_000 + Math.floor(i / 2) * 1000,
      });
    }
    const walk = async (filter: Parameters<typeof keptHistory>[1]) => {
      const seen: string[] = [];
      const pages: number[] = [];
      let after: KeptPosition | undefined;
      for (;;) {
        const page = await keptHistory(db, { ...filter, ...(after ? { after } : {}) });
        seen.push(...page.articles.map((a) => a.id));
        pages.push(page.articles.length);
        if (!page.next) return { seen, pages, first: page };
        after = page.next;
      }
    };
    const everything = await walk({});
    expect(everything.pages).toEqual([50, 50, 30]);
    expect(new Set(everything.seen).size).toBe(130);
    const stored = (await kept()).sort((a, b) => b.addedAt - a.addedAt || b.id.localeCompare(a.id));
    expect(everything.seen).toEqual(stored.map((a) => a.id));

    const site = await walk({ site: 'a.example' });
    expect(site.pages).toEqual([50, 15]);
    expect(site.seen).toEqual(stored.filter((a) => a.url?.includes('//a.example/')).map((a) => a.id));
    const outlet = await walk({ outlet: 'Outlet 1', limit: 20 });
    expect(outlet.seen).toEqual(stored.filter((a) => a.outlet?.name === 'Outlet 1').map((a) => a.id));
    expect(outlet.pages.slice(0, -1).every((n) => n === 20)).toBe(true);
    const both = await walk({ outlet: 'Outlet 1', site: 'b.example' });
    expect(both.seen).toEqual(
      stored.filter((a) => a.outlet?.name === 'Outlet 1' && a.url?.includes('//b.example/')).map((a) => a.id),
    );
    const span = await walk({ site: 'b.example', from: 20_000, to: 30_000 });
    expect(span.seen).toEqual(
      stored
        .filter((a) => a.url?.includes('//b.example/') && a.addedAt >= 20_000 && a.addedAt < 30_000)
        .map((a) => a.id),
    );
    expect(span.first.matching).toBe(10);

    // A search reads at most HISTORY_SCAN articles a request, and says where to go on.
    const first = await keptHistory(db, { query: 'report number 200' });
    expect(first.scanned).toBe(HISTORY_SCAN < 130 ? HISTORY_SCAN : 130);
    const search = await walk({ query: 'fishery' });
    expect(search.seen).toEqual(stored.filter((a) => a.title.includes('fishery')).map((a) => a.id));
  });

  it('a search past its reading budget stops and goes on from where it stopped', async () => {
    const many = HISTORY_SCAN + 20;
    const records = Array.from({ length: many }, (_, i) => {
      const a = article(1000 + i, 'c.example');
      return { ...a, origin: 'user' as const, addedBy: 'kept' as const, addedAt: 1 + i, site: 'c.example', size: 1 };
    });
    // Written as they are stored (the history reads the articles store alone).
    const tx = db.transaction('articles', 'readwrite');
    await Promise.all([...records.map((r) => tx.store.put(r)), tx.done]);
    const target = records[3];
    const first = await keptHistory(db, { query: target.title.toLowerCase() });
    expect([first.articles.length, first.scanned, first.next]).toEqual([
      0,
      HISTORY_SCAN,
      { addedAt: records[20].addedAt, id: records[20].id },
    ]);
    const second = await keptHistory(db, { query: target.title.toLowerCase(), after: first.next! });
    expect([second.articles.map((a) => a.id), second.scanned, second.next]).toEqual([[target.id], 20, null]);
  });

  it('gives the articles kept before the site index their site, on the upgrade', async () => {
    const factory = new IDBFactory();
    const old = await openCorpusDb(factory, 'v4', 4);
    const a = { ...article(80, 'www.d.example'), origin: 'user' as const, addedBy: 'kept' as const, addedAt: 5 };
    const saved = { ...article(81, 'e.example'), origin: 'user' as const, addedBy: 'saved' as const, addedAt: 6 };
    await old.put('articles', a);
    await old.put('articles', saved);
    old.close();
    const upgraded = await openCorpusDb(factory, 'v4');
    expect((await upgraded.get('articles', a.id))?.site).toBe('d.example');
    expect((await upgraded.get('articles', saved.id))?.site).toBeUndefined();
    const history = await keptHistory(upgraded, { site: 'd.example' });
    expect([history.sites, history.articles.map((x) => x.id)]).toEqual([[{ name: 'd.example', count: 1 }], [a.id]]);
  });

  it('a kept article saved by hand, or deleted, leaves the storage count', async () => {
    const a = article(70);
    const b = article(71);
    await keepArticle(db, a, { limits: roomy, indexer: corpusIndexer });
    await keepArticle(db, b, { limits: roomy, indexer: corpusIndexer });
    expect(await promoteKept(db, a.id)).toBe(true);
    expect((await db.get('articles', a.id))?.addedBy).toBe('saved');
    await deleteArticle(db, b.id, corpusIndexer);
    expect(await bytesMeta()).toBe(0);
    expect((await keptHistory(db)).kept).toBe(0);
  });

  it('carries the count of kept articles from keep to keep, dropped by any other change, and never wrong', async () => {
    const limits = { maxArticles: 5, maxBytes: 500 * MB };
    const carried = async () =>
      ((await db.get('meta', AUTOMATIC_COUNT_KEY))?.value as { count: number } | undefined)?.count;
    // The carried figure, where there is one, is the number of kept articles.
    const check = async () => {
      const count = await carried();
      if (count !== undefined) expect(count).toBe((await kept()).length);
      expect((await kept()).length).toBeLessThanOrEqual(limits.maxArticles);
    };
    let now = 1000;
    const keep = async (i: number) => {
      await keepArticle(db, article(i), { limits, indexer: corpusIndexer, now: now++ });
      await check();
    };
    for (let i = 0; i < 8; i++) await keep(i);
    expect(await carried()).toBe(5);
    // The same page read again, then a deletion, a promotion and a forgetting: the figure is dropped.
    await keep(7);
    const [first] = (await kept()).sort((a, b) => a.addedAt - b.addedAt);
    await deleteArticle(db, first.id, corpusIndexer);
    expect(await carried()).toBeUndefined();
    for (let i = 20; i < 23; i++) await keep(i);
    expect(await carried()).toBe(5);
    expect(await promoteKept(db, (await kept())[0].id)).toBe(true);
    expect(await carried()).toBeUndefined();
    await keep(30);
    await forgetKept(db, { scope: 'all' }, corpusIndexer);
    expect(await carried()).toBeUndefined();
    for (let i = 40; i < 47; i++) await keep(i);
    expect((await kept()).length).toBe(5);
  });
});
