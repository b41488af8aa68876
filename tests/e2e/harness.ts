// What every end-to-end test needs: Chromium with the extension (e2e build: site access granted),
// the fixture pages on a loopback server, and screenshots saved for a person to look at.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/launch-browser';
import { servePages, type PageServer } from '../../scripts/serve-pages';
import { waitUntilReady } from '../../scripts/extension-pages';

export const SCREENSHOTS = resolve('screenshots/e2e');

export interface Harness {
  browser: ExtensionBrowser;
  server: PageServer;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const server = await servePages('tests/fixtures');
  const browser = await launchWithExtension({ extensionDir: '.output/chrome-mv3-e2e', headless: true });
  await mkdir(SCREENSHOTS, { recursive: true });
  await waitUntilReady(browser);
  return {
    browser,
    server,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const path = `${SCREENSHOTS}/${name}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Counts of the corpus in the extension's IndexedDB, read in the service worker. */
export function corpusCounts(
  browser: ExtensionBrowser,
): Promise<{ total: number; bundled: number; user: number; titles: string[] }> {
  return browser.worker.evaluate(
    () =>
      new Promise((ok, fail) => {
        const open = indexedDB.open('reading-context');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('articles');
          const req = tx.objectStore('articles').getAll();
          req.onsuccess = () => {
            const all = req.result as Array<{ origin: string; title: string }>;
            ok({
              total: all.length,
              bundled: all.filter((a) => a.origin === 'bundled').length,
              user: all.filter((a) => a.origin === 'user').length,
              titles: all.map((a) => a.title),
            });
            open.result.close();
          };
          req.onerror = () => fail(req.error);
        };
      }),
  );
}
