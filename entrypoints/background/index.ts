// The background: what it listens to, in one screen. Every state that matters is in IndexedDB or
// storage, so the service worker may be stopped at any moment and start again where it was.
import { browser } from 'wxt/browser';
import { SETTINGS_KEY } from '@/lib/settings';
import { ensureCorpus, leftoversCleaned, registerCorpusRetry } from './corpus';
import { registerMessages } from './messages';
import { createContextMenus, registerContextMenus } from './context-menu';
import { staleReport, syncContentScript } from './reading';
import { forgetDigest, forgetReport } from './reports';
import { resendFigureMarks } from './marks';
import { fallBackToClick, migrateStoredSettings } from './settings';
import { exposeTestHooks } from './test-hooks';
import { registerFeeds, syncFeedAlarm } from './feeds';
import { registerCommands } from './commands';
import { onInstalled } from './welcome';

export default defineBackground(() => {
  // An import the last stop of the worker cut off is taken back at once.
  void leftoversCleaned();
  registerMessages();
  registerContextMenus();
  registerFeeds();
  registerCommands();
  registerCorpusRetry();
  // The e2e build (tests, benchmark, `npm start`) exposes hooks for the browser tests; never the release.
  if (import.meta.env.MODE === 'e2e') exposeTestHooks();

  browser.runtime.onInstalled.addListener(async (details) => {
    // The welcome page opens on a first install only, never on an update.
    void onInstalled(details.reason);
    createContextMenus();
    await migrateStoredSettings();
    await syncContentScript();
    // A bundled corpus that cannot be written (storage full) is tried again later; the rest goes on.
    await ensureCorpus().catch((error) => console.error('Reading Context could not load its corpus', error));
    await syncFeedAlarm();
  });
  browser.runtime.onStartup.addListener(() => void syncContentScript());
  // Alarms may be cleared when the browser restarts: the feeds' one is set again.
  browser.runtime.onStartup.addListener(() => void syncFeedAlarm());

  // Settings and permissions take effect at once, with nothing reloaded.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    void syncContentScript();
    void resendFigureMarks(changes[SETTINGS_KEY]);
  });
  browser.permissions.onAdded.addListener(() => void syncContentScript());
  browser.permissions.onRemoved.addListener(() => void fallBackToClick().then(syncContentScript));

  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetReport(tabId);
    void forgetDigest(tabId);
  });
  // A new address in a tab makes its old report stale: say it is being read, or cannot be, or
  // (when nothing reads it automatically) forget it so the popup offers to read it.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading' || !change.url) return;
    void staleReport(tabId, change.url);
  });

  if (browser.sidePanel?.setPanelBehavior)
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);
  void ensureCorpus().catch((error) => console.error('Reading Context could not load its corpus', error));
});
