// Postings of many terms to a record: packed within their limits, read back as each term's blocks,
// rewritten a record at a time, and the block numbers an import reserves always enough.
import { describe, expect, it } from 'vitest';
import {
  fitsShared,
  packShared,
  readTermBlocks,
  SHARED_RECORD_POSTINGS,
  SHARED_RECORD_TERMS,
  SHARED_TERM_POSTINGS,
  sharedPart,
  sharedRecordsAtMost,
  SharedRewrites,
  type PostingList,
} from '../../lib/match/shared-postings';
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

describe('shared postings records', () => {
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
      const part = sharedPart(record, term)!;
      expect({ docs: Array.from(part.docs), tf: Array.from(part.tf), block: part.block }).toEqual({
        docs: list.docs,
        tf: list.tf,
        block: record.block,
      });
    }
    expect(sharedPart(records[0], 'not-there')).toBeNull();
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

  it("are read with a term's own blocks, in block order, and rewritten once however many terms change", async () => {
    const db = await freshDb();
    const input = lists([3, 5, 2, 4], 11);
    const [record] = packShared(input, 5);
    const tx = db.transaction(['postings', 'sharedPostings'], 'readwrite');
    await Promise.all([
      tx.objectStore('sharedPostings').put(record),
      tx.objectStore('postings').put({ term: input[1][0], block: 2, docs: Uint32Array.of(7), tf: Uint8Array.of(1) }),
      tx
        .objectStore('postings')
        .put({ term: input[1][0], block: 9, docs: Uint32Array.of(200_000), tf: Uint8Array.of(2) }),
    ]);
    await tx.done;
    const read = async (terms: string[]) =>
      readTermBlocks(db.transaction(['postings', 'sharedPostings']), terms).then((all) =>
        all.map((blocks) => blocks.map((b) => ({ block: b.block, docs: Array.from(b.docs), shared: !!b.shared }))),
      );
    const [first, second] = await read([input[0][0], input[1][0]]);
    expect(first).toEqual([{ block: 5, docs: input[0][1].docs, shared: true }]);
    expect(second).toEqual([
      { block: 2, docs: [7], shared: false },
      { block: 5, docs: input[1][1].docs, shared: true },
      { block: 9, docs: [200_000], shared: false },
    ]);
    expect(await read(['absent'])).toEqual([[]]);

    // Two terms of the record change, each read in its own request: one rewrite of the record.
    const [[a], [b]] = await readTermBlocks(db.transaction(['postings', 'sharedPostings']), [input[0][0], input[2][0]]);
    const rewrites = new SharedRewrites();
    rewrites.set(a, { docs: Uint32Array.of(input[0][1].docs[0] as number), tf: Uint8Array.of(9) });
    rewrites.set(b, null);
    const write = db.transaction(['sharedPostings'], 'readwrite');
    const writes = rewrites.write(write);
    expect(writes).toHaveLength(1);
    await Promise.all(writes);
    await write.done;
    const after = (await db.get('sharedPostings', 5))!;
    expect(after.terms).toEqual([input[0][0], input[1][0], input[3][0]]);
    expect(Array.from(sharedPart(after, input[0][0])!.tf)).toEqual([9]);
    expect(Array.from(sharedPart(after, input[3][0])!.docs)).toEqual(input[3][1].docs);
    expect(await db.getAllKeysFromIndex('sharedPostings', 'byTerm', input[2][0])).toEqual([]);

    // A record left with no postings goes.
    const last = await readTermBlocks(db.transaction(['postings', 'sharedPostings']), after.terms);
    const empty = new SharedRewrites();
    for (const blocks of last) for (const part of blocks) if (part.shared) empty.set(part, { docs: [], tf: [] });
    const clear = db.transaction(['sharedPostings'], 'readwrite');
    await Promise.all(empty.write(clear));
    await clear.done;
    expect(await db.count('sharedPostings')).toBe(0);
  });

  it('hold only terms new to the index: a term it has blocks of gets one of its own, read once a match', async () => {
    const db = await freshDb();
    const text = (i: number) =>
      `Harbour cranes idle at Port Velmora ${i}\nDock workers at Port Velmora stopped the cranes on Monday over pay.`;
    await indexArticles(db, [simpleArticle('a', text(1)), simpleArticle('b', text(2))]);
    const first = await termBlocks(db, 'velmora');
    expect(first.map((b) => !!b.shared)).toEqual([true]);
    await indexArticles(db, [simpleArticle('c', text(3)), simpleArticle('d', text(4))]);
    const second = await termBlocks(db, 'velmora');
    expect(second.map((b) => ({ shared: !!b.shared, docs: b.docs.length }))).toEqual([
      { shared: true, docs: 2 },
      { shared: false, docs: 2 },
    ]);
  });
});
