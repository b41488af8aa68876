// Each tab's report lives in storage.session, not in memory: the popup opens at once from it, and
// it survives the service worker being stopped. The toolbar badge shows the related-article count.
import { browser } from 'wxt/browser';
import type { PageDigest, TabReport } from '@/lib/types';
import { reportKey } from '@/lib/report/report-key';
import type { Broadcast } from '@/lib/messages';
import { loadSettings } from './settings';

const key = reportKey;
const area = () => browser.storage.session ?? browser.storage.local;

// The last digest of each tab lies beside its report, for "Save this page" and keeping what is read.
const digestKey = (tabId: number) => `digest:${tabId}`;

export async function saveDigest(tabId: number, digest: PageDigest): Promise<void> {
  await area().set({ [digestKey(tabId)]: digest });
}

export async function lastDigest(tabId: number): Promise<PageDigest | null> {
  return ((await area().get(digestKey(tabId)))[digestKey(tabId)] as PageDigest | undefined) ?? null;
}

export async function forgetDigest(tabId: number): Promise<void> {
  await area().remove(digestKey(tabId));
}

const tabWork = new Map<number, Promise<unknown>>();

/**
 * Runs `work` on a tab's report after the work on it that came before: a page that loads fast says
 * "not an article" (or sends its reading) while the navigation's "Reading…" is still being written, and
 * the later word must be the one kept. Events reach the worker in order; this keeps their writes in it.
 */
export function inTabOrder<T>(tabId: number, work: () => Promise<T>): Promise<T> {
  const next = (tabWork.get(tabId) ?? Promise.resolve()).catch(() => undefined).then(work);
  tabWork.set(tabId, next);
  void next.then(
    () => tabWork.get(tabId) === next && tabWork.delete(tabId),
    () => tabWork.get(tabId) === next && tabWork.delete(tabId),
  );
  return next;
}

export async function getReport(tabId: number): Promise<TabReport | null> {
  const stored = await area().get(key(tabId));
  return (stored[key(tabId)] as TabReport | undefined) ?? null;
}

export async function saveReport(report: TabReport): Promise<void> {
  await area().set({ [key(report.tabId)]: report });
  await showBadge(report);
  await broadcast({ type: 'report-updated', tabId: report.tabId });
}

export async function forgetReport(tabId: number): Promise<void> {
  await area().remove(key(tabId));
}

export async function showBadge(report: TabReport): Promise<void> {
  const settings = await loadSettings();
  const count = report.state === 'ready' ? report.matches.length : 0;
  const same = report.matches.some((m) => m.relation === 'same-article');
  const text = settings.badge && count > 0 ? String(count) : '';
  const action = browser.action ?? browser.browserAction;
  try {
    await action.setBadgeText({ tabId: report.tabId, text });
    if (text) await action.setBadgeBackgroundColor({ tabId: report.tabId, color: same ? '#8a3ffc' : '#0f62fe' });
    await action.setTitle({
      tabId: report.tabId,
      title:
        count > 0
          ? `Reading Context: ${count} related article${count === 1 ? '' : 's'}${same ? ', one is this article republished' : ''}`
          : 'Reading Context',
    });
  } catch {
    // The tab closed in the meantime: nothing to show.
  }
}

/** Tells open extension pages; nobody listening is fine. */
export async function broadcast(message: Broadcast): Promise<void> {
  try {
    await browser.runtime.sendMessage(message);
  } catch {
    // No extension page is open.
  }
}
