import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { BLOCK_DOCS, indexArticles, SPARE_BLOCKS } from '../../lib/match/index-articles';
import { bucketOf, INDEX_META_KEY } from '../../lib/store/index-records';
import { COMMON_SHARE } from '../../lib/match/common-terms';
import type { IndexMeta } from '../../lib/store/index-records';
import { DEFAULT_THRESHOLD, matchPage } from '../../lib/match/match-page';
import { clearIndex, removeFromIndex } from '../../lib/match/remove-from-index';
import { compatibleValues, sameQuantity, sharedFigures } from '../../lib/match/shared-figures';
import type { Db } from '../../lib/store/db';
import type { Article, Figure } from '../../lib/types';
import { freshDb, loadCorpus, simpleArticle } from './match-helpers';
import { allBlocks, termBlocks } from './index-check';

const seed0 = readFileSync('seeds/000_49ebc4d4ef1aa215.txt', 'utf8');
const seed3 = readFileSync('seeds/003_d8affad2d3658da0.txt', 'utf8');
const paragraphs0 = seed0.split(/\n+/).filter((l) => l.trim().length > 40);
const coverage = readFileSync('tests/fixtures/match/rel-hamas-42day-plan.html', 'utf8').replace(/<[^>]+>/g, ' ');
const quake = readFileSync('tests/fixtures/match/none-earthquake.html', 'utf8').replace(/<[^>]+>/g, ' ');

const a0 = simpleArticle('seed-000', seed0, {
  title: 'Resistance shatters Netanyahu’s “total victory” dream',
  outlet: { name: 'Mehr News Agency', domain: 'en.mehrnews.com', profileId: null },
  originalPublisher: { name: 'Tehran Times', domain: null, profileId: null },
  published: { iso: '2024-03-16T10:17', precision: 'minute', text: 'Mar 16, 2024, 10:17 AM' },
});
const a3 = simpleArticle('seed-003', seed3, {
  title: 'Hamas’ stance, demands in truce talks leave Netanyahu in dilemma: Analyst',
});

let db: Db;
beforeEach(async () => {
  db = await freshDb();
  await loadCorpus(db, [a0, a3]);
});

describe('matchPage', () => {
  it('calls a republished copy in other furniture the same article, and says who published first', async () => {
    const page = `Home | World | Markets\n${seed0}\n12 comments\nTerms · Privacy`;
    const [first] = await matchPage(db, { text: page, published: '2024-03-18', site: 'World Wire Digest' });
    expect(first.id).toBe('seed-000');
    expect(first.relation).toBe('same-article');
    expect(first.overlap).toBeGreaterThan(0.8);
    expect(first.daysApart).toBe(2);
    expect(first.firstPublished).toEqual({
      by: 'Tehran Times',
      at: '2024-03-16T10:17',
      which: 'article',
      basis: 'dates',
    });
  });

  it('calls an excerpt of a few paragraphs the same article', async () => {
    const [first] = await matchPage(db, { text: paragraphs0.slice(12, 17).join('\n\n') });
    expect(first).toMatchObject({ id: 'seed-000', relation: 'same-article' });
    expect(first.firstPublished?.which).toBe('unknown');
  });

  it('calls other coverage of the same events related, and explains it with readable words', async () => {
    const matches = await matchPage(db, { text: coverage, published: '2024-03-15' });
    const m = matches.find((x) => x.id === 'seed-000');
    expect(m?.relation).toBe('related');
    expect(m?.score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(m?.shared.names).toEqual(expect.arrayContaining(['Hamas', 'Qatar']));
    expect(m?.shared.terms).toContain('ceasefire');
    expect(m?.firstPublished).toBeNull();
  });

  it('shows nothing for unrelated news with its own casualty figures', async () => {
    expect(await matchPage(db, { text: quake })).toEqual([]);
  });

  it('shows nothing for a page in another language and script', async () => {
    const russian =
      'Израиль и ХАМАС ведут переговоры о прекращении огня в секторе Газа при посредничестве Египта и Катара. Нетаньяху пообещал «полную победу».';
    expect(await matchPage(db, { text: russian })).toEqual([]);
  });

  it('shows nothing, without failing, for an empty page or an empty corpus', async () => {
    expect(await matchPage(db, { text: '' })).toEqual([]);
    expect(await matchPage(db, { text: '   42 — 2024 !!' })).toEqual([]);
    expect(await matchPage(await freshDb(), { text: seed0 })).toEqual([]);
  });

  it('counts figures both texts report', async () => {
    const figure = (text: string, value: number, counts: string, event: string): Figure => ({
      text,
      start: 0,
      end: 0,
      value,
      lower: value,
      upper: null,
      qualifier: 'more than',
      unit: null,
      counts,
      event,
      sentence: '',
      source: 'no source given',
    });
    const withFigures: Article = { ...a0, figures: [figure('more than 31,000', 31000, 'Palestinians', 'killed')] };
    const db2 = await freshDb();
    await loadCorpus(db2, [withFigures]);
    const [m] = await matchPage(db2, {
      text: coverage,
      figures: [figure('more than 31,000', 31000, 'Palestinians', 'killed')],
    });
    expect(m.shared.figures).toEqual(['more than 31,000 Palestinians killed']);
  });

  it('explains a match from the index entry alone, as it would from the article', async () => {
    const figure: Figure = {
      text: 'more than 31,000',
      start: 0,
      end: 0,
      value: 31000,
      lower: 31000,
      upper: null,
      qualifier: 'more than',
      unit: null,
      counts: 'Palestinians',
      event: 'killed',
      sentence: '',
      source: 'no source given',
    };
    const db2 = await freshDb();
    await loadCorpus(db2, [{ ...a0, figures: [figure] }, a3]);
    const page = {
      text: `${seed0}\n\n${coverage}`,
      published: '2024-03-18',
      site: 'Tehran Times',
      originalPublisher: 'Tehran Times',
      figures: [figure],
    };
    const fromCards = await matchPage(db2, page);
    // No article is read: a match with the articles store emptied is the same.
    const entries = await db2.getAll('docs');
    expect(entries.every((d) => d.card)).toBe(true);
    expect(entries.find((d) => d.id === 'seed-000')?.card).toEqual({
      title: a0.title,
      outlet: 'Mehr News Agency',
      originalPublisher: 'Tehran Times',
      figures: [{ value: 31000, lower: 31000, upper: null, unit: null, counts: 'Palestinians', event: 'killed' }],
    });
    const articles = await db2.getAll('articles');
    await db2.clear('articles');
    expect(await matchPage(db2, page)).toEqual(fromCards);
    // Entries written before cards existed: the matcher reads the articles, with the same result as
    // cards without the dates estimated from the text (which only cards carry).
    await Promise.all(articles.map((a) => db2.put('articles', a)));
    for (const d of entries) await db2.put('docs', { ...d, card: d.card && { ...d.card, estimated: undefined } });
    const withoutEstimates = await matchPage(db2, page);
    for (const d of entries) await db2.put('docs', { ...d, card: undefined });
    const shown = (ms: typeof fromCards) => ms.map(({ estimatedDate: _, ...m }) => m);
    expect(shown(await matchPage(db2, page))).toEqual(shown(withoutEstimates));
    // The undated seed's text puts it in early May 2024, six weeks after the page: it ranks lower with the estimate.
    expect(entries.find((d) => d.id === 'seed-003')?.card?.estimated).toMatchObject({
      iso: '2024-05-02',
      label: 'about early May 2024',
    });
    expect(fromCards[0]).toMatchObject({
      id: 'seed-000',
      relation: 'same-article',
      shared: { figures: ['more than 31,000 Palestinians killed'] },
    });
    expect(fromCards[0].firstPublished).toMatchObject({ which: 'article', basis: 'credit', by: 'Tehran Times' });
  });

  it('respects the limit and the threshold', async () => {
    expect(await matchPage(db, { text: coverage }, { limit: 1 })).toHaveLength(1);
    expect(await matchPage(db, { text: coverage }, { threshold: 1.01 })).toEqual([]);
  });
});

describe('the index', () => {
  it('skips an article already indexed', async () => {
    expect(await indexArticles(db, [a0])).toBe(0);
    expect(await db.count('docs')).toBe(2);
  });

  it('forgets removed articles: their docs, postings and document frequencies', async () => {
    expect(await removeFromIndex(db, ['seed-000', 'not-there'])).toBe(1);
    expect(await db.count('docs')).toBe(1);
    const matches = await matchPage(db, { text: seed0 });
    expect(matches.map((m) => m.id)).not.toContain('seed-000');
    // Its postings stay in their blocks, listed as removed, until REMOVED_MAX removals are listed
    // (tests/unit/match-removed.test.ts); the dictionary's frequencies follow the removal at once.
    const meta = (await db.get('meta', INDEX_META_KEY))?.value as IndexMeta;
    expect(meta.removed?.map((r) => r.n)).toEqual([1]);
    const dfOf = async (term: string) => (await db.get('terms', bucketOf(term)))?.df.get(term) ?? 0;
    expect(await dfOf('dilemma')).toBe(1);
    expect(await dfOf('rashid')).toBe(0);
  });

  it('appends a new postings block per batch instead of rewriting old ones', async () => {
    const db2 = await freshDb();
    const many = Array.from({ length: 6 }, (_, i) => simpleArticle(`copy-${i}`, `${seed0}\nVariant ${i}.`));
    await indexArticles(db2, many, { batchSize: 2 });
    const blocks = await termBlocks(db2, 'hamas');
    expect(blocks.map((b) => b.docs.length)).toEqual([2, 2, 2]);
  });

  it("keeps each term's counts in the dictionary equal to its postings, through adds and removals", async () => {
    const db2 = await freshDb();
    const many = Array.from({ length: 8 }, (_, i) =>
      simpleArticle(`v-${i}`, `${i % 2 ? seed0 : seed3}\nVariant ${i}.`),
    );
    await indexArticles(db2, many, { batchSize: 3 });
    await removeFromIndex(db2, ['v-1', 'v-4']);
    const postings = await allBlocks(db2);
    // Removed documents listed in the counters' record are in their blocks still, and counted in none.
    const meta = (await db2.get('meta', INDEX_META_KEY))?.value as IndexMeta;
    const removed = new Set((meta.removed ?? []).map((r) => r.n));
    expect(removed.size).toBe(2);
    const expected = new Map<string, { df: number; blocks: number }>();
    for (const p of postings) {
      const e = expected.get(p.term) ?? { df: 0, blocks: 0 };
      const live = Array.from(p.docs).filter((n) => !removed.has(n)).length;
      expected.set(p.term, { df: e.df + live, blocks: e.blocks + 1 });
    }
    for (const [term, e] of expected) if (e.df === 0) expected.delete(term);
    const buckets = await db2.getAll('terms');
    let terms = 0;
    for (const bucket of buckets) {
      for (const [term, df] of bucket.df) {
        terms++;
        expect(bucketOf(term)).toBe(bucket.bucket);
        expect({ term, df, blocks: bucket.blocks.get(term) }).toEqual({ term, ...expected.get(term) });
      }
    }
    expect(terms).toBe(expected.size);
  });

  it("merges a term's blocks once articles added a few at a time have spread it over too many", async () => {
    const db2 = await freshDb();
    const rounds = SPARE_BLOCKS + 3;
    for (let i = 0; i < rounds; i++) await indexArticles(db2, [simpleArticle(`one-${i}`, `${seed0}\nEdition ${i}.`)]);
    const blocks = await termBlocks(db2, 'hamas');
    expect(blocks.length).toBeLessThanOrEqual(Math.ceil(rounds / BLOCK_DOCS) + SPARE_BLOCKS);
    expect(blocks.reduce((n, b) => n + b.docs.length, 0)).toBe(rounds);
    const all = blocks.flatMap((b) => Array.from(b.docs));
    expect(all).toEqual([...all].sort((x, y) => x - y));
    const bucket = await db2.get('terms', bucketOf('hamas'));
    expect({ df: bucket?.df.get('hamas'), blocks: bucket?.blocks.get('hamas') }).toEqual({
      df: rounds,
      blocks: blocks.length,
    });
  });

  it("merges only a term's small blocks: its full ones are left as they are", async () => {
    const db2 = await freshDb();
    // A term already in a full block (documents numbered below those the articles will get), written
    // before version 6 of the database.
    const fullDocs = Uint32Array.from({ length: BLOCK_DOCS }, (_, k) => k + 1);
    await db2.put('postings', { term: 'hamas', block: 1, docs: fullDocs, tf: new Uint8Array(BLOCK_DOCS).fill(1) });
    await db2.put('terms', {
      bucket: bucketOf('hamas'),
      df: new Map([['hamas', BLOCK_DOCS]]),
      blocks: new Map([['hamas', 1]]),
    });
    await db2.put('meta', {
      key: 'index',
      value: { docs: BLOCK_DOCS, nextDoc: BLOCK_DOCS + 1, nextBlock: 2, legacyPostings: true },
    });
    const rounds = SPARE_BLOCKS + 3;
    for (let i = 0; i < rounds; i++) await indexArticles(db2, [simpleArticle(`one-${i}`, `${seed0}\nEdition ${i}.`)]);
    const blocks = await termBlocks(db2, 'hamas');
    expect(blocks[0]).toMatchObject({ block: 1, docs: fullDocs });
    expect(blocks.length).toBeLessThanOrEqual(Math.ceil((BLOCK_DOCS + rounds) / BLOCK_DOCS) + SPARE_BLOCKS);
    // The merge happened: fewer blocks than one per round beside the full one.
    expect(blocks.length).toBeLessThan(rounds + 1);
    const all = blocks.flatMap((b) => Array.from(b.docs));
    expect(all).toHaveLength(BLOCK_DOCS + rounds);
    expect(all).toEqual([...all].sort((x, y) => x - y));
    const bucket = await db2.get('terms', bucketOf('hamas'));
    expect({ df: bucket?.df.get('hamas'), blocks: bucket?.blocks.get('hamas') }).toEqual({
      df: BLOCK_DOCS + rounds,
      blocks: blocks.length,
    });
  });

  it('knows the terms too common to query, exactly, through adds and removals, and rebuilds them for an older index', async () => {
    const db2 = await freshDb();
    const many = Array.from({ length: 12 }, (_, i) =>
      simpleArticle(`c-${i}`, `${i % 3 ? seed0 : seed3}\nVariant ${i}.`),
    );
    await indexArticles(db2, many, { batchSize: 5 });
    const expectCommon = async () => {
      const meta = (await db2.get('meta', 'index'))!.value as IndexMeta;
      const expected = new Map<string, number>();
      for (const bucket of await db2.getAll('terms'))
        for (const [term, df] of bucket.df) if (df > COMMON_SHARE * meta.docs) expected.set(term, df);
      expect(expected.size).toBeGreaterThan(0);
      expect(meta.common).toEqual(expected);
    };
    await expectCommon();
    await removeFromIndex(db2, ['c-0', 'c-3', 'c-6', 'c-9']);
    await expectCommon();
    // An index written before it kept them: rebuilt from the dictionary at its next change.
    const record = (await db2.get('meta', 'index'))!;
    await db2.put('meta', { ...record, value: { ...(record.value as IndexMeta), common: undefined } });
    await indexArticles(db2, [simpleArticle('c-new', `${seed3}\nAnother edition.`)]);
    await expectCommon();
  });

  it('does not read the postings of terms too common to select anything', async () => {
    const db2 = await freshDb();
    // Sixty short reports that all name Hamas, each about something else, and the seed.
    const word = (i: number, k: number) =>
      `w${String.fromCharCode(97 + (i % 26), 97 + ((i * 7 + k) % 26), 97 + ((i * 3 + k * 5) % 26))}`;
    const reports = Array.from({ length: 60 }, (_, i) =>
      simpleArticle(
        `h-${i}`,
        `Hamas and the ${word(i, 1)} ${word(i, 2)} council met on the ${word(i, 3)} of the ${word(i, 4)}. Hamas said the ${word(i, 5)} would follow.`,
      ),
    );
    await indexArticles(db2, [...reports, a0]);
    const meta = (await db2.get('meta', 'index'))!.value as IndexMeta;
    expect(meta.common?.get('hamas')).toBe(61);
    // Which terms' postings the match asks for.
    const calls: string[] = [];
    const realGetAll = IDBIndex.prototype.getAll;
    IDBIndex.prototype.getAll = function (this: IDBIndex, query?: IDBValidKey | IDBKeyRange | null, count?: number) {
      if (this.name === 'byTerm' && typeof query === 'string') calls.push(query);
      return realGetAll.call(this, query, count);
    };
    try {
      const [first] = await matchPage(db2, { text: seed0 });
      expect(first).toMatchObject({ id: 'seed-000', relation: 'same-article' });
    } finally {
      IDBIndex.prototype.getAll = realGetAll;
    }
    expect(calls.length).toBeGreaterThan(5);
    expect(calls).not.toContain('hamas');
  });

  it('can be emptied and rebuilt', async () => {
    await clearIndex(db);
    expect(await matchPage(db, { text: seed0 })).toEqual([]);
    await indexArticles(db, [a0, a3]);
    expect((await matchPage(db, { text: seed0 }))[0].id).toBe('seed-000');
  });
});

describe('shared figures', () => {
  const f = (
    value: number,
    lower: number | null,
    upper: number | null,
    counts: string | null,
    event: string | null,
  ): Figure => ({
    text: String(value),
    start: 0,
    end: 0,
    value,
    lower,
    upper,
    qualifier: null,
    unit: null,
    counts,
    event,
    sentence: '',
    source: 'no source given',
  });

  it('matches the same quantity with compatible values', () => {
    expect(
      sameQuantity(f(600, null, 600, 'Israeli soldiers', 'killed'), f(590, null, null, 'soldiers', 'killed')),
    ).toBe(true);
    expect(compatibleValues(f(31000, 31000, null, 'x', null), f(32000, null, null, 'x', null))).toBe(true);
  });

  it('does not match different quantities or distant values', () => {
    expect(sameQuantity(f(600, null, null, 'soldiers', 'killed'), f(600, null, null, 'soldiers', 'wounded'))).toBe(
      false,
    );
    expect(sameQuantity(f(42, null, null, null, null), f(42, null, null, null, null))).toBe(false);
    expect(sharedFigures([f(100, 100, null, 'people', 'killed')], [f(31000, null, null, 'people', 'killed')])).toEqual(
      [],
    );
  });
});

describe('who published first', () => {
  it('believes a republished page that credits the corpus article’s outlet, even without dates', async () => {
    const { freshDb, seedArticles, loadCorpus } = await import('./match-helpers');
    const db = await freshDb();
    const { articles: seeds } = await seedArticles();
    await loadCorpus(db, seeds);
    const presstv = seeds.find((a) => a.outlet?.name === 'Press TV')!;
    const [match] = await matchPage(db, {
      text: presstv.paragraphs.join('\n\n'),
      site: 'The Meridian Ledger',
      originalPublisher: 'Press TV',
      published: '2024-04-30T09:20:00Z',
    });
    expect(match.relation).toBe('same-article');
    expect(match.firstPublished).toMatchObject({ by: 'Press TV', which: 'article', basis: 'credit' });
  });
});
