// The invariants between the articles and their search index, checked after any sequence of writes:
// one document an article; no posting of a document that is gone; each document posted under exactly
// its own terms (in a block, or waiting in the counters' record); the dictionary's frequencies and
// block counts equal to the postings; the counters and the common terms right.
import { expect } from 'vitest';
import type { Db } from '../../lib/store/db';
import { INDEX_META_KEY, RECENT_SEPARATOR, type IndexMeta } from '../../lib/store/index-records';
import { COMMON_SHARE } from '../../lib/match/common-terms';
import { MAX_DF_RATIO } from '../../lib/match/match-page';
import { readTermBlocks, termPart, type TermBlock } from '../../lib/match/posting-blocks';

/** Every invariant between the articles and their index. */
export async function checkIndex(db: Db): Promise<void> {
  const [articleIds, docs, legacy, records, buckets, meta] = await Promise.all([
    db.getAllKeys('articles'),
    db.getAll('docs'),
    db.getAll('postings'),
    db.getAll('postingBlocks'),
    db.getAll('terms'),
    db.get('meta', INDEX_META_KEY).then((r) => r?.value as IndexMeta),
  ]);
  // One document an article, and none for an article that is gone.
  expect(docs.map((d) => d.id).sort()).toEqual([...articleIds].sort());
  expect(meta.docs).toBe(docs.length);
  const numbers = new Set(docs.map((d) => d.n));
  expect(numbers.size).toBe(docs.length);
  expect(Math.max(...numbers)).toBeLessThan(meta.nextDoc);
  // No dangling posting but those of documents removed lately (listed, their blocks not rewritten yet),
  // no empty block; each document is posted under exactly its own terms.
  const removed = new Map((meta.removed ?? []).map((r) => [r.n, new Set(r.terms.split(RECENT_SEPARATOR))]));
  for (const n of removed.keys()) expect(numbers.has(n)).toBe(false);
  // A record holds its terms in ascending order, each with postings; its block number is its own,
  // and each term's part of it counts as one of the term's blocks. Blocks written before version 6
  // are read only while the counters say the index has some.
  if (legacy.length > 0) expect(meta.legacyPostings).toBe(true);
  const postings = [...legacy];
  for (const record of records) {
    expect([...record.terms].sort()).toEqual(record.terms);
    expect(new Set(record.terms).size).toBe(record.terms.length);
    expect(record.starts.length).toBe(record.terms.length + 1);
    expect(record.starts[record.terms.length]).toBe(record.docs.length);
    expect(record.block).toBeLessThan(meta.nextBlock);
    for (const term of record.terms) postings.push(termPart(record, term)!);
  }
  const posted = new Map<number, Set<string>>();
  const df = new Map<string, number>();
  const blocks = new Map<string, number>();
  for (const p of postings) {
    expect(p.docs.length).toBeGreaterThan(0);
    expect(p.tf.length).toBe(p.docs.length);
    expect(p.block).toBeLessThan(meta.nextBlock);
    let live = 0;
    for (const n of p.docs) {
      expect(numbers.has(n) || removed.has(n)).toBe(true);
      if (!posted.has(n)) posted.set(n, new Set());
      posted.get(n)!.add(p.term);
      if (!removed.has(n)) live++;
    }
    if (live > 0) df.set(p.term, (df.get(p.term) ?? 0) + live);
    blocks.set(p.term, (blocks.get(p.term) ?? 0) + 1);
  }
  for (const [n, terms] of removed) expect(posted.get(n) ?? new Set()).toEqual(terms);
  // Documents added a few at a time wait in the counters' record with their terms, not yet in a block.
  for (const r of meta.recent ?? []) {
    expect(posted.has(r.n)).toBe(false);
    posted.set(r.n, new Set(r.terms.split(RECENT_SEPARATOR)));
  }
  for (const d of docs) expect(posted.get(d.n) ?? new Set()).toEqual(new Set(d.terms));
  // The dictionary's frequencies and block counts are the postings'.
  const storedDf = new Map(buckets.flatMap((b) => [...b.df]));
  const storedBlocks = new Map(buckets.flatMap((b) => [...b.blocks]));
  expect(storedDf).toEqual(df);
  expect(storedBlocks).toEqual(blocks);
  // The common terms: each with its document frequency, waiting documents counted, in more than
  // COMMON_SHARE of the documents; and none missing that a match would skip (MAX_DF_RATIO). Between
  // the two, a term may become known only when its waiting documents are written.
  const all = new Map(df);
  for (const r of meta.recent ?? [])
    for (const term of r.terms.split(RECENT_SEPARATOR)) all.set(term, (all.get(term) ?? 0) + 1);
  for (const [term, n] of meta.common ?? []) {
    expect(n).toBe(all.get(term));
    expect(n).toBeGreaterThan(COMMON_SHARE * docs.length);
  }
  for (const [term, n] of all) if (n > MAX_DF_RATIO * docs.length) expect(meta.common?.get(term)).toBe(n);
  if ((meta.recent ?? []).length === 0)
    expect(meta.common).toEqual(new Map([...all].filter(([, n]) => n > COMMON_SHARE * docs.length)));
}

/** A term's postings blocks in block order, as a match reads them (blocks written before version 6 too). */
export async function termBlocks(db: Db, term: string): Promise<TermBlock[]> {
  const [blocks] = await readTermBlocks(db.transaction(['postings', 'postingBlocks']), [term], true);
  return blocks;
}

/** Every postings block of every term: blocks written before version 6, and terms' parts of the records since. */
export async function allBlocks(db: Db): Promise<TermBlock[]> {
  const [legacy, records] = await Promise.all([db.getAll('postings'), db.getAll('postingBlocks')]);
  return [...legacy, ...records.flatMap((record) => record.terms.map((term) => termPart(record, term)!))];
}
