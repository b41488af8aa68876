// The merges large imports leave to the background (lib/match/merge-queue.ts): an import returns
// with its crowded terms handed over, they are merged while no import runs, and a merge that fails
// leaves them for the next import to hand over again.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { openCorpusDb, type Db } from '../../lib/store/db';
import { addUserArticles, installBundledCorpus } from '../../lib/store/corpus-store';
import { corpusIndexer } from '../../lib/match/corpus-indexer';
import { matchPage } from '../../lib/match/match-page';
import { stagedImport } from '../../lib/match/staged-import';
import { IMPORT_SPARE_BLOCKS, isCrowded } from '../../lib/match/index-articles';
import { MergeQueue } from '../../lib/match/merge-queue';
import { checkIndex } from './index-check';
import { installQuotaFaults, type QuotaFaults } from './quota-faults';
import { readSeedDir } from '../../lib/corpus/read-seed-dir';
import { generateArticles } from '../../bench/generate-corpus';
import { loadSentencePool } from '../../bench/sentence-pool';
import type { Article } from '../../lib/types';

const corpus = await readSeedDir('seeds');
const generated = generateArticles(260, 11, loadSentencePool()).map((a, i) => ({ ...a, id: `queued-${i}` }));
// Imports of 15 articles: a term most of them have gets a record from each, and is crowded after
// IMPORT_SPARE_BLOCKS + 2 of them.
const imports = Array.from({ length: IMPORT_SPARE_BLOCKS + 3 }, (_, i) => generated.slice(20 + i * 15, 35 + i * 15));
const options = { batch: 64, terms: 300, sharedUpTo: 40 };
const textOf = (a: Article) => ({ text: a.paragraphs.slice(0, 4).join('\n\n'), title: a.title });

let n = 0;
async function corpusDb(): Promise<Db> {
  const db = await openCorpusDb(new IDBFactory(), `queued-${n++}`);
  await installBundledCorpus(db, corpus, corpusIndexer);
  await addUserArticles(db, generated.slice(0, 20), corpusIndexer);
  return db;
}

async function crowdedTerms(db: Db): Promise<string[]> {
  const out: string[] = [];
  for (const bucket of await db.getAll('terms'))
    for (const [term, blocks] of bucket.blocks)
      if (isCrowded(blocks, bucket.df.get(term)!, IMPORT_SPARE_BLOCKS)) out.push(term);
  return out;
}

/** Imports each batch, handing its crowded terms to `handOver`; the terms handed over by each. */
async function importAll(db: Db, batches: Article[][], handOver: (terms: readonly string[]) => void) {
  const handed: string[][] = [];
  for (const batch of batches)
    await stagedImport(db, batch, {
      ...options,
      merge: (terms) => {
        handed.push([...terms]);
        handOver(terms);
      },
    });
  return handed;
}

let faults: QuotaFaults | null = null;
afterEach(() => {
  faults?.restore();
  faults = null;
});

describe('the merges imports leave to the background', () => {
  it('are merged after the import has returned, leaving no term crowded and the same matches', async () => {
    const db = await corpusDb();
    // The imports but the last hand nothing over: their crowded terms wait, as after a worker's stop.
    await importAll(db, imports.slice(0, -1), () => undefined);
    const waiting = await crowdedTerms(db);
    expect(waiting.length).toBeGreaterThan(5);
    const queue = new MergeQueue(async () => db);
    const [handed] = await importAll(db, imports.slice(-1), (terms) => queue.add(terms));
    // It returned before any was merged.
    expect(queue.merged).toBe(0);
    const page = textOf(imports[2][7]);
    const found = await matchPage(db, page);
    // The last import found crowded the terms it has, and handed them over (the match above waited for
    // the merge's transaction under way, which changes no match).
    expect(handed.length).toBeGreaterThan(5);
    expect(handed.filter((t) => waiting.includes(t)).length).toBeGreaterThan(5);
    await queue.settled();
    expect(queue.merged).toBe(handed.length);
    // None of them is crowded now; those the import did not have wait for one that has them.
    const left = await crowdedTerms(db);
    expect(left.filter((t) => handed.includes(t))).toEqual([]);
    expect(left.every((t) => waiting.includes(t))).toBe(true);
    expect(await matchPage(db, page)).toEqual(found);
    await checkIndex(db);
  });

  it('wait while an import runs, and go on once it has ended', async () => {
    const db = await corpusDb();
    await importAll(db, imports.slice(0, -1), () => undefined);
    const waiting = await crowdedTerms(db);
    expect(waiting.length).toBeGreaterThan(5);
    const queue = new MergeQueue(async () => db, { per: 7 });
    let mergedDuring = -1;
    await queue.during(async () => {
      queue.add(waiting);
      await stagedImport(db, imports.at(-1)!, { ...options, merge: () => undefined });
      mergedDuring = queue.merged;
    });
    expect(mergedDuring).toBe(0);
    await queue.settled();
    expect(queue.merged).toBe(waiting.length);
    expect((await crowdedTerms(db)).filter((t) => waiting.includes(t))).toEqual([]);
    await checkIndex(db);
  });

  it('cut off by a full disk leave the terms not merged crowded, for the next import to hand over again', async () => {
    const db = await corpusDb();
    await importAll(db, imports.slice(0, -1), () => undefined);
    const waiting = await crowdedTerms(db);
    const page = textOf(imports[4][3]);
    const found = await matchPage(db, page);
    let awake = 0;
    const queue = new MergeQueue(async () => db, {
      per: 7,
      keepAwake: async (work) => {
        awake++;
        return work();
      },
    });
    faults = installQuotaFaults();
    faults.failAt(40);
    queue.add(waiting);
    await queue.settled();
    faults.restore();
    const left = await crowdedTerms(db);
    expect(left.length).toBeGreaterThan(0);
    expect(left.length).toBeLessThan(waiting.length);
    expect(await matchPage(db, page)).toEqual(found);
    await checkIndex(db);
    // The next import finds crowded those it has, and hands them over: then none of them is.
    const [handed] = await importAll(db, imports.slice(-1), (terms) => queue.add(terms));
    expect(handed.filter((t) => left.includes(t)).length).toBeGreaterThan(0);
    await queue.settled();
    expect((await crowdedTerms(db)).filter((t) => handed.includes(t))).toEqual([]);
    expect(awake).toBe(2);
    await checkIndex(db);
  });
});
