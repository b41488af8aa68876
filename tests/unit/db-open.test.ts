// Opening the database when something stands in the way, on fake-indexeddb: an upgrade whose term
// recount fails (storage full) is reported with its cause and changes nothing; a connection closes
// itself when a newer version asks for the database, and an older connection that does not close
// makes the open fail at once with what to close; a database newer than the code gets a clear
// message and keeps every record. The service worker's connection follows the same rules.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { unwrap } from 'idb';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DB_NAME, DB_VERSION, DatabaseBlockedError, DatabaseTooNewError, openCorpusDb } from '../../lib/store/db';
import { decodeValue, dumpDb, restoreDb, type DbSnapshot } from '../../scripts/db-snapshot';
import type { Article } from '../../lib/types';
import { installQuotaFaults } from './quota-faults';

const v2 = JSON.parse(readFileSync('tests/fixtures/db/v2.json', 'utf8')) as DbSnapshot;
const v2Articles = v2.stores.find((s) => s.name === 'articles')!.records.map(decodeValue) as Article[];
const faults = installQuotaFaults();
afterAll(() => faults.restore());

/** A raw connection, as a page of an older release holds it: no `versionchange` handler. */
function rawOpen(factory: IDBFactory, version?: number): Promise<IDBDatabase> {
  return new Promise((ok, fail) => {
    const request = version === undefined ? factory.open(DB_NAME) : factory.open(DB_NAME, version);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains('articles'))
        request.result.createObjectStore('articles', { keyPath: 'id' });
    };
    request.onsuccess = () => ok(request.result);
    request.onerror = () => fail(request.error);
  });
}

async function profileAtV2(): Promise<IDBFactory> {
  const factory = new IDBFactory();
  await restoreDb(factory, v2, DB_NAME);
  return factory;
}

describe('an upgrade whose term recount fails', () => {
  it('is reported with its cause, and leaves the database as it was', async () => {
    const factory = await profileAtV2();
    // The first write of the upgrade is the recount's first bucket: the disk is full.
    faults.failAt(0);
    const error = await openCorpusDb(factory).catch((e: Error) => e);
    faults.failAt(null);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(
      new RegExp(`could not be upgraded to version ${DB_VERSION} \\(.*QuotaExceededError.*\\)\\. Nothing was changed`),
    );
    const old = await rawOpen(factory);
    expect(old.version).toBe(2);
    expect((await dumpDb(old)).stores).toEqual(v2.stores);
    old.close();
    // Room made: the next start upgrades, with every article as it was.
    const db = await openCorpusDb(factory);
    expect(db.version).toBe(DB_VERSION);
    for (const article of v2Articles) expect(await db.get('articles', article.id)).toEqual(article);
    expect((await db.getAll('terms')).length).toBeGreaterThan(0);
    db.close();
  });
});

describe('an upgrade while another page holds the database', () => {
  it('goes ahead when the other connection is the current code’s: it closes itself on versionchange', async () => {
    const factory = new IDBFactory();
    const onVersionChange = vi.fn();
    const older = await openCorpusDb(factory, DB_NAME, DB_VERSION, { onVersionChange });
    const newer = await rawOpen(factory, DB_VERSION + 1);
    expect(newer.version).toBe(DB_VERSION + 1);
    expect(onVersionChange).toHaveBeenCalledTimes(1);
    await expect(older.get('articles', 'x')).rejects.toThrow();
    newer.close();
  });

  it('fails at once with what to close when an older page keeps it open, and opens once it is closed', async () => {
    const factory = await profileAtV2();
    const oldPage = await rawOpen(factory, 2);
    const error = await openCorpusDb(factory).catch((e: Error) => e);
    expect(error).toBeInstanceOf(DatabaseBlockedError);
    expect((error as Error).message).toContain('close other Reading Context pages');
    oldPage.close();
    const db = await openCorpusDb(factory);
    expect(db.version).toBe(DB_VERSION);
    for (const article of v2Articles) expect(await db.get('articles', article.id)).toEqual(article);
    db.close();
  });
});

describe('a database newer than the code', () => {
  it('gets a clear message and loses nothing', async () => {
    const factory = await profileAtV2();
    // A later release upgraded it (here: the same stores, one version on).
    (await rawOpen(factory, DB_VERSION + 1)).close();
    const error = await openCorpusDb(factory).catch((e: Error) => e);
    expect(error).toBeInstanceOf(DatabaseTooNewError);
    expect((error as Error).message).toBe(
      `Your corpus was saved by a newer version of Reading Context (database version ${DB_VERSION + 1}; this version reads up to ${DB_VERSION}). Nothing was deleted: update the extension to use it.`,
    );
    const still = await rawOpen(factory);
    expect(still.version).toBe(DB_VERSION + 1);
    const records = await new Promise<Article[]>((ok) => {
      const request = still.transaction('articles').objectStore('articles').getAll();
      request.onsuccess = () => ok(request.result as Article[]);
    });
    expect(records).toEqual(v2Articles);
    still.close();
  });

  it('is what the service worker then says to every request, instead of deleting or hanging', async () => {
    fakeBrowser.reset();
    const factory = new IDBFactory();
    globalThis.indexedDB = factory;
    vi.resetModules();
    const { getDb } = await import('../../entrypoints/background/db');
    const { corpusChecked } = await import('../../entrypoints/background/corpus');
    const first = await getDb();
    expect(first.version).toBe(DB_VERSION);
    // A newer release's page asks for the database: the worker's connection steps aside...
    const newer = await rawOpen(factory, DB_VERSION + 1);
    newer.close();
    // ...and the worker, opening again, names the problem.
    await corpusChecked();
    // (Its class is the worker's own module's, loaded afresh here: it is told by its name.)
    await expect(getDb()).rejects.toMatchObject({
      name: 'DatabaseTooNewError',
      message: expect.stringContaining('Nothing was deleted'),
    });
    expect(unwrap(first).objectStoreNames.contains('articles')).toBe(true);
  });
});
