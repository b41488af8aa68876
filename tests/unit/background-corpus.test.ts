// The background's corpus loading, with WXT's fake browser and fake-indexeddb: install loads the
// bundled corpus; an update with a new corpus version replaces bundled articles and keeps the
// user's; a second install changes nothing.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { compileCorpus, compileArticle } from '../../lib/corpus/compile-corpus';
import { loadOutlets } from '../../lib/sources/outlets';
import type { CorpusAsset } from '../../lib/corpus/compile-corpus';

const profiles = loadOutlets(JSON.parse(readFileSync('seeds/outlets.json', 'utf8')));
const seedFiles = ['000_49ebc4d4ef1aa215.txt', '003_d8affad2d3658da0.txt'].map((name) => ({
  name,
  text: readFileSync(`seeds/${name}`, 'utf8'),
}));
const v1 = compileCorpus(seedFiles, profiles);
// A new release whose corpus changed: one seed edited, so its id and the version change.
const v2 = compileCorpus(
  [
    seedFiles[0],
    { name: seedFiles[1].name, text: seedFiles[1].text.replace('nearly seven-month-long', 'seven-month-long') },
  ],
  profiles,
);

let served: CorpusAsset;

async function freshBackground() {
  vi.resetModules();
  return {
    corpus: await import('../../entrypoints/background/corpus'),
    db: await (await import('../../entrypoints/background/db')).getDb(),
    store: await import('../../lib/store/corpus-store'),
    indexer: (await import('../../lib/match/corpus-indexer')).corpusIndexer,
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  // A fresh, empty IndexedDB for each test, as on a new profile.
  globalThis.indexedDB = new IDBFactory();
  vi.stubGlobal('fetch', async () => new Response(JSON.stringify(served)));
});

describe('loading the bundled corpus', () => {
  it('loads both bundled articles on install', async () => {
    served = v1;
    const bg = await freshBackground();
    const outcome = await bg.corpus.ensureCorpus();
    expect(outcome).toMatchObject({ changed: true, version: v1.version, added: 2, removed: 0 });
    const all = await bg.db.getAll('articles');
    expect(all.map((a) => a.title).sort()).toEqual(v1.articles.map((a) => a.title).sort());
    expect(all.every((a) => a.origin === 'bundled' && a.corpusVersion === v1.version)).toBe(true);
    expect(await bg.store.corpusVersion(bg.db)).toBe(v1.version);
  });

  it('changes nothing on a second install of the same version', async () => {
    served = v1;
    let bg = await freshBackground();
    await bg.corpus.ensureCorpus();
    const before = await bg.db.getAll('articles');
    bg = await freshBackground(); // the service worker started again
    const outcome = await bg.corpus.ensureCorpus();
    expect(outcome.changed).toBe(false);
    expect(await bg.db.getAll('articles')).toEqual(before);
  });

  it('replaces bundled articles of an older corpus version on update, and keeps a user article', async () => {
    served = v1;
    let bg = await freshBackground();
    await bg.corpus.ensureCorpus();
    const mine = compileArticle(
      {
        name: 'mine.txt',
        text: 'Title: Port reopens after storm\n---\nThe port reopened on Friday after a storm closed it for three days, officials said.',
      },
      profiles,
      'user',
    );
    await bg.store.addUserArticles(bg.db, [mine], bg.indexer);

    served = v2;
    bg = await freshBackground();
    const outcome = await bg.corpus.ensureCorpus();
    expect(outcome).toMatchObject({ changed: true, version: v2.version, userArticles: 1 });
    const all = await bg.db.getAll('articles');
    const bundledIds = all
      .filter((a) => a.origin === 'bundled')
      .map((a) => a.id)
      .sort();
    expect(bundledIds).toEqual(v2.articles.map((a) => a.id).sort());
    expect(all.find((a) => a.id === mine.id)).toMatchObject({ origin: 'user', title: 'Port reopens after storm' });
    expect(all).toHaveLength(3);
    // The replaced article is gone from the index too: only current articles can match.
    const { matchPage } = await import('../../lib/match/match-page');
    const matches = await matchPage(bg.db, { text: v2.articles[1].paragraphs.join('\n\n') }, { threshold: 0.3 });
    expect(matches.map((m) => m.id)).not.toContain(v1.articles[1].id);
  });

  it('keeps a deleted bundled article deleted across restarts, until the bundled corpus is restored', async () => {
    served = v1;
    let bg = await freshBackground();
    await bg.corpus.ensureCorpus();
    const victim = v1.articles[0].id;
    expect(await bg.store.deleteArticle(bg.db, victim, bg.indexer)).toBe(true);
    bg = await freshBackground();
    await bg.corpus.ensureCorpus();
    expect(await bg.db.get('articles', victim)).toBeUndefined();
    await bg.corpus.restoreBundled();
    expect(await bg.db.get('articles', victim)).toBeDefined();
  });
});
