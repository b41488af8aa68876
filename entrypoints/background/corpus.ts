// The bundled corpus in the database, checked once per worker life, and what happens when it cannot
// be written: the failure is kept (lib/store/corpus-health.ts), the update waits for an alarm that
// tries it again later with a growing delay, and everything else (reading pages, listing, searching,
// deleting, exporting, importing) goes on with the corpus that is there.
import { browser } from 'wxt/browser';
import { installBundledCorpus, restoreBundledCorpus, type InstallOutcome } from '@/lib/store/corpus-store';
import type { CorpusAsset } from '@/lib/corpus/compile-corpus';
import type { OutletProfile } from '@/lib/types';
import { corpusIndexer } from '@/lib/match/corpus-indexer';
import { whileAwake } from './awake';
import { rollbackPendingImports } from '@/lib/match/staged-import';
import { HEALTHY, updateFailed, wrote, type CorpusHealth } from '@/lib/store/corpus-health';
import { getDb } from './db';

export const CORPUS_RETRY_ALARM = 'corpus-update-retry';
const HEALTH_KEY = 'corpusHealth';

let asset: Promise<CorpusAsset> | null = null;
let ready: Promise<InstallOutcome> | null = null;

/** The compiled corpus shipped with this version of the extension. */
export function bundledCorpus(): Promise<CorpusAsset> {
  asset ??= fetch((browser.runtime.getURL as (path: string) => string)('/corpus.json')).then(
    (r) => r.json() as Promise<CorpusAsset>,
  );
  return asset;
}

export async function outletProfiles(): Promise<OutletProfile[]> {
  return (await bundledCorpus()).outlets;
}

// Session storage lives in memory: it can be written when the disk is full, and a browser restart
// (which tries the update again anyway) empties it.
const healthArea = () => browser.storage.session ?? browser.storage.local;

export async function corpusHealth(): Promise<CorpusHealth> {
  return ((await healthArea().get(HEALTH_KEY))[HEALTH_KEY] as CorpusHealth | undefined) ?? HEALTHY;
}

async function setHealth(health: CorpusHealth): Promise<void> {
  await healthArea()
    .set({ [HEALTH_KEY]: health })
    .catch((error) => console.error('Reading Context could not keep the corpus state', error));
}

/** Records the outcome of a write of the user's (an import, a saved page): "storage full" is set or cleared. */
export async function noteCorpusWrite(error?: unknown): Promise<void> {
  const before = await corpusHealth();
  const after = wrote(before, error === undefined ? {} : { error }, Date.now());
  if (JSON.stringify(after) !== JSON.stringify(before)) await setHealth(after);
}

class UpdateDeferred extends Error {}

/** One attempt at the bundled corpus update; a failed one is kept and given its retry alarm. */
async function attemptUpdate(force: boolean): Promise<InstallOutcome> {
  // Opening the database or reading the asset failing is not the update failing: the next request tries again.
  const [db, corpus, health] = await Promise.all([getDb(), bundledCorpus(), corpusHealth()]);
  if (!force && health.update && health.update.retryAt > Date.now()) {
    throw new UpdateDeferred(
      `The bundled corpus update failed (${health.update.error}); it will be tried again later.`,
    );
  }
  try {
    const outcome = await installBundledCorpus(db, corpus, corpusIndexer);
    if (outcome.changed || health.update) await setHealth(outcome.changed ? HEALTHY : { ...health, update: null });
    if (health.update) await browser.alarms?.clear(CORPUS_RETRY_ALARM);
    return outcome;
  } catch (error) {
    const after = updateFailed(health, error, Date.now());
    await setHealth(after);
    await browser.alarms?.create(CORPUS_RETRY_ALARM, { when: after.update!.retryAt });
    console.error('Reading Context could not write its bundled corpus; it will try again', error);
    throw new UpdateDeferred(
      `The bundled corpus update failed (${after.update!.error}); it will be tried again later.`,
    );
  }
}

/**
 * Makes sure the bundled corpus of this version is in the database (once per worker life). A failed
 * update rejects until its retry alarm, without trying again on every call.
 */
export function ensureCorpus(): Promise<InstallOutcome> {
  ready ??= attemptUpdate(false).catch((error) => {
    if (!(error instanceof UpdateDeferred)) ready = null;
    throw error;
  });
  return ready;
}

/**
 * Waits for this worker's corpus check, whatever its outcome: what reads, deletes, exports or
 * imports works on the corpus that is there, even when the bundled update could not be written.
 */
export async function corpusChecked(): Promise<void> {
  await Promise.all([ensureCorpus().catch(() => undefined), leftoversCleaned()]);
}

/** When this worker started: imports begun before were cut off by its stop. */
const WORKER_START = Date.now();
let leftovers: Promise<void> | null = null;

/**
 * Takes back, once per worker life, the large imports a stop of the worker cut off (each noted what it
 * wrote, lib/match/staged-import.ts): the corpus is again the one before them.
 */
export function leftoversCleaned(): Promise<void> {
  leftovers ??= whileAwake(async () => rollbackPendingImports(await getDb(), WORKER_START)).then(
    () => undefined,
    (error) => {
      leftovers = null;
      console.error('Reading Context could not take back an import that was cut off', error);
    },
  );
  return leftovers;
}

/** The alarm's work: tries the failed update again now. */
export async function retryCorpusUpdate(): Promise<InstallOutcome> {
  ready = attemptUpdate(true).catch((error) => {
    if (!(error instanceof UpdateDeferred)) ready = null;
    throw error;
  });
  return ready;
}

/** Listens to the retry alarm. Registered at every start of the worker, as listeners must be. */
export function registerCorpusRetry(): void {
  browser.alarms?.onAlarm.addListener((alarm) => {
    if (alarm.name === CORPUS_RETRY_ALARM) void retryCorpusUpdate().catch(() => undefined);
  });
}

/** Brings back every bundled article, those the user deleted included. */
export async function restoreBundled(): Promise<InstallOutcome> {
  try {
    const outcome = await restoreBundledCorpus(await getDb(), await bundledCorpus(), corpusIndexer);
    ready = Promise.resolve(outcome);
    await setHealth(HEALTHY);
    await browser.alarms?.clear(CORPUS_RETRY_ALARM);
    return outcome;
  } catch (error) {
    await noteCorpusWrite(error);
    throw error;
  }
}
