// Hooks for the end-to-end tests and the benchmark, exposed on the service worker's global scope in
// the e2e build only (never in a release build): the engine's own functions, called as the
// extension calls them.
//
// The benchmark (bench/run.ts) also reaches them through a port named BENCH_PORT from an extension
// page, because the service worker it measures is stopped and started again many times: a port
// wakes a stopped worker the way a message from a page does, and its timings are taken inside.
import { browser, type Browser } from 'wxt/browser';
import MiniSearch from 'minisearch';
import type { Article } from '@/lib/types';
import { addUserArticles, installBundledCorpus, CORPUS_STORES, type CorpusIndexer } from '@/lib/store/corpus-store';
import { keepArticle } from '@/lib/store/keep-store';
import { keepLimits } from '@/lib/corpus/keep-policy';
import { prepareDoc } from '@/lib/match/index-articles';
import { stagedImport } from '@/lib/match/staged-import';
import { corpusIndexer } from '@/lib/match/corpus-indexer';
import { matchPage, type PageToMatch } from '@/lib/match/match-page';
import { profileText, topTermsByPrior } from '@/lib/match/text-profile';
import { analyzeText } from '@/lib/corpus/analyze-article';
import { getDb } from './db';
import { bundledCorpus, corpusHealth, ensureCorpus, retryCorpusUpdate } from './corpus';
import { importFiles } from './import';
import { fetchDueFeeds, setFeedFetchOptions } from './feeds';
import { onMenuClick } from './context-menu';
import { openRequestedExtensionPages } from './test-pages';
import { flexBench } from './bench-flexsearch';
import { merges } from './merges';

export const BENCH_PORT = 'reading-context-bench';

/** Terms of the page in the More Like This query given to MiniSearch (as matchPage's QUERY_TERMS). */
const MINI_QUERY_TERMS = 25;
const MINI_OPTIONS = { fields: ['title', 'text'] };
const MINI_JSON_KEY = 'bench:minisearch';

let mini: MiniSearch | null = null;
/** Articles handed over for the next staged import (`stageArticles`), untimed. */
let incoming: Article[] = [];

/** Milliseconds since `t0`, rounded to 0.01 ms. */
const since = (t0: number) => Math.round((performance.now() - t0) * 100) / 100;

/** The benchmark's operations, each timed inside the service worker. */
const bench = {
  /** Whether the extension has finished installing: its page reader registered, the bundled corpus loaded. */
  async ready() {
    await ensureCorpus();
    const scripts = await browser.scripting.getRegisteredContentScripts();
    return { reader: scripts.length > 0 };
  },

  /** How long this worker has lived: a worker just started answers with a small `uptimeMs`. */
  async hello() {
    return { uptimeMs: performance.now(), userAgent: navigator.userAgent };
  },

  /** Empties the corpus and its index, then loads the bundled corpus again: a fresh install. */
  async reset() {
    const db = await getDb();
    await ensureCorpus();
    const tx = db.transaction([...CORPUS_STORES], 'readwrite');
    await Promise.all([...CORPUS_STORES.map((s) => tx.objectStore(s).clear()), tx.done]);
    await installBundledCorpus(db, await bundledCorpus(), corpusIndexer);
    mini = null;
    return { ok: true };
  },

  /** A user's import as the import handler ends it: one transaction that stores and indexes. */
  async importArticles(articles: Article[]) {
    const db = await getDb();
    await ensureCorpus();
    // The indexer's share of the transaction, timed around the same indexer the extension uses.
    let indexMs = 0;
    const timed: CorpusIndexer = {
      async add(tx, list) {
        const t = performance.now();
        await corpusIndexer.add(tx, list);
        indexMs += performance.now() - t;
      },
      remove: (tx, ids) => corpusIndexer.remove(tx, ids),
    };
    const t0 = performance.now();
    const { added, duplicates } = await addUserArticles(db, articles, timed);
    return {
      ms: since(t0),
      indexMs: Math.round(indexMs * 100) / 100,
      added: added.length,
      duplicates: duplicates.length,
    };
  },

  /** Articles handed over, untimed, for the next `importStaged`: a message carries at most a chunk. */
  stageArticles(articles: Article[]) {
    incoming.push(...articles);
    return { waiting: incoming.length };
  },

  /**
   * A user's bulk import as the import handler runs one of more than STAGED_FROM articles: in steps
   * (lib/match/staged-import.ts), the articles handed over by `stageArticles` as one import.
   */
  async importStaged(overlap = true) {
    const db = await getDb();
    await ensureCorpus();
    const articles = incoming;
    incoming = [];
    const t0 = performance.now();
    const steps: Record<string, number> = {};
    const { added, duplicates } = await merges.during(() =>
      stagedImport(db, articles, {
        overlap,
        timing: (step, ms) => (steps[step] = ms),
        merge: (terms) => merges.add(terms),
      }),
    );
    return { ms: since(t0), added: added.length, duplicates: duplicates.length, steps };
  },

  /**
   * Waits for the merges imports left to the background to end: how long that took from the call,
   * and the terms merged and the milliseconds spent merging since the worker started.
   */
  async mergesSettled() {
    const t0 = performance.now();
    await merges.settled();
    return { ms: since(t0), merged: merges.merged, busyMs: merges.busyMs };
  },

  /**
   * Articles kept one at a time, as "keep what I read" and feeds add them: one transaction each,
   * with the limits of the default settings (20,000 articles, 500 MB), so a full corpus of kept
   * articles evicts its oldest. Milliseconds per article, and how many were evicted in all.
   */
  async keepEach(articles: Article[]) {
    const db = await getDb();
    await ensureCorpus();
    const limits = keepLimits({ keepMaxArticles: 20_000, keepMaxMegabytes: 500 });
    const times: number[] = [];
    let evicted = 0;
    for (const article of articles) {
      const t0 = performance.now();
      const outcome = await keepArticle(db, article, { limits, indexer: corpusIndexer });
      times.push(since(t0));
      evicted += outcome.evicted.length;
    }
    return { times, evicted };
  },

  /** The text work of indexing alone (no database), on the same articles: what the worker pays per article besides IndexedDB. */
  async prepareOnly(articles: Article[]) {
    const t0 = performance.now();
    for (const a of articles) prepareDoc(a);
    return { ms: since(t0) };
  },

  /** The whole import of files: parsing, figures and sources, outlets, then storing and indexing. */
  async importFiles(files: Array<{ name: string; text: string }>) {
    const t0 = performance.now();
    const report = await importFiles(files);
    return {
      ms: since(t0),
      ok: report.ok,
      added: report.added,
      message: report.files.find((f) => !f.ok)?.message ?? null,
    };
  },

  /** Matches pages one after another; per page, the time of `matchPage` alone. */
  async match(pages: PageToMatch[]) {
    const db = await getDb();
    await ensureCorpus();
    const out: Array<{ ms: number; ids: string[]; steps: Record<string, number> }> = [];
    for (const page of pages) {
      const steps: Record<string, number> = {};
      const t0 = performance.now();
      const matches = await matchPage(db, page, { trace: steps });
      out.push({ ms: since(t0), ids: matches.map((m) => m.id), steps });
    }
    return out;
  },

  /**
   * The first work of a worker just started, as when a page's digest wakes it: the corpus check
   * every start does, the database opened, then the match.
   */
  async coldMatch(page: PageToMatch) {
    const uptimeMs = performance.now();
    const t0 = performance.now();
    await ensureCorpus();
    const startupMs = since(t0);
    const t1 = performance.now();
    const db = await getDb();
    const openMs = since(t1);
    const t2 = performance.now();
    const matches = await matchPage(db, page);
    return { uptimeMs, startupMs, openMs, matchMs: since(t2), totalMs: since(t0), ids: matches.map((m) => m.id) };
  },

  /** Figures and sources of a text, `repeat` times. */
  async analyze(text: string, repeat: number) {
    const times: number[] = [];
    let counts = { figures: 0, sources: 0 };
    for (let i = 0; i < repeat; i++) {
      const t0 = performance.now();
      const { figures, sources } = analyzeText(text);
      times.push(since(t0));
      counts = { figures: figures.length, sources: sources.length };
    }
    return { times, ...counts };
  },

  /**
   * What one IndexedDB request costs on this machine, in a scratch database: `count` small puts in
   * one transaction, then as many gets, all issued at once (µs a request). The index's costs scale with it.
   */
  async idbCalibrate(count: number) {
    const name = 'reading-context-bench-calibration';
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const open = indexedDB.open(name, 1);
      open.onupgradeneeded = () => open.result.createObjectStore('s', { keyPath: 'k' });
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    const run = async (mode: IDBTransactionMode, request: (s: IDBObjectStore, i: number) => void) => {
      const t0 = performance.now();
      const tx = db.transaction('s', mode);
      for (let i = 0; i < count; i++) request(tx.objectStore('s'), i);
      await new Promise((ok, fail) => {
        tx.oncomplete = ok;
        tx.onerror = () => fail(tx.error);
      });
      return Math.round(((performance.now() - t0) / count) * 1000);
    };
    const putUs = await run('readwrite', (s, i) => s.put({ k: `term${i}`, df: i }));
    const getUs = await run('readonly', (s, i) => s.get(`term${i}`));
    db.close();
    await new Promise((ok) => (indexedDB.deleteDatabase(name).onsuccess = ok));
    return { putUs, getUs };
  },

  /**
   * Where an import's IndexedDB time goes, in a scratch database: the same articles put into a store
   * with the articles store's four secondary indexes and into one with none, and the index entries
   * alone (prepareDoc's records) into a plain store. Milliseconds each, one transaction each.
   */
  async importStoreCost(articles: Article[]) {
    const name = 'reading-context-bench-store-cost';
    await new Promise((ok) => (indexedDB.deleteDatabase(name).onsuccess = ok));
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const open = indexedDB.open(name, 1);
      open.onupgradeneeded = () => {
        const indexed = open.result.createObjectStore('indexed', { keyPath: 'id' });
        indexed.createIndex('byOrigin', 'origin');
        indexed.createIndex('byAddedAt', 'addedAt');
        indexed.createIndex('byUrl', 'url');
        indexed.createIndex('byAddedBy', ['addedBy', 'addedAt']);
        open.result.createObjectStore('plain', { keyPath: 'id' });
        open.result.createObjectStore('entries', { keyPath: 'id' });
      };
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    const now = Date.now();
    const records = articles.map((a) => ({ ...a, origin: 'user', corpusVersion: null, addedAt: now }));
    const entries = articles.map((a) => prepareDoc(a).doc);
    const put = async (store: string, values: unknown[]) => {
      const t0 = performance.now();
      const tx = db.transaction(store, 'readwrite');
      for (const v of values) tx.objectStore(store).put(v);
      await new Promise((ok, fail) => {
        tx.oncomplete = ok;
        tx.onerror = () => fail(tx.error);
      });
      return since(t0);
    };
    const plainMs = await put('plain', records);
    const indexedMs = await put('indexed', records);
    const entriesMs = await put('entries', entries);
    db.close();
    await new Promise((ok) => (indexedDB.deleteDatabase(name).onsuccess = ok));
    return { plainMs, indexedMs, entriesMs };
  },

  /** Records and bytes per store (structured-clone size estimated from the values), and the browser's estimate. */
  async storeSizes() {
    const db = await getDb();
    const sizes: Record<string, { records: number; bytes: number }> = {};
    for (const name of CORPUS_STORES) {
      let records = 0;
      let bytes = 0;
      let cursor = await db.transaction(name).store.openCursor();
      while (cursor) {
        records++;
        bytes += approximateBytes(cursor.key) + approximateBytes(cursor.value);
        cursor = await cursor.continue();
      }
      sizes[name] = { records, bytes };
    }
    const estimate = await navigator.storage.estimate();
    return { sizes, usage: estimate.usage ?? null };
  },

  /** Indexes the user articles with MiniSearch, reading them from the store a thousand at a time; only MiniSearch's work is timed. */
  async miniBuild() {
    const db = await getDb();
    mini = new MiniSearch(MINI_OPTIONS);
    let indexMs = 0;
    let docs = 0;
    let after: IDBKeyRange | null = null;
    for (;;) {
      const batch: Article[] = await db.getAll('articles', after, 1000);
      if (batch.length === 0) break;
      after = IDBKeyRange.lowerBound(batch[batch.length - 1].id, true);
      const records = batch
        .filter((a) => a.origin === 'user')
        .map((a) => ({ id: a.id, title: a.title, text: a.paragraphs.join('\n\n') }));
      const t0 = performance.now();
      mini.addAll(records);
      indexMs += performance.now() - t0;
      docs += records.length;
    }
    const t1 = performance.now();
    const json = JSON.stringify(mini);
    const serializeMs = since(t1);
    // Kept so that a worker started later can load the index as an extension built on MiniSearch would.
    const t2 = performance.now();
    // A very large index may be more than IndexedDB takes in one value: then MiniSearch has no
    // just-started figures, and the report says why.
    let saveError: string | null = null;
    await db.put('meta', { key: MINI_JSON_KEY, value: json }).catch((error: Error) => {
      saveError = `${error.name}: ${error.message}`;
    });
    const saveMs = since(t2);
    return { docs, indexMs: Math.round(indexMs * 100) / 100, jsonChars: json.length, serializeMs, saveMs, saveError };
  },

  /** The same pages as a More Like This query on MiniSearch: the page's top terms, ORed. */
  async miniMatch(pages: PageToMatch[]) {
    if (!mini) throw new Error('no MiniSearch index in this worker: call miniBuild or miniLoad first');
    const out: Array<{ ms: number; searchMs: number; ids: string[] }> = [];
    for (const page of pages) {
      const t0 = performance.now();
      const profile = profileText(page.text, page.title ?? '', page.language);
      const query = topTermsByPrior(profile, MINI_QUERY_TERMS).map((term) => profile.surface.get(term) ?? term);
      const t1 = performance.now();
      const hits = mini.search(query.join(' '), { combineWith: 'OR' }).slice(0, 10);
      out.push({ ms: since(t0), searchMs: since(t1), ids: hits.map((h) => String(h.id)) });
    }
    return out;
  },

  /** MiniSearch in a worker just started: read its saved index, load it, answer one page. */
  async miniColdMatch(page: PageToMatch) {
    const t0 = performance.now();
    const db = await getDb();
    const json = (await db.get('meta', MINI_JSON_KEY))?.value as string | undefined;
    if (!json) throw new Error('no saved MiniSearch index');
    const readMs = since(t0);
    const t1 = performance.now();
    mini = MiniSearch.loadJSON(json, MINI_OPTIONS);
    const loadMs = since(t1);
    const [{ ms: matchMs, ids }] = await bench.miniMatch([page]);
    return { readMs, loadMs, matchMs, totalMs: since(t0), ids };
  },

  /** Drops the MiniSearch index from memory and storage. */
  async miniDrop() {
    mini = null;
    await (await getDb()).delete('meta', MINI_JSON_KEY);
    return { ok: true };
  },

  ...flexBench,
};

export type BenchOps = typeof bench;
export type BenchOp = keyof BenchOps;

/** Rough structured-clone size of a value: string code units as bytes (Latin-1 text), typed arrays by their buffers. */
function approximateBytes(value: unknown): number {
  if (value === null || value === undefined) return 1;
  if (typeof value === 'string') return value.length + 2;
  if (typeof value === 'number') return 9;
  if (typeof value === 'boolean') return 1;
  if (ArrayBuffer.isView(value)) return value.byteLength + 8;
  if (Array.isArray(value)) return value.reduce((sum: number, v) => sum + approximateBytes(v), 4);
  if (value instanceof Map) {
    let sum = 4;
    for (const [k, v] of value) sum += approximateBytes(k) + approximateBytes(v);
    return sum;
  }
  if (typeof value === 'object') {
    let sum = 4;
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) sum += k.length + 2 + approximateBytes(v);
    return sum;
  }
  return 8;
}

/** Answers the benchmark's port: one request, one answer; only extension pages may connect. */
function answerBenchPort(port: Browser.runtime.Port): void {
  if (port.name !== BENCH_PORT) return;
  if (!port.sender?.url?.startsWith(browser.runtime.getURL('/'))) {
    port.disconnect();
    return;
  }
  port.onMessage.addListener(async (raw: unknown) => {
    const { op, args } = raw as { op: BenchOp; args: unknown[] };
    const fn = bench[op] as ((...a: unknown[]) => Promise<unknown>) | undefined;
    try {
      if (!fn) throw new Error(`no bench operation ${String(op)}`);
      port.postMessage({ ok: true, value: await fn(...(args ?? [])) });
    } catch (error) {
      port.postMessage({ ok: false, error: (error as Error)?.stack ?? String(error) });
    }
  });
}

/**
 * A full disk, for the end-to-end tests (tests/e2e/storage-full.test.ts), as Chromium has one when no
 * room is left: while it is on, every new record of the articles store (the bundled corpus update's
 * first write, an import's, a saved page's) has its transaction aborted, so nothing of it lands, and
 * fails with an error named QuotaExceededError. Deleting still works, as it does on a full disk.
 * Only the e2e build has it; a release build has neither the hook nor the patched methods.
 */
const disk = { full: false, refused: 0, patched: false };

function patchArticleWrites(): void {
  if (disk.patched) return;
  disk.patched = true;
  const proto = IDBObjectStore.prototype as unknown as Record<'put' | 'add', (...args: unknown[]) => IDBRequest>;
  for (const op of ['put', 'add'] as const) {
    const original = proto[op];
    proto[op] = function (this: IDBObjectStore, ...args: unknown[]) {
      if (disk.full && this.name === 'articles') {
        disk.refused++;
        try {
          this.transaction.abort();
        } catch {
          // already finished or aborted: nothing of it lands either way
        }
        throw new DOMException(
          'No room left to write the record (end-to-end test of a full disk)',
          'QuotaExceededError',
        );
      }
      return original.apply(this, args);
    };
  }
}

const storage = {
  /** Fills the disk (every new article refused) or makes room again; how many writes were refused while full. */
  setDiskFull(full: boolean) {
    patchArticleWrites();
    const refused = disk.refused;
    disk.full = full;
    disk.refused = 0;
    return { full, refused };
  },
  /** Records another release's corpus version as installed, so the bundled corpus update has to be written. */
  async markCorpusOutdated() {
    await (await getDb()).put('meta', { key: 'corpusVersion', value: 'e2e-previous-release' });
    return { ok: true };
  },
  /** The retry alarm's work, run now: the bundled corpus update tried again. */
  async retryUpdate() {
    try {
      return { ok: true, outcome: await retryCorpusUpdate(), error: null };
    } catch (error) {
      return { ok: false, outcome: null, error: (error as Error).message };
    }
  },
  /** The corpus state the background keeps, and the installed and bundled versions. */
  async state() {
    const installed = (await (await getDb()).get('meta', 'corpusVersion'))?.value ?? null;
    return { health: await corpusHealth(), installed, bundled: (await bundledCorpus()).version };
  },
};

/**
 * A click on one of the extension's right-click menu items, given to the same handler the browser
 * calls from `menus.onClicked` (Firefox has no way for a test to click its context menu).
 */
async function menuClick(info: Browser.contextMenus.OnClickData, tabId: number): Promise<void> {
  await onMenuClick(info, await browser.tabs.get(tabId));
}

export function exposeTestHooks(): void {
  // `feeds`: the e2e feed tests shorten the fetch timeout and run the alarm's work without waiting for it.
  (globalThis as unknown as { readingContext: unknown }).readingContext = {
    getDb,
    ensureCorpus,
    bench,
    menuClick,
    feeds: { setFetchOptions: setFeedFetchOptions, fetchDue: fetchDueFeeds },
    // `storage`: a full disk, for the storage-full e2e test.
    storage,
  };
  browser.runtime.onConnect.addListener(answerBenchPort);
  openRequestedExtensionPages();
}
