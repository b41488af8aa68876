// Postings of many terms to a record: packed within their limits, read back as each term's blocks,
// rewritten a record at a time, and the block numbers an import reserves always enough.
import { describe, expect, it } from 'vitest';
import {
  fitsShared,
  packShared,
  readTermBlocks,
  readTermBlocksOnce,
  newerToMerge,
  MERGE_LEAVES,
  SHARED_RECORD_POSTINGS,
  SHARED_RECORD_TERMS,
  SHARED_TERM_POSTINGS,
  termPart,
  ownRecords,
  recordsAtMost,
  sharedRecordsAtMost,
  BlockRewrites,
  type PostingList,
} from '../../lib/match/posting-blocks';
import { prng } from '../../bench/generate-corpus';
import { indexArticles } from '../../lib/match/index-articles';
import { freshDb, simpleArticle } from './match-helpers';
import { termBlocks } from './index-check';

/** Terms in ascending order with `sizes[i]` postings each, document numbers from a seeded generator. */
function lists(sizes: number[], seed = 1): Array<[string, PostingList]> {
  const rand = prng(seed);
  return sizes.map((size, i) => {
    const docs = new Set<number>();
    while (docs.size < size) docs.add(1 + Math.floor(rand() * 100_000));
    const sorted = [...docs].sort((a, b) => a - b);
    return [`t${String(i).padStart(6, '0')}`, { docs: sorted, tf: sorted.map((n) => 1 + (n % 7)) }];
  });
}

describe('postings block records', () => {
  it("give a term's own postings records of their own, split every so many documents", () => {
    const [[term, list]] = lists([25], 5);
    const records = ownRecords(term, list, 100, 10);
    expect(records.map((r) => [r.block, r.terms, Array.from(r.starts)])).toEqual([
      [100, [term], [0, 10]],
      [101, [term], [0, 10]],
      [102, [term], [0, 5]],
    ]);
    expect(records.flatMap((r) => Array.from(r.docs))).toEqual(list.docs);
    expect(records.flatMap((r) => Array.from(r.tf))).toEqual(list.tf);
    expect(recordsAtMost(25, 10)).toBeGreaterThanOrEqual(25 + 3 + sharedRecordsAtMost(25));
  });

  it('pack terms within their limits and give each term back its own postings', () => {
    const rand = prng(7);
    const input = lists(Array.from({ length: 900 }, () => 1 + Math.floor(rand() * SHARED_TERM_POSTINGS)));
    const records = packShared(input, 40);
    expect(records.map((r) => r.block)).toEqual(records.map((_, i) => 40 + i));
    for (const r of records) {
      expect(r.terms.length).toBeLessThanOrEqual(SHARED_RECORD_TERMS);
      expect(r.docs.length).toBeLessThanOrEqual(SHARED_RECORD_POSTINGS);
      expect(r.starts.length).toBe(r.terms.length + 1);
    }
    // Every term once, in order, with exactly its postings.
    expect(records.flatMap((r) => r.terms)).toEqual(input.map(([t]) => t));
    for (const [term, list] of input) {
      const record = records.find((r) => r.terms.includes(term))!;
      const part = termPart(record, term)!;
      expect({ docs: Array.from(part.docs), tf: Array.from(part.tf), block: part.block }).toEqual({
        docs: list.docs,
        tf: list.tf,
        block: record.block,
      });
    }
    expect(termPart(records[0], 'not-there')).toBeNull();
  });

  it('never take more block numbers than an import reserves for its postings, whatever their spread', () => {
    const rand = prng(3);
    const cases = [
      Array.from({ length: 5000 }, () => 1),
      Array.from({ length: 300 }, () => SHARED_TERM_POSTINGS),
      Array.from({ length: 2000 }, () => 1 + Math.floor(rand() * SHARED_TERM_POSTINGS)),
      Array.from({ length: 2000 }, (_, i) => (i % 2 ? 1 : SHARED_TERM_POSTINGS)),
      [SHARED_RECORD_POSTINGS - SHARED_TERM_POSTINGS + 1, ...Array.from({ length: 400 }, () => SHARED_TERM_POSTINGS)],
    ];
    for (const sizes of cases) {
      const total = sizes.reduce((a, b) => a + b, 0);
      const records = packShared(
        sizes.map((size, i) => [
          `t${i}`,
          { docs: new Array<number>(size).fill(1), tf: new Array<number>(size).fill(1) },
        ]),
        0,
      );
      expect(records.length).toBeLessThanOrEqual(sharedRecordsAtMost(total));
    }
  });

  it('take only terms few documents of a batch have, never more than the limit', () => {
    expect(fitsShared(1)).toBe(true);
    expect(fitsShared(SHARED_TERM_POSTINGS)).toBe(true);
    expect(fitsShared(SHARED_TERM_POSTINGS + 1)).toBe(false);
    expect(fitsShared(41, 40)).toBe(false);
    expect(fitsShared(SHARED_TERM_POSTINGS + 1, 10 * SHARED_TERM_POSTINGS)).toBe(false);
  });

  it('are merged newest first, leaving an old block larger than all since it, and never more than a few', () => {
    // A block an import: the first merge takes them all; the next leaves the merged one.
    expect(newerToMerge(Array(10).fill(1))).toBe(10);
    expect(newerToMerge([10, ...Array(9).fill(1)])).toBe(9);
    expect(newerToMerge([10, 9, ...Array(8).fill(1)])).toBe(8);
    // More than MERGE_LEAVES would stay: older ones are taken too, however large.
    const many = [10, 9, 8, 7, 6, 1, 1, 1, 1, 1];
    expect(newerToMerge(many)).toBe(many.length);
    const steep = [40, 30, 20, 10, 1, 1];
    expect(steep.length - newerToMerge(steep)).toBe(MERGE_LEAVES);
    expect(newerToMerge([50, ...steep])).toBe(steep.length + 1 - MERGE_LEAVES);
    // Two at least, when there are two.
    expect(newerToMerge([1000, 1, 1])).toBe(2);
    expect(newerToMerge([5])).toBe(1);
    // Over imports of one block each, merged whenever ten are there: the blocks stay few, and a
    // posting is rewritten a few times, not at every merge.
    let blocks: number[] = [];
    let rewritten = 0;
    for (let i = 0; i < 300; i++) {
      blocks.push(1);
      if (blocks.length < 10) continue;
      const take = newerToMerge(blocks);
      const merged = blocks.slice(-take).reduce((a, b) => a + b, 0);
      rewritten += merged;
      blocks = [...blocks.slice(0, -take), merged];
    }
    expect(blocks.length).toBeLessThan(10);
    expect(rewritten / 300).toBeLessThan(6);
  });

  it("are read with a term's own blocks, in block order, and rewritten once however many terms change", async () => {
    const db = await freshDb();
    const input = lists([3, 5, 2, 4], 11);
    const [record] = packShared(input, 5);
    const tx = db.transaction(['postings', 'postingBlocks'], 'readwrite');
    await Promise.all([
      tx.objectStore('postingBlocks').put(record),
      tx.objectStore('postings').put({ term: input[1][0], block: 2, docs: Uint32Array.of(7), tf: Uint8Array.of(1) }),
      tx
        .objectStore('postings')
        .put({ term: input[1][0], block: 9, docs: Uint32Array.of(200_000), tf: Uint8Array.of(2) }),
    ]);
    await tx.done;
    const read = async (terms: string[]) =>
      readTermBlocks(db.transaction(['postings', 'postingBlocks']), terms, true).then((all) =>
        all.map((blocks) => blocks.map((b) => ({ block: b.block, docs: Array.from(b.docs), shared: !!b.record }))),
      );
    const [first, second] = await read([input[0][0], input[1][0]]);
    expect(first).toEqual([{ block: 5, docs: input[0][1].docs, shared: true }]);
    expect(second).toEqual([
      { block: 2, docs: [7], shared: false },
      { block: 5, docs: input[1][1].docs, shared: true },
      { block: 9, docs: [200_000], shared: false },
    ]);
    expect(await read(['absent'])).toEqual([[]]);
    // Read for a merge, each record once: the same blocks.
    const terms = [...input.map(([t]) => t), 'absent'];
    const once = await readTermBlocksOnce(db.transaction(['postings', 'postingBlocks']), terms, true);
    expect(once).toEqual(await readTermBlocks(db.transaction(['postings', 'postingBlocks']), terms, true));
    expect(once[1][1].record).toBe(once[0][0].record);
    // An index with no blocks written before version 6 reads its records alone.
    const [recordsOnly] = await readTermBlocks(db.transaction(['postings', 'postingBlocks']), [input[1][0]], false);
    expect(recordsOnly.map((b) => b.block)).toEqual([5]);

    // Two terms of the record change, each read in its own request: one rewrite of the record.
    const [[a], [b]] = await readTermBlocks(
      db.transaction(['postings', 'postingBlocks']),
      [input[0][0], input[2][0]],
      false,
    );
    const rewrites = new BlockRewrites();
    rewrites.set(a, { docs: Uint32Array.of(input[0][1].docs[0] as number), tf: Uint8Array.of(9) });
    rewrites.set(b, null);
    const write = db.transaction(['postingBlocks'], 'readwrite');
    const writes = rewrites.write(write);
    expect(writes).toHaveLength(1);
    await Promise.all(writes);
    await write.done;
    const after = (await db.get('postingBlocks', 5))!;
    expect(after.terms).toEqual([input[0][0], input[1][0], input[3][0]]);
    expect(Array.from(termPart(after, input[0][0])!.tf)).toEqual([9]);
    expect(Array.from(termPart(after, input[3][0])!.docs)).toEqual(input[3][1].docs);
    expect(await db.getAllKeysFromIndex('postingBlocks', 'byTerm', input[2][0])).toEqual([]);

    // A record left with no postings goes.
    const last = await readTermBlocks(db.transaction(['postings', 'postingBlocks']), after.terms, false);
    const empty = new BlockRewrites();
    for (const blocks of last) for (const part of blocks) if (part.record) empty.set(part, { docs: [], tf: [] });
    const clear = db.transaction(['postingBlocks'], 'readwrite');
    await Promise.all(empty.write(clear));
    await clear.done;
    expect(await db.count('postingBlocks')).toBe(0);
  });

  it('hold only terms new to the index: a term it has blocks of gets one of its own, read once a match', async () => {
    const db = await freshDb();
    const text = (i: number) =>
      `Harbour cranes idle at Port Velmora ${i}\nDock workers at Port Velmora stopped the cranes on Monday over pay.`;
    await indexArticles(db, [simpleArticle('a', text(1)), simpleArticle('b', text(2))]);
    const first = await termBlocks(db, 'velmora');
    // Shared with the batch's other new terms, then a record of its own.
    expect(first.map((b) => b.record!.terms.length > 1)).toEqual([true]);
    await indexArticles(db, [simpleArticle('c', text(3)), simpleArticle('d', text(4))]);
    const second = await termBlocks(db, 'velmora');
    expect(second.map((b) => ({ shared: b.record!.terms.length > 1, docs: b.docs.length }))).toEqual([
      { shared: true, docs: 2 },
      { shared: false, docs: 2 },
    ]);
  });
});
