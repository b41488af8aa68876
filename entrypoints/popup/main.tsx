// The popup page: mounts its app; `?mock=1` swaps in the mock connector.
import '../../components/styles.css';
import '../../components/keep.css';
import { PopupApp } from '../../components/PopupApp';
import { tabIdFromSearch } from '../../components/tab-from-search';
import { mountPage } from '../../components/mount-page';
import { takeEarlyRead } from '../../components/early-read';

// Marks for the popup's timing breakdown (bench/popup-bench.ts): when its script starts running.
performance.mark('popup:script');
// The tab and its kept report, asked for by the early script in <head> while these modules loaded.
const early = takeEarlyRead();
void mountPage(async (connector) => {
  // The popup opens on the tab's kept report, read before the first render: the report shows at
  // once, without a spinner first and without waiting for the service worker. The popup does not
  // follow tab switches, so the tab it opened on is the tab it shows.
  if (early) {
    const [tabId, kept] = await Promise.all([early.tabId, early.report]);
    return <PopupApp fixedTabId={tabId} initialReport={kept} />;
  }
  const tabId = tabIdFromSearch(location.search) ?? (await connector.activeTabId().catch(() => null));
  const kept = tabId === null ? null : await connector.storedReport(tabId).catch(() => null);
  return <PopupApp fixedTabId={tabId} initialReport={kept} />;
});
