// The settings as the background reads them: from storage each time, so a change takes effect at
// once and nothing depends on the service worker's memory.
import { browser } from 'wxt/browser';
import { migrateSettings, SETTINGS_KEY, type Settings } from '@/lib/settings';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return migrateSettings(stored[SETTINGS_KEY]);
}

/** Brings stored settings of an older version up to date (on install and update). */
export async function migrateStoredSettings(): Promise<Settings> {
  const settings = await loadSettings();
  await browser.storage.local.set({ [SETTINGS_KEY]: settings });
  return settings;
}
