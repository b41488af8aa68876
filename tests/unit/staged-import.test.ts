// A large import in steps (lib/match/staged-import.ts), on fake-indexeddb: the index it leaves equals
// the one a single transaction leaves; a failure at any write takes back everything it wrote; an import
// cut off between steps is taken back at the next start; a match in the middle sees none of it; pages
// added meanwhile keep their place, waiting documents included.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { openCorpusDb, type Db } from '../../lib/store/db';
import { addUserArticles, deleteArticle, IMPORT_UNDER_WAY, installBundledCorpus } from '../../lib/store/corpus-store';
import { corpusIndexer } from '../../lib/match/corpus-indexer';
import { matchPage } from '../../lib/match/match-page';
import {
  batchBounds,
  beginImport,
  commitImport,
  idFilter,
  importBatch,
  importPostings,
  rollbackPendingImports,
  stagedImport,
} from '../../lib/match/staged-import';
import { INDEX_META_KEY, STORED_FILTER_KEY, type IndexMeta } from '../../lib/store/index-records';
import { clearIndex } from '../../lib/match/remove-from-index';
import { checkIndex, termBlocks } from './index-check';
import { MERGE_LEAVES } from '../../lib/match/posting-blocks';
import { IMPORT_SPARE_BLOCKS, isCrowded, mergeCrowdedTerms, prepareDoc } from '../../lib/match/index-articles';
import { installQuotaFaults, type QuotaFaults } from './quota-faults';
import { readSeedDir } from '../../lib/corpus/read-seed-dir';
import { generateArticles } from '../../bench/generate-corpus';
import { loadSentencePool } from '../../bench/sentence-pool';
import { dumpDb } from '../../scripts/db-snapshot';
import type { Article } from '../../lib/types';

const corpus = await readSeedDir('seeds');
const generated = generateArticles(420, 7, loadSentencePool()).map((a, i) => ({ ...a, id: `staged-${i}` }));
const before = generated.slice(0, 80);
// 300 new articles, 10 already in the corpus, and 10 of them twice.
const incoming = [...generated.slice(100, 400), ...before.slice(0, 10), ...generated.slice(100, 110)];
// Terms in more than 40 of the import's articles get blocks of their own, the others share records:
// both kinds are written, and taken back.
const options = { batch: 64, terms: 300, sharedUpTo: 40 };

let n = 0;
async function corpusDb(): Promise<Db> {
  const db = await openCorpusDb(new IDBFactory(), `staged-${n++}`);
  await installBundledCorpus(db, corpus, corpusIndexer);
  await addUserArticles(db, before, corpusIndexer);
  // Two pages saved one by one: their postings wait in the counters' record.
  await addUserArticles(db, [generated[80]], corpusIndexer);
  await addUserArticles(db, [generated[81]], corpusIndexer);
  return db;
}

/** Whether every one of `ids` has its hash in a stored filter's hashes. */
const idsIn = (hashes: Uint32Array, ids: string[]) => {
  const filter = idFilter(ids);
  const set = new Set(hashes);
  return filter.hashes.every((h) => set.has(h));
};
const indexMeta = async (db: Db) => (await db.get('meta', INDEX_META_KEY))?.value as IndexMeta;
const snapshot = (db: Db) => dumpDb(unwrap(db) as unknown as IDBDatabase);
const textOf = (a: Article) => ({ text: a.paragraphs.slice(0, 4).join('\n\n'), title: a.title });

let faults: QuotaFaults | null = null;
afterEach(() => {
  faults?.restore();
  faults = null;
});

describe('a large import in steps', () => {
  it('leaves the index a single transaction leaves: the same documents, frequencies, blocks and common terms', async () => {
    const [staged, single] = await Promise.all([corpusDb(), corpusDb()]);
    const waiting = (await indexMeta(staged)).recent;
    expect(waiting).toHaveLength(2);
    const a = await stagedImport(staged, incoming, options);
    const b = await addUserArticles(single, incoming, corpusIndexer);
    expect(a.added.sort()).toEqual(b.added.sort());
    expect(a.added).toHaveLength(300);
    expect(a.duplicates.sort()).toEqual(b.duplicates.sort());
    expect(a.duplicates).toHaveLength(20);
    await checkIndex(staged);
    await checkIndex(single);
    const [ma, mb] = [await indexMeta(staged), await indexMeta(single)];
    expect(ma.docs).toBe(mb.docs);
    expect(ma.common).toEqual(mb.common);
    expect(ma.staged).toBeUndefined();
    // The pages waiting before wait still: the import wrote its own postings only.
    expect(ma.recent).toEqual(waiting);
    const df = async (db: Db) => new Map((await db.getAll('terms')).flatMap((t) => [...t.df]));
    expect(await df(staged)).toEqual(await df(single));
    // No note, no marker left.
    expect((await staged.getAllKeys('meta')).filter((k) => String(k).startsWith('import:'))).toEqual([]);
    // Found by its own text.
    const found = await matchPage(staged, textOf(generated[250]));
    expect(found[0]).toMatchObject({ id: generated[250].id, relation: 'same-article' });
  });

  it('shares records among its rare terms, the ones the index knew before as well as its new ones', async () => {
    const db = await corpusDb();
    const nextBlock = (await indexMeta(db)).nextBlock;
    const termsOf = (articles: Article[]) => {
      const counts = new Map<string, number>();
      for (const a of articles) for (const t of prepareDoc(a).doc.terms) counts.set(t, (counts.get(t) ?? 0) + 1);
      return counts;
    };
    const known = termsOf(before);
    const brought = termsOf(generated.slice(100, 400));
    const rare = [...brought].filter(([, n]) => n <= options.sharedUpTo).map(([t]) => t);
    const knownRare = rare.filter((t) => known.has(t));
    const newRare = rare.filter((t) => !known.has(t));
    expect(knownRare.length).toBeGreaterThan(10);
    expect(newRare.length).toBeGreaterThan(10);
    await stagedImport(db, incoming, options);
    for (const term of [...knownRare.slice(0, 10), ...newRare.slice(0, 10)]) {
      const mine = (await termBlocks(db, term)).filter((b) => b.block >= nextBlock);
      expect(mine).toHaveLength(1);
      expect(mine[0].record!.terms.length).toBeGreaterThan(1);
    }
    // A term many of its articles have keeps a record of its own.
    const common = [...brought].find(([, n]) => n > options.sharedUpTo)![0];
    const own = (await termBlocks(db, common)).filter((b) => b.block >= nextBlock);
    expect(own.map((b) => b.record!.terms)).toEqual([[common]]);
    await checkIndex(db);
  });

  it('merges the records of the terms every import adds one to, once they are more than their documents need', async () => {
    const db = await corpusDb();
    const imports = Array.from({ length: IMPORT_SPARE_BLOCKS + 3 }, (_, i) =>
      generated.slice(100 + i * 15, 115 + i * 15),
    );
    const termsOf = (articles: Article[]) => new Set(articles.flatMap((a) => prepareDoc(a).doc.terms));
    const sets = imports.map(termsOf);
    const everywhere = [...sets[0]].filter((t) => sets.every((set) => set.has(t)));
    expect(everywhere.length).toBeGreaterThan(5);
    for (const batch of imports) {
      await stagedImport(db, batch, options);
      const buckets = await db.getAll('terms');
      for (const bucket of buckets)
        for (const [term, blocks] of bucket.blocks)
          expect(isCrowded(blocks, bucket.df.get(term)!, IMPORT_SPARE_BLOCKS)).toBe(false);
    }
    // A record an import, less those merged: fewer than the imports.
    for (const term of everywhere) expect((await termBlocks(db, term)).length).toBeLessThan(imports.length);
    await checkIndex(db);
    expect((await matchPage(db, textOf(imports[4][3])))[0]).toMatchObject({ id: imports[4][3].id });
  });

  it('merges what imports left crowded while another is written, leaving that one out, and matches the same', async () => {
    const db = await corpusDb();
    const imports = Array.from({ length: IMPORT_SPARE_BLOCKS + 3 }, (_, i) =>
      generated.slice(100 + i * 15, 115 + i * 15),
    );
    // The steps by hand, as a worker stopped after each commit leaves them: nothing merged.
    const steps = async (batch: Article[], id: string, commit = true) => {
      const run = await beginImport(db, id, batch.length);
      await importBatch(db, run, batch, Date.now());
      await importPostings(db, run, 300, options.sharedUpTo);
      return { run, crowded: commit ? await commitImport(db, run) : [] };
    };
    let crowded: string[] = [];
    for (const [i, batch] of imports.slice(0, -1).entries()) crowded = (await steps(batch, `m${i}`)).crowded;
    expect(crowded.length).toBeGreaterThan(5);
    const page = textOf(imports[2][7]);
    const found = await matchPage(db, page);
    const last = await steps(imports.at(-1)!, 'under-way', false);
    const sample = crowded.slice(0, 20);
    const blocksBefore = await Promise.all(sample.map(async (term) => (await termBlocks(db, term)).length));
    // The disk full in the middle of the merge: the transactions before the failing one landed, the
    // matches are the same, and the terms left are merged the next time.
    const faults = installQuotaFaults();
    try {
      faults.failAt(60);
      await expect(mergeCrowdedTerms(db, crowded, 7)).rejects.toMatchObject({ name: 'QuotaExceededError' });
    } finally {
      faults.restore();
    }
    expect(await matchPage(db, page)).toEqual(found);
    const left = await mergeCrowdedTerms(db, crowded, 7);
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThan(crowded.length);
    // The import under way's records all there, and the same matches.
    const after = await db.getAll('postingBlocks');
    const staged = after.filter((r) => r.block >= last.run.mark.blocks[0] && r.block < last.run.mark.blocks[1]);
    expect(staged.length).toBeGreaterThan(0);
    expect(await matchPage(db, page)).toEqual(found);
    // Fewer records: the merged one, the old ones larger than all since (MERGE_LEAVES at most), and the
    // one of the import under way when the term is in it.
    for (const [i, term] of sample.entries()) {
      const blocks = (await termBlocks(db, term)).length;
      expect(blocks).toBeLessThan(blocksBefore[i]);
      expect(blocks).toBeLessThanOrEqual(MERGE_LEAVES + 2);
    }
    // Merged already: none crowded; then the import commits, whole.
    expect(await mergeCrowdedTerms(db, crowded)).toBe(0);
    await commitImport(db, last.run);
    await checkIndex(db);
    expect((await matchPage(db, textOf(imports.at(-1)![3])))[0]).toMatchObject({ id: imports.at(-1)![3].id });
  });

  it("writes the same entries and postings whether each batch's text work is done ahead or in turn", async () => {
    const [ahead, inTurn] = await Promise.all([corpusDb(), corpusDb()]);
    const steps: string[] = [];
    await stagedImport(ahead, incoming, {
      ...options,
      timing: (step, ms) => (expect(ms).toBeGreaterThanOrEqual(0), steps.push(step)),
    });
    await stagedImport(inTurn, incoming, { ...options, overlap: false });
    expect(steps).toEqual(['begin', 'articles', 'postings', 'commit', 'merge']);
    for (const store of ['docs', 'postings', 'postingBlocks', 'terms'] as const)
      expect(await ahead.getAll(store), store).toEqual(await inTurn.getAll(store));
    expect((await ahead.getAllKeys('articles')).sort()).toEqual((await inTurn.getAllKeys('articles')).sort());
    await checkIndex(ahead);
  });

  it('takes back everything it wrote when any write fails, with the storage-full error', async () => {
    const db = await corpusDb();
    const clean = await snapshot(db);
    faults = installQuotaFaults();
    faults.failAt(null);
    const probe = await corpusDb();
    faults.writes = [];
    await stagedImport(probe, incoming, options);
    const total = faults.writes.length;
    const kinds = new Set(faults.writes.map((w) => w.store));
    expect([...kinds].sort()).toEqual(['articles', 'docs', 'meta', 'postingBlocks', 'terms']);
    // The first and last writes, the last article batch, postings steps and the commit.
    const positions = [
      0,
      1,
      Math.floor(total * 0.2),
      Math.floor(total * 0.5),
      Math.floor(total * 0.8),
      total - 3,
      total - 1,
    ];
    for (const position of positions) {
      faults.failAt(position);
      await expect(stagedImport(db, incoming, options)).rejects.toMatchObject({ name: 'QuotaExceededError' });
      faults.failAt(null);
      expect(await snapshot(db)).toEqual(clean);
    }
  });

  it('cut off between any two steps, is taken back at the next start; a match meanwhile sees none of it', async () => {
    const stops = ['begun', 'batch', 'batches', 'postings'] as const;
    for (const stop of stops) {
      const db = await corpusDb();
      const clean = await snapshot(db);
      const run = await beginImport(db, `cut-${stop}`, incoming.length);
      const now = Date.now();
      if (stop !== 'begun') await importBatch(db, run, incoming.slice(0, 64), now);
      if (stop === 'batches' || stop === 'postings')
        for (let i = 64; i < incoming.length; i += 64) await importBatch(db, run, incoming.slice(i, i + 64), now);
      if (stop === 'postings') await importPostings(db, run, 300, options.sharedUpTo);
      // Written but not committed: the text of an imported article finds it not.
      const found = await matchPage(db, textOf(incoming[0]));
      expect(found.map((m) => m.id)).not.toContain(incoming[0].id);
      // The article stays found that was there.
      expect((await matchPage(db, textOf(before[20])))[0]).toMatchObject({ id: before[20].id });
      // An import begun after this start is left alone.
      expect(await rollbackPendingImports(db, run.mark.startedAt)).toBe(0);
      await rollbackPendingImports(db, Date.now() + 1);
      expect(await snapshot(db)).toEqual(clean);
    }
  });

  it('lets pages be saved and articles deleted while it is written, and commits with them', async () => {
    const db = await corpusDb();
    const run = await beginImport(db, 'busy', incoming.length);
    const now = Date.now();
    for (let i = 0; i < 128; i += 64) await importBatch(db, run, incoming.slice(i, i + 64), now);
    // Pages saved one by one meanwhile, until their postings go out as blocks (and merges run).
    for (const article of generated.slice(82, 100)) await addUserArticles(db, [article], corpusIndexer);
    await deleteArticle(db, before[5].id, corpusIndexer);
    await deleteArticle(db, before[6].id, corpusIndexer);
    // An article of the import itself cannot go before the import is whole, and nothing changes.
    const mid = await snapshot(db);
    await expect(deleteArticle(db, incoming[3].id, corpusIndexer)).rejects.toThrow(IMPORT_UNDER_WAY);
    expect(await snapshot(db)).toEqual(mid);
    for (let i = 128; i < incoming.length; i += 64) await importBatch(db, run, incoming.slice(i, i + 64), now);
    await importPostings(db, run, 300, options.sharedUpTo);
    await commitImport(db, run);
    await checkIndex(db);
    // Whole, the import's articles can be deleted like any other.
    expect(await deleteArticle(db, incoming[3].id, corpusIndexer)).toBe(true);
    await checkIndex(db);
    expect((await matchPage(db, textOf(incoming[200])))[0]).toMatchObject({ id: incoming[200].id });
    expect((await matchPage(db, textOf(generated[90])))[0]).toMatchObject({ id: generated[90].id });
  });
  it('asks the store only about the ids its filter of the corpus names, and still finds every duplicate', async () => {
    const db = await corpusDb();
    const run = await beginImport(db, 'filtered', incoming.length);
    expect(run.known).not.toBeNull();
    // Every article of the corpus is in the filter; of 300 others, at most a hash collision or two.
    for (const a of before) expect(run.known!.has(a.id)).toBe(true);
    expect(generated.slice(100, 400).filter((a) => run.known!.has(a.id)).length).toBeLessThanOrEqual(2);
    const now = Date.now();
    for (let i = 0; i < incoming.length; i += 64) await importBatch(db, run, incoming.slice(i, i + 64), now);
    await importPostings(db, run, 300, options.sharedUpTo);
    await commitImport(db, run);
    expect(run.added).toHaveLength(300);
    expect(new Set(run.duplicates)).toEqual(
      new Set([...before.slice(0, 10), ...generated.slice(100, 110)].map((a) => a.id)),
    );
    await checkIndex(db);
  });

  it('writes a batch again, looking up each article, when one of it was saved after the import began', async () => {
    const db = await corpusDb();
    const run = await beginImport(db, 'raced', incoming.length);
    const now = Date.now();
    // A page saved meanwhile that the import also brings: the filter, read before, does not know it.
    const saved = incoming[70];
    expect(run.known!.has(saved.id)).toBe(false);
    await importBatch(db, run, incoming.slice(0, 64), now);
    await addUserArticles(db, [saved], corpusIndexer);
    await importBatch(db, run, incoming.slice(64, 128), now);
    for (let i = 128; i < incoming.length; i += 64) await importBatch(db, run, incoming.slice(i, i + 64), now);
    await importPostings(db, run, 300, options.sharedUpTo);
    await commitImport(db, run);
    expect(run.duplicates).toContain(saved.id);
    expect(run.added).toHaveLength(299);
    expect((await db.get('articles', saved.id))?.addedAt).not.toBe(now);
    await checkIndex(db);
  });

  it('reads no filter when the corpus is much larger than the import, and looks up each article', async () => {
    const db = await corpusDb();
    const run = await beginImport(db, 'small', 3);
    expect(run.known).toBeNull();
    await importBatch(db, run, [before[0], generated[400], generated[401]], Date.now());
    await importPostings(db, run, 300, options.sharedUpTo);
    await commitImport(db, run);
    expect(run.duplicates).toEqual([before[0].id]);
    expect(run.added).toEqual([generated[400].id, generated[401].id]);
    await checkIndex(db);
  });

  it('leaves its filter for the next import, which reads it with the documents numbered since instead of looking up each article', async () => {
    const db = await corpusDb();
    const first = await beginImport(db, 'first', incoming.length);
    const now = Date.now();
    for (let i = 0; i < incoming.length; i += 64) await importBatch(db, first, incoming.slice(i, i + 64), now);
    await importPostings(db, first, 300, options.sharedUpTo);
    await commitImport(db, first);
    const stored = (await db.get('meta', STORED_FILTER_KEY))?.value as { hashes: Uint32Array; nextDoc: number };
    expect(stored.nextDoc).toBe(first.mark.docs[1]);
    expect(stored.hashes.length).toBe(first.known!.hashes.length + first.added.length);
    // A page saved since, numbered after the filter.
    await addUserArticles(db, [generated[400]], corpusIndexer);
    // Three articles onto some 400: too small an import to read every id, but the filter is read.
    const next = await beginImport(db, 'next', 4);
    expect(next.known).not.toBeNull();
    expect(next.filterBase).toBe(stored.nextDoc);
    for (const a of [...before, ...generated.slice(100, 400), generated[400], ...corpus.articles])
      expect(next.known!.has(a.id)).toBe(true);
    await importBatch(db, next, [before[1], generated[400], generated[401], incoming[7]], now);
    await importPostings(db, next, 300, options.sharedUpTo);
    await commitImport(db, next);
    expect(next.duplicates.sort()).toEqual([before[1].id, generated[400].id, incoming[7].id].sort());
    expect(next.added).toEqual([generated[401].id]);
    const after = (await db.get('meta', STORED_FILTER_KEY))?.value as { hashes: Uint32Array; nextDoc: number };
    expect(after.nextDoc).toBe(next.mark.docs[1]);
    expect(idsIn(after.hashes, [generated[401].id, generated[400].id])).toBe(true);
    await checkIndex(db);
    // The index rebuilt numbers its documents anew: the filter goes with it.
    await clearIndex(db);
    expect(await db.get('meta', STORED_FILTER_KEY)).toBeUndefined();
  });

  it('finds an article its stored filter lacks, by writing the batch again with a lookup an article', async () => {
    const db = await corpusDb();
    const meta = await indexMeta(db);
    // A filter that knows nothing, as if every article had been added in a way it missed.
    await db.put('meta', { key: STORED_FILTER_KEY, value: { hashes: new Uint32Array(), nextDoc: meta.nextDoc } });
    const run = await beginImport(db, 'stale', 2);
    expect(run.known).not.toBeNull();
    await importBatch(db, run, [before[0], generated[402]], Date.now());
    await importPostings(db, run, 300, options.sharedUpTo);
    await commitImport(db, run);
    expect(run.duplicates).toEqual([before[0].id]);
    expect(run.added).toEqual([generated[402].id]);
    await checkIndex(db);
  });

  it('leaves the filter another import stored after it began, which the next import brings up to date', async () => {
    const db = await corpusDb();
    const a = await beginImport(db, 'a', 150);
    const b = await beginImport(db, 'b', 150);
    const now = Date.now();
    await importBatch(db, a, incoming.slice(0, 150), now);
    await importBatch(db, b, incoming.slice(150, 300), now);
    for (const run of [a, b]) await importPostings(db, run, 300, options.sharedUpTo);
    await commitImport(db, a);
    await commitImport(db, b);
    const stored = (await db.get('meta', STORED_FILTER_KEY))?.value as { hashes: Uint32Array; nextDoc: number };
    expect(stored.nextDoc).toBe(a.mark.docs[1]);
    // B's articles are numbered after A's: the next import reads them.
    const next = await beginImport(db, 'next', 300);
    expect(next.filterBase).toBe(stored.nextDoc);
    for (const id of [...a.added, ...b.added]) expect(next.known!.has(id)).toBe(true);
    await checkIndex(db);
  });

  it("has in its filter every id it was given, and answers for the others by the ids' hashes", () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `article-${i}`);
    const filter = idFilter(ids);
    expect(ids.every((id) => filter.has(id))).toBe(true);
    const others = Array.from({ length: 5000 }, (_, i) => `other-${i}`);
    expect(others.filter((id) => filter.has(id)).length).toBeLessThanOrEqual(2);
    expect(idFilter([]).has('anything')).toBe(false);
  });
  it('cuts an import into batches that cover it in order, the first and the last short ones', () => {
    for (const total of [0, 1, 49, 50, 51, 249, 250, 251, 300, 1000, 1049, 10_000]) {
      const bounds = batchBounds(total, 250);
      let next = 0;
      for (const [from, to] of bounds) {
        expect(from).toBe(next);
        expect(to - from).toBeGreaterThan(0);
        expect(to - from).toBeLessThanOrEqual(250);
        next = to;
      }
      expect(next).toBe(total);
      if (total > 50) expect(bounds[0]).toEqual([0, 50]);
      if (total > 100) expect(bounds.at(-1)![1] - bounds.at(-1)![0]).toBeLessThanOrEqual(50);
    }
    expect(batchBounds(1000, 250)).toEqual([
      [0, 50],
      [50, 300],
      [300, 550],
      [550, 800],
      [800, 950],
      [950, 1000],
    ]);
  });
});
