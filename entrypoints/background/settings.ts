// The settings as the background reads them: from storage each time, so a change takes effect at
// once and nothing depends on the service worker's memory.
import { browser } from 'wxt/browser';
import { migrateSettings, SETTINGS_KEY, type Settings } from '@/lib/settings';
import { SITES } from '@/lib/reading-rules';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return migrateSettings(stored[SETTINGS_KEY]);
}

/**
 * Brings stored settings of an older version up to date (on install and update). On a first
 * install, reading is automatic only where access to all sites is already granted; otherwise the
 * extension reads a page when the user clicks its button, and asks for access if they choose more.
 */
export async function migrateStoredSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  let settings = migrateSettings(stored);
  if (stored === undefined && (await browser.permissions.contains({ origins: SITES })))
    settings = { ...settings, readingMode: 'automatic' };
  await browser.storage.local.set({ [SETTINGS_KEY]: settings });
  return settings;
}

/** Access to all sites was withdrawn (from the browser's extension page): read on click from now on. */
export async function fallBackToClick(): Promise<void> {
  if (await browser.permissions.contains({ origins: SITES })) return;
  const settings = await loadSettings();
  if (settings.readingMode === 'automatic')
    await browser.storage.local.set({ [SETTINGS_KEY]: { ...settings, readingMode: 'on-click' } });
}
