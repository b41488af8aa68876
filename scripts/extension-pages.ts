// Helpers shared by `npm start`, the end-to-end tests and the benchmark: find a tab's id, wait for
// its report, open an extension page as a tab.
import type { Page } from 'playwright-core';
import type { TabReport } from '../lib/types';
import type { ExtensionBrowser } from './launch-browser';

// Code passed to evaluate() runs in the extension's service worker, where `chrome` is defined.
declare const chrome: any;

/** The id the browser gave the tab showing `url`. */
export async function tabIdOf(browser: ExtensionBrowser, url: string): Promise<number> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const id = await browser.worker.evaluate(async (u) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((t: { url?: string; id?: number }) => t.url === u)?.id ?? null;
    }, url);
    if (id !== null) return id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no tab shows ${url}`);
}

/** Waits until the tab's report is finished (ready, not an article, disabled, or an error). */
export async function waitForReport(browser: ExtensionBrowser, tabId: number, timeoutMs = 30_000): Promise<TabReport> {
  const deadline = Date.now() + timeoutMs;
  let last: TabReport | null = null;
  while (Date.now() < deadline) {
    last = await browser.worker.evaluate(async (id) => {
      const key = `report:${id}`;
      const stored = await chrome.storage.session.get(key);
      return (stored[key] as unknown) ?? null;
    }, tabId) as TabReport | null;
    if (last && last.state !== 'reading') return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the report of tab ${tabId} did not finish (last state: ${last?.state ?? 'none'})`);
}

/** Opens an extension page (popup.html?tab=…, sidepanel.html, options.html) at the given width. */
export async function openExtensionPage(browser: ExtensionBrowser, path: string, width = 400, height = 700): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(browser.pageUrl(path));
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForTimeout(300);
  return page;
}

/** Waits until the extension has installed: its reader registered and the bundled corpus loaded. */
export async function waitUntilReady(browser: ExtensionBrowser, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ready = await browser.worker
      .evaluate(async () => {
        const scripts = await chrome.scripting.getRegisteredContentScripts();
        const bundled = await new Promise<number>((ok) => {
          const open = indexedDB.open('reading-context');
          open.onerror = () => ok(0);
          open.onsuccess = () => {
            // Closed every time: a connection left open (here, one that created an empty database
            // before the extension opened it) would block the extension's own upgrade for ever.
            const db = open.result;
            const done = (n: number) => {
              db.close();
              ok(n);
            };
            if (!db.objectStoreNames.contains('articles')) return done(0);
            const req = db.transaction('articles').objectStore('articles').index('byOrigin').count('bundled');
            req.onsuccess = () => done(req.result);
            req.onerror = () => done(0);
          };
        });
        return scripts.length > 0 && bundled > 0;
      })
      .catch(() => false);
    if (ready) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the extension did not finish installing');
}
