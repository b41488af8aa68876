// The benchmark's FlexSearch 0.8 with its IndexedDB adapter, in the same service worker as our
// index (e2e build only): the persistent index a developer would pick, fed the same articles and
// asked the same pages as a More Like This query (the page's top terms, any of them may match).
// The import is timed as FlexSearch persists it: `add` for each article, then `commit()` per chunk.
import './bench-window';
import { Index, IndexedDB } from 'flexsearch';
import './bench-window-end';
import type { Article } from '@/lib/types';
import type { PageToMatch } from '@/lib/match/match-page';
import { profileText, topTermsByPrior } from '@/lib/match/text-profile';
import { getDb } from './db';

/** FlexSearch's database name (it opens `flexsearch:<name>`). */
const FLEX_NAME = 'rcbench';
/** Terms of the page in the query, as MiniSearch's (and matchPage's share of them). */
const QUERY_TERMS = 25;
const FLEX_OPTIONS = { tokenize: 'strict' as const };

let flex: Index<false, IndexedDB> | null = null;
const since = (t0: number) => Math.round((performance.now() - t0) * 100) / 100;

async function usage(): Promise<number | null> {
  return (await navigator.storage.estimate()).usage ?? null;
}

async function mounted(): Promise<Index<false, IndexedDB>> {
  const index = new Index(FLEX_OPTIONS) as unknown as Index<false, IndexedDB>;
  await index.mount(new IndexedDB(FLEX_NAME));
  return index;
}

/** The page's top terms, as the words they came from. */
function queryOf(page: PageToMatch): string {
  const profile = profileText(page.text, page.title ?? '', page.language);
  return topTermsByPrior(profile, QUERY_TERMS)
    .map((term) => profile.surface.get(term) ?? term)
    .join(' ');
}

export const flexBench = {
  /**
   * Indexes the user articles, `chunk` at a time with a `commit()` after each (a chunk is what one
   * of our import calls stores); the articles are read from our store outside the timing.
   */
  async flexBuild(chunk: number) {
    const db = await getDb();
    await new IndexedDB(FLEX_NAME).destroy().catch(() => undefined);
    const before = await usage();
    const t0 = performance.now();
    flex = await mounted();
    let indexMs = since(t0);
    let docs = 0;
    let after: IDBKeyRange | null = null;
    for (;;) {
      const batch: Article[] = await db.getAll('articles', after, chunk);
      if (batch.length === 0) break;
      after = IDBKeyRange.lowerBound(batch[batch.length - 1].id, true);
      const records = batch.filter((a) => a.origin === 'user');
      const t1 = performance.now();
      for (const a of records) flex.add(a.id, `${a.title}\n\n${a.paragraphs.join('\n\n')}`);
      await flex.commit();
      indexMs += performance.now() - t1;
      docs += records.length;
    }
    const afterUsage = await usage();
    return {
      docs,
      indexMs: Math.round(indexMs * 100) / 100,
      usage: before !== null && afterUsage !== null ? afterUsage - before : null,
    };
  },

  /** The pages as a More Like This query: the page's top terms, documents with any of them ranked. */
  async flexMatch(pages: PageToMatch[]) {
    flex ??= await mounted();
    const out: Array<{ ms: number; searchMs: number; ids: string[] }> = [];
    for (const page of pages) {
      const t0 = performance.now();
      const query = queryOf(page);
      const t1 = performance.now();
      const hits = await flex.search(query, { limit: 10, suggest: true });
      out.push({ ms: since(t0), searchMs: since(t1), ids: hits.map(String) });
    }
    return out;
  },

  /** FlexSearch in a worker just started: mount its database, answer one page. */
  async flexColdMatch(page: PageToMatch) {
    const t0 = performance.now();
    flex = await mounted();
    const mountMs = since(t0);
    const [{ ms: matchMs, ids }] = await flexBench.flexMatch([page]);
    return { mountMs, matchMs, totalMs: since(t0), ids };
  },

  /** Drops FlexSearch's index from memory and storage. */
  async flexDrop() {
    flex = null;
    await new IndexedDB(FLEX_NAME).destroy();
    return { ok: true };
  },
};
