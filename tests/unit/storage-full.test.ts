// A full disk during a bundled corpus update, with WXT's fake browser and fake-indexeddb: the
// update's transaction is made to fail (QuotaExceededError, tests/unit/quota-faults.ts) at each step
// of its writes in turn. Each time nothing of it lands, listing, searching, deleting and exporting
// still work through the background's own message handlers, an import is refused with the storage
// message, the user is told "Storage is full" with the counts, and the update lands when its
// retry alarm comes after room was made; it is not tried again on every request meanwhile.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { unwrap } from 'idb';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { compileCorpus, type CorpusAsset } from '../../lib/corpus/compile-corpus';
import { loadOutlets } from '../../lib/sources/outlets';
import { STORAGE_FULL_MESSAGE } from '../../lib/store/corpus-health';
import type { CorpusListing, CorpusHealthView } from '../../lib/messages';
import type { Article, ImportReport } from '../../lib/types';
import { dumpDb } from '../../scripts/db-snapshot';
import { installQuotaFaults, type Write } from './quota-faults';

const profiles = loadOutlets(JSON.parse(readFileSync('seeds/outlets.json', 'utf8')));
const seedFiles = ['000_49ebc4d4ef1aa215.txt', '003_d8affad2d3658da0.txt'].map((name) => ({
  name,
  text: readFileSync(`seeds/${name}`, 'utf8'),
}));
const v1 = compileCorpus(seedFiles, profiles);
// The next release's corpus: one seed edited, so one bundled article goes and another comes.
const v2 = compileCorpus(
  [
    seedFiles[0],
    { name: seedFiles[1].name, text: seedFiles[1].text.replace('nearly seven-month-long', 'seven-month-long') },
  ],
  profiles,
);
const MINE = [
  {
    name: 'port.txt',
    text: 'Title: Port reopens after storm\n---\nThe port reopened on Friday after a storm closed it for three days, officials said. About 120 ships had waited offshore.',
  },
  {
    name: 'bridge.txt',
    text: 'Title: Council approves new bridge\n---\nThe city council approved a new bridge on Monday by 31 votes to 9. Construction starts next spring.',
  },
];

let served: CorpusAsset;
const faults = installQuotaFaults();
afterAll(() => faults.restore());

const optionsPage = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') });

/** A start of the service worker: its modules loaded afresh, its listeners registered; session storage and the database stay. */
async function startWorker() {
  fakeBrowser.runtime.onMessage.removeAllListeners();
  fakeBrowser.alarms.onAlarm.removeAllListeners();
  vi.resetModules();
  const corpus = await import('../../entrypoints/background/corpus');
  (await import('../../entrypoints/background/messages')).registerMessages();
  corpus.registerCorpusRetry();
  const db = await (await import('../../entrypoints/background/db')).getDb();
  return { corpus, db };
}

/** A message from the options page, answered by the background's registered handlers. */
async function send<T>(message: object): Promise<T> {
  const answers = await fakeBrowser.runtime.onMessage.trigger(message, optionsPage());
  return answers[0] as T;
}

/** A profile with the release-1 corpus installed and two articles of the user's. */
async function profileWithV1() {
  faults.failAt(null);
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  served = v1;
  const worker = await startWorker();
  await worker.corpus.ensureCorpus();
  expect((await send<ImportReport>({ type: 'import-files', files: MINE })).added).toBe(2);
  return worker;
}

vi.stubGlobal('fetch', async () => new Response(JSON.stringify(served)));
// Node 20 has no navigator; the corpus listing asks it for the storage estimate.
if (!('navigator' in globalThis)) vi.stubGlobal('navigator', {});

// The update's writes, recorded once on a clean run: each step is the first write of a store and
// kind (put, add, delete), and the very last write.
await profileWithV1();
served = v2;
faults.failAt(null);
await (await startWorker()).corpus.ensureCorpus();
const updateWrites: Write[] = [...faults.writes];
const steps = updateWrites
  .map((w, i) => ({
    label: `${w.op} #${updateWrites.slice(0, i + 1).filter((x) => x.store === w.store && x.op === w.op).length} on ${w.store}`,
    i,
  }))
  .filter(
    ({ i }) =>
      i === updateWrites.findIndex((w) => w.store === updateWrites[i].store && w.op === updateWrites[i].op) ||
      i === updateWrites.length - 1,
  );

describe('a bundled corpus update that meets a full disk', () => {
  it('has steps on every store the update writes', () => {
    // Postings are written only when a batch's are (an update of a few articles leaves them waiting
    // in the counters' record, lib/match/index-articles.ts): every store written has its steps.
    const written = new Set(updateWrites.map((w) => w.store));
    for (const store of ['articles', 'docs', 'meta']) expect(written).toContain(store);
    expect(new Set(steps.map((s) => updateWrites[s.i].store))).toEqual(written);
    expect(steps.length).toBeGreaterThanOrEqual(6);
  });

  it.each(steps)(
    'failing at $label ($i): nothing lands, the corpus stays manageable, the update lands later',
    async ({ i }) => {
      const { db: before } = await profileWithV1();
      const snapshot = await dumpDb(unwrap(before));
      served = v2;
      faults.failAt(i);
      const worker = await startWorker();
      await expect(worker.corpus.ensureCorpus()).rejects.toThrow(/tried again later/);
      expect(faults.writes.length).toBeGreaterThan(i);
      // The disk stays full: nothing more can be added, but everything can be read and deleted.
      faults.failAll();
      expect(await dumpDb(unwrap(worker.db))).toEqual(snapshot);

      const listing = await send<CorpusListing>({ type: 'list-articles' });
      expect(listing).toMatchObject({ total: 4, bundled: 2, user: 2, corpusVersion: v1.version });
      expect(listing.problem).toMatchObject({ storageFull: true });
      expect(listing.problem!.message).toContain(`${STORAGE_FULL_MESSAGE}.`);
      const alarm = await fakeBrowser.alarms.get(worker.corpus.CORPUS_RETRY_ALARM);
      expect(alarm?.scheduledTime).toBe(listing.problem!.retryAt);
      const health = await send<CorpusHealthView>({ type: 'corpus-health' });
      expect(health).toMatchObject({ articles: 4, problem: listing.problem });

      const found = await send<CorpusListing>({ type: 'list-articles', query: 'storm' });
      expect(found.articles.map((a) => a.title)).toEqual(['Port reopens after storm']);
      const exported = await send<Article[]>({ type: 'export-corpus' });
      expect(exported.map((a) => a.id).sort()).toEqual(
        snapshot.stores
          .find((s) => s.name === 'articles')!
          .records.map((a) => (a as Article).id)
          .sort(),
      );
      const refused = await send<ImportReport>({
        type: 'import-files',
        files: [
          {
            name: 'more.txt',
            text: 'Title: Ferry resumes\n---\nThe ferry resumed on Tuesday after repairs, the operator said.',
          },
        ],
      });
      expect(refused.ok).toBe(false);
      expect(refused.files[0].message).toContain(STORAGE_FULL_MESSAGE);
      expect(await send<{ ok: boolean }>({ type: 'delete-article', id: found.articles[0].id })).toEqual({ ok: true });
      expect(await worker.db.get('articles', found.articles[0].id)).toBeUndefined();
      const writesWhileFull = faults.writes.length;
      // Meanwhile a request does not try the update again.
      await expect(worker.corpus.ensureCorpus()).rejects.toThrow(/tried again later/);
      await send({ type: 'list-articles' });
      expect(faults.writes.length).toBe(writesWhileFull);

      // Room was made; the alarm comes and the update lands whole.
      faults.failAt(null);
      await fakeBrowser.alarms.onAlarm.trigger(alarm!);
      await expect(worker.corpus.ensureCorpus()).resolves.toMatchObject({ changed: true, version: v2.version });
      const after = await send<CorpusListing>({ type: 'list-articles' });
      expect(after).toMatchObject({ bundled: 2, user: 1, corpusVersion: v2.version, problem: null });
      expect((await worker.db.getAllKeysFromIndex('articles', 'byOrigin', 'bundled')).sort()).toEqual(
        v2.articles.map((a) => a.id).sort(),
      );
      expect(await fakeBrowser.alarms.get(worker.corpus.CORPUS_RETRY_ALARM)).toBeUndefined();
    },
  );

  it('waits longer after each failure, keeps waiting across worker starts, and tries again after a browser restart', async () => {
    await profileWithV1();
    served = v2;
    faults.failAll();
    let worker = await startWorker();
    await expect(worker.corpus.ensureCorpus()).rejects.toThrow();
    const first = (await worker.corpus.corpusHealth()).update!;
    expect(first.retryAt - first.failedAt).toBe(60_000);
    await fakeBrowser.alarms.onAlarm.trigger((await fakeBrowser.alarms.get(worker.corpus.CORPUS_RETRY_ALARM))!);
    await expect(worker.corpus.ensureCorpus()).rejects.toThrow();
    const second = (await worker.corpus.corpusHealth()).update!;
    expect(second).toMatchObject({ attempts: 2 });
    expect(second.retryAt - second.failedAt).toBe(120_000);
    // The worker stopped and started again before the retry time: it waits for the alarm.
    faults.failAt(null);
    worker = await startWorker();
    await expect(worker.corpus.ensureCorpus()).rejects.toThrow(/tried again later/);
    expect(faults.writes).toEqual([]);
    // A browser restart empties session storage: the next start tries at once, and lands.
    await fakeBrowser.storage.session.clear();
    worker = await startWorker();
    await expect(worker.corpus.ensureCorpus()).resolves.toMatchObject({ changed: true });
  });

  it('reports an update that failed for another reason with its cause, not as a full disk', async () => {
    await profileWithV1();
    served = v2;
    // The update's first write is refused for a reason other than room.
    faults.failAt(0, 'UnknownError');
    const worker = await startWorker();
    await expect(worker.corpus.ensureCorpus()).rejects.toThrow(/UnknownError/);
    faults.failAt(null);
    const listing = await send<CorpusListing>({ type: 'list-articles' });
    expect(listing.problem).toMatchObject({ storageFull: false });
    expect(listing.problem!.message).toMatch(/could not be written \(.*UnknownError.*\)/);
  });
});
