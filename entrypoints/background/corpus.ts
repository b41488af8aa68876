// Loads the bundled corpus into IndexedDB on install and update, and checks it at every start of
// the service worker (cheap when the version is already there). Other handlers wait for it.
import { browser } from 'wxt/browser';
import { installBundledCorpus, restoreBundledCorpus, type InstallOutcome } from '@/lib/store/corpus-store';
import type { CorpusAsset } from '@/lib/corpus/compile-corpus';
import type { OutletProfile } from '@/lib/types';
import { corpusIndexer } from '@/lib/match/corpus-indexer';
import { getDb } from './db';

let asset: Promise<CorpusAsset> | null = null;
let ready: Promise<InstallOutcome> | null = null;

/** The compiled corpus shipped with this version of the extension. */
export function bundledCorpus(): Promise<CorpusAsset> {
  asset ??= fetch((browser.runtime.getURL as (path: string) => string)('/corpus.json')).then((r) => r.json() as Promise<CorpusAsset>);
  return asset;
}

export async function outletProfiles(): Promise<OutletProfile[]> {
  return (await bundledCorpus()).outlets;
}

/** Makes sure the bundled corpus of this version is in the database (once per worker life). */
export function ensureCorpus(): Promise<InstallOutcome> {
  ready ??= (async () => installBundledCorpus(await getDb(), await bundledCorpus(), corpusIndexer))().catch((error) => {
    ready = null;
    throw error;
  });
  return ready;
}

/** Brings back every bundled article, those the user deleted included. */
export async function restoreBundled(): Promise<InstallOutcome> {
  const outcome = await restoreBundledCorpus(await getDb(), await bundledCorpus(), corpusIndexer);
  ready = Promise.resolve(outcome);
  return outcome;
}
