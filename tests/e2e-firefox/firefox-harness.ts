// What every Firefox end-to-end test needs: Firefox ESR with the extension (e2e build: site access
// granted), the fixture pages on a loopback server, a way into the extension (an extension page of
// its own, from which the background's window is reached), and screenshots saved for a person to
// look at.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { findFirefox, launchFirefox, type FirefoxWithExtension } from '../../scripts/launch-firefox';
import { servePages, type PageServer } from '../../scripts/serve-pages';
import type { TabReport } from '../../lib/types';

/** Why the Firefox tests are skipped here (no Firefox found, none installable), or null when they run. */
export const FIREFOX_MISSING = findFirefox()
  ? null
  : 'No Firefox found (scripts/ensure-firefox.sh could not install firefox-esr here): the Firefox end-to-end tests are skipped. Install Firefox ESR and set FIREFOX_PATH to run them.';
if (FIREFOX_MISSING) console.warn(FIREFOX_MISSING);

export const SCREENSHOTS = resolve('screenshots/e2e-firefox');

export interface FirefoxHarness {
  ff: FirefoxWithExtension;
  server: PageServer;
  close(): Promise<void>;
}

export async function startFirefoxHarness(
  build = '.output/firefox-mv2-e2e',
  prefs: Record<string, unknown> = {},
): Promise<FirefoxHarness> {
  const server = await servePages('tests/fixtures');
  const ff = await launchFirefox({ extensionDir: build, headless: true, prefs });
  await mkdir(SCREENSHOTS, { recursive: true });
  await waitUntilReady(ff);
  return {
    ff,
    server,
    close: async () => {
      await ff.close();
      await server.close();
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const path = `${SCREENSHOTS}/${name}.png`;
  await page.screenshot({ path: path as `${string}.png`, fullPage: true });
  return path;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Counts of the corpus in the extension's IndexedDB, read from an extension page. */
export interface CorpusCounts {
  total: number;
  bundled: number;
  user: number;
  titles: string[];
}

export function corpusCounts(ff: FirefoxWithExtension): Promise<CorpusCounts> {
  return ff.control.evaluate(
    () =>
      new Promise<CorpusCounts>((ok, fail) => {
        const open = indexedDB.open('reading-context');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('articles')) {
            db.close();
            return ok({ total: 0, bundled: 0, user: 0, titles: [] });
          }
          const req = db.transaction('articles').objectStore('articles').getAll();
          req.onsuccess = () => {
            const all = req.result as Array<{ origin: string; title: string }>;
            db.close();
            ok({
              total: all.length,
              bundled: all.filter((a) => a.origin === 'bundled').length,
              user: all.filter((a) => a.origin === 'user').length,
              titles: all.map((a) => a.title),
            });
          };
          req.onerror = () => fail(req.error);
        };
      }),
  );
}

/** Waits until the extension has installed: its reader registered and the bundled corpus loaded. */
export async function waitUntilReady(ff: FirefoxWithExtension, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const reader = await ff.control
      .evaluate(async () => (await (globalThis as any).browser.scripting.getRegisteredContentScripts()).length > 0)
      .catch(() => false);
    if (reader && (await corpusCounts(ff).catch(() => ({ bundled: 0 }))).bundled > 0) return;
    await pause(200);
  }
  throw new Error('the extension did not finish installing');
}

/** The id Firefox gave the tab showing `url`. */
export async function tabIdOf(ff: FirefoxWithExtension, url: string): Promise<number> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const id = await ff.control.evaluate(async (u) => {
      const tabs = await (globalThis as any).browser.tabs.query({});
      return tabs.find((t: { url?: string; id?: number }) => t.url === u)?.id ?? null;
    }, url);
    if (id !== null) return id;
    await pause(100);
  }
  throw new Error(`no tab shows ${url}`);
}

/** The tab's report as the background kept it in session storage, read from an extension page. */
export function storedReport(ff: FirefoxWithExtension, tabId: number): Promise<TabReport | null> {
  return ff.control.evaluate(async (id) => {
    const key = `report:${id}`;
    return ((await (globalThis as any).browser.storage.session.get(key))[key] as TabReport | undefined) ?? null;
  }, tabId);
}

/** Waits until the tab's report is finished (ready, not an article, disabled, or an error). */
export async function waitForReport(ff: FirefoxWithExtension, tabId: number, timeoutMs = 60_000): Promise<TabReport> {
  const deadline = Date.now() + timeoutMs;
  let last: TabReport | null = null;
  while (Date.now() < deadline) {
    last = await storedReport(ff, tabId);
    if (last && last.state !== 'reading') return last;
    await pause(150);
  }
  throw new Error(`the report of tab ${tabId} did not finish (last state: ${last?.state ?? 'none'})`);
}

export interface OpenTab {
  page: Page;
  tabId: number;
  report: TabReport;
}

/** Opens a fixture page in a new tab and waits for its report. */
export async function openTab(h: FirefoxHarness, path: string): Promise<OpenTab> {
  const page = await h.ff.browser.newPage();
  const url = h.server.url(path);
  await page.goto(url);
  const tabId = await tabIdOf(h.ff, url);
  return { page, tabId, report: await waitForReport(h.ff, tabId) };
}

/** Waits until the page's visible text matches. */
export async function waitForText(page: Page, text: string | RegExp, timeoutMs = 20_000): Promise<void> {
  const source = typeof text === 'string' ? text : text.source;
  const flags = typeof text === 'string' ? null : text.flags;
  const isRegExp = typeof text !== 'string';
  try {
    await page.waitForFunction(
      (s: string, f: string | null, re: boolean) => {
        const body = document.body?.innerText ?? '';
        return re ? new RegExp(s, f ?? '').test(body) : body.includes(s);
      },
      { timeout: timeoutMs, polling: 100 },
      source,
      flags,
      isRegExp,
    );
  } catch (error) {
    const body = await page.evaluate(() => document.body?.innerText ?? '').catch(() => '');
    throw new Error(`"${String(text)}" never showed; the page read: ${body.slice(0, 600)}`, { cause: error });
  }
}

/** Clicks, as a user does (a real pointer click), the element of a role whose accessible text matches. */
export async function clickByRole(page: Page, role: string, name: string | RegExp): Promise<void> {
  const selector = role === 'button' ? 'button, [role="button"]' : `[role="${role}"]`;
  const handle = await page.waitForFunction(
    (sel: string, n: string, re: boolean) =>
      [...document.querySelectorAll(sel)].find((el) => {
        const label = (el.getAttribute('aria-label') ?? (el as HTMLElement).innerText ?? '').trim();
        return re ? new RegExp(n).test(label) : label === n;
      }) ?? null,
    { timeout: 20_000, polling: 100 },
    selector,
    typeof name === 'string' ? name : name.source,
    typeof name !== 'string',
  );
  const element = handle.asElement();
  if (!element) throw new Error(`no ${role} named ${String(name)}`);
  await (element as import('puppeteer-core').ElementHandle<Element>).click();
}

/** Calls one of the e2e build's hooks on the background's global scope (the background page's window). */
export function background<T>(ff: FirefoxWithExtension, hook: string, ...args: unknown[]): Promise<T> {
  return ff.control.evaluate(
    async (name: string, a: unknown[]) => {
      const bg = await (globalThis as any).browser.runtime.getBackgroundPage();
      const value = await bg.readingContext[name](...a);
      return value === undefined ? null : JSON.parse(JSON.stringify(value));
    },
    hook,
    args,
  ) as Promise<T>;
}
