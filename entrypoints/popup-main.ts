// The popup's page script, built as one self-contained file (`/popup-main.js`, an unlisted script)
// rather than as a module with its shared chunks: an extension page fetches and compiles each module
// file on its own, and the popup's first related card showed 15–24 ms sooner at p50 from one file
// than from six on a 2-core machine (bench/popup-bench.ts --against). Its styles are linked from the
// page (popup.css). `?mock=1` swaps in the mock connector, from a script of its own (/popup-mock.js).
import { h } from 'preact';
import { PopupApp } from '../components/PopupApp';
import { tabIdFromSearch } from '../components/tab-from-search';
import { mockFromScript, mountPage } from '../components/mount-page';
import { takeEarlyRead } from '../components/early-read';

export default defineUnlistedScript(() => {
  // Marks for the popup's timing breakdown (bench/popup-bench.ts): when its script starts running.
  performance.mark('popup:script');
  // The tab and its kept report, asked for by the early script in <head> while this file loaded.
  const early = takeEarlyRead();
  void mountPage(async (connector) => {
    // The popup opens on the tab's kept report, read before the first render: the report shows at
    // once, without a spinner first and without waiting for the service worker. The popup does not
    // follow tab switches, so the tab it opened on is the tab it shows.
    if (early) {
      const [tabId, kept] = await Promise.all([early.tabId, early.report]);
      return h(PopupApp, { fixedTabId: tabId, initialReport: kept });
    }
    const tabId = tabIdFromSearch(location.search) ?? (await connector.activeTabId().catch(() => null));
    const kept = tabId === null ? null : await connector.storedReport(tabId).catch(() => null);
    return h(PopupApp, { fixedTabId: tabId, initialReport: kept });
  }, mockFromScript());
});
