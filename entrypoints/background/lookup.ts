// Right-click lookups: the corpus passages, figures and sources for a selection. The last lookup is
// kept in storage.session so the side panel can show it whenever it opens.
import { browser } from 'wxt/browser';
import type { LookupResult } from '@/lib/types';
import { lookupSelection } from '@/lib/lookup/lookup-selection';
import { getDb } from './db';
import { corpusChecked } from './corpus';
import { broadcast } from './reports';

const KEY = 'lookup';
const area = () => browser.storage.session ?? browser.storage.local;

export async function lookup(text: string): Promise<LookupResult> {
  await corpusChecked();
  const result = await lookupSelection(await getDb(), text);
  await area().set({ [KEY]: result });
  await broadcast({ type: 'lookup-updated' });
  return result;
}

export async function lastLookup(): Promise<LookupResult | null> {
  return ((await area().get(KEY))[KEY] as LookupResult | undefined) ?? null;
}
