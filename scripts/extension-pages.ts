// Helpers shared by `npm start`, the end-to-end tests and the benchmark: find a tab's id, wait for
// its report, open an extension page as a tab.
import type { Page, Worker } from 'playwright-core';
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
    last = (await browser.worker.evaluate(async (id) => {
      const key = `report:${id}`;
      const stored = await chrome.storage.session.get(key);
      return (stored[key] as unknown) ?? null;
    }, tabId)) as TabReport | null;
    if (last && last.state !== 'reading') return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the report of tab ${tabId} did not finish (last state: ${last?.state ?? 'none'})`);
}

/** Opens an extension page (popup.html?tab=…, sidepanel.html, options.html) at the given width. */
export async function openExtensionPage(
  browser: ExtensionBrowser,
  path: string,
  width = 400,
  height = 700,
): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(browser.pageUrl(path));
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForTimeout(300);
  return page;
}

/**
 * A handle on the extension's running service worker: the newest one that answers. The worker the
 * browser started at launch may have stopped (idle, or a restart during install) and another taken
 * its place; this waits for one, for up to `timeoutMs`, and keeps it in `browser.worker`.
 */
export async function liveWorker(browser: ExtensionBrowser, timeoutMs = 30_000): Promise<Worker> {
  const deadline = Date.now() + timeoutMs;
  const ours = (w: Worker) => w.url().startsWith(`chrome-extension://${browser.extensionId}/`);
  while (Date.now() < deadline) {
    const candidates = [...browser.context.serviceWorkers().filter(ours).reverse(), browser.worker];
    for (const candidate of new Set(candidates)) {
      const alive = await within(
        candidate.evaluate(() => typeof chrome.runtime.id === 'string'),
        5_000,
        'the service worker',
      ).catch(() => false);
      if (alive) return (browser.worker = candidate);
    }
    // None answers: wait for the browser to start one (or poll again shortly).
    await browser.context
      .waitForEvent('serviceworker', { predicate: ours, timeout: Math.max(1, Math.min(500, deadline - Date.now())) })
      .catch(() => null);
  }
  throw new Error("the extension's service worker did not answer");
}

/**
 * Whether the extension has installed: its reader registered and the bundled corpus loaded. Plain
 * JavaScript in a string: tsx (which runs `npm start`) gives named inner functions a `__name` helper
 * that the worker lacks, and the function would throw in an IndexedDB callback and never answer.
 */
const INSTALLED = `(async () => {
  const scripts = await chrome.scripting.getRegisteredContentScripts();
  const bundled = await new Promise((ok) => {
    const open = indexedDB.open('reading-context');
    open.onerror = () => ok(0);
    open.onsuccess = () => {
      // Closed every time: a connection left open (here, one that created an empty database
      // before the extension opened it) would block the extension's own upgrade for ever.
      const db = open.result;
      if (!db.objectStoreNames.contains('articles')) { db.close(); ok(0); return; }
      const req = db.transaction('articles').objectStore('articles').index('byOrigin').count('bundled');
      req.onsuccess = () => { db.close(); ok(req.result); };
      req.onerror = () => { db.close(); ok(0); };
    };
  });
  return scripts.length > 0 && bundled > 0;
})()`;

/** `promise`, or a rejection after `ms`: a worker stopped in the middle of a call may never answer it. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer in ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * Waits until the extension has installed: its reader registered and the bundled corpus loaded.
 * Each try asks the live worker afresh (see liveWorker): a handle kept from launch may be closed.
 */
export async function waitUntilReady(browser: ExtensionBrowser, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    try {
      const worker = await liveWorker(browser, deadline - Date.now());
      if (await within(worker.evaluate(INSTALLED) as Promise<boolean>, 10_000, 'the service worker')) return;
      last = 'the reader or the bundled corpus is not there yet';
    } catch (error) {
      last = (error as Error).message.split('\n')[0];
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the extension did not finish installing within ${Math.round(timeoutMs / 1000)} s (${last})`);
}
