// What the security and fault tests look at from outside the extension: traps set in every page
// before its scripts run, a scan of an extension page's DOM for anything that could run, the
// corpus in IndexedDB read from an extension page (so the service worker can be stopped meanwhile),
// and the service worker stopped and found again.
import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';
import type { ExtensionBrowser } from '../../scripts/launch-browser';
import { liveWorker } from '../../scripts/extension-pages';

declare const chrome: any;

/**
 * Installed in every page of the context, extension pages included, before their own scripts: an
 * alert, confirm or prompt, a write to `window.__pwned`, or a blocked inline script (a CSP
 * violation) is recorded in `window.__traps`.
 */
export async function setTraps(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    const traps = { dialogs: [] as string[], pwned: 0, violations: [] as string[], installed: true };
    w.__traps = traps;
    for (const name of ['alert', 'confirm', 'prompt'] as const) {
      w[name] = (message?: unknown) => {
        traps.dialogs.push(`${name}: ${String(message)}`);
        return null;
      };
    }
    Object.defineProperty(window, '__pwned', {
      configurable: false,
      get: () => traps.pwned,
      set: () => void traps.pwned++,
    });
    document.addEventListener('securitypolicyviolation', (e) =>
      traps.violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`),
    );
  });
}

export interface Traps {
  installed: boolean;
  dialogs: string[];
  pwned: number;
  violations: string[];
}

export const trapsOf = (page: Page): Promise<Traps> =>
  page.evaluate(() => (window as unknown as { __traps: Traps }).__traps);

/**
 * Elements of an extension page that could run or load something a page or a file put there: an
 * image, frame, object or inline script, an event-handler attribute, a link to anything but a web or
 * extension address. The extension's own markup has none of these.
 */
export function runnableElements(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => {
        const tag = el.tagName.toLowerCase();
        if (['img', 'iframe', 'frame', 'object', 'embed', 'base', 'meta', 'link'].includes(tag) && !el.closest('head'))
          return true;
        if (tag === 'script' && !(el as HTMLScriptElement).src) return true;
        if ([...el.attributes].some((a) => /^on/i.test(a.name) || /^\s*(javascript|data|vbscript):/i.test(a.value)))
          return true;
        const href = el.getAttribute('href');
        return tag === 'a' && href !== null && !/^(https?:|chrome-extension:|#)/i.test(href);
      })
      .map((el) => el.outerHTML.slice(0, 200)),
  );
}

/** Visible text of an extension page that still holds direction overrides or zero-width spaces. */
export function invisibleControls(page: Page): Promise<number> {
  return page.evaluate(() => (document.body.innerText.match(/[\u200B\u202A-\u202E\u2066-\u2069\uFEFF]/g) ?? []).length);
}

export interface CorpusState {
  ids: string[];
  user: number;
  bundled: number;
  /** Entries in the search index: equal to the articles when index and store are in step. */
  indexed: number;
  /** Records of large imports under way or being taken back (`import:` in the meta store). */
  importRecords: number;
}

/** The corpus as IndexedDB holds it, read from an extension page (the worker may be stopped). */
export function corpusState(page: Page): Promise<CorpusState> {
  return page.evaluate(
    () =>
      new Promise<CorpusState>((ok, fail) => {
        const open = indexedDB.open('reading-context');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['articles', 'docs', 'meta'], 'readonly');
          const all = tx.objectStore('articles').getAll();
          const docs = tx.objectStore('docs').count();
          const imports = tx.objectStore('meta').count(IDBKeyRange.bound('import:', 'import:\uffff'));
          tx.oncomplete = () => {
            const articles = all.result as Array<{ id: string; origin: string }>;
            db.close();
            ok({
              ids: articles.map((a) => a.id).sort(),
              user: articles.filter((a) => a.origin === 'user').length,
              bundled: articles.filter((a) => a.origin === 'bundled').length,
              indexed: docs.result,
              importRecords: imports.result,
            });
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
  );
}

/** Stops and wakes the extension's service worker through the DevTools protocol, as the browser stops an idle one. */
export interface WorkerControl {
  /** An extension page with no script of its own, from which the worker is driven and the corpus read. */
  page: Page;
  stop(): Promise<void>;
  /** Wakes the worker (a message from an extension page) and makes `browser.worker` a live handle on it. */
  wake(): Promise<Worker>;
  running(): Promise<boolean>;
}

export async function workerControl(browser: ExtensionBrowser): Promise<WorkerControl> {
  const page = await browser.context.newPage();
  await page.goto(browser.pageUrl('icon/16.png'));
  const cdp: CDPSession = await browser.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  const running = async () => {
    const { targetInfos } = await cdp.send('Target.getTargets');
    return targetInfos.some(
      (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${browser.extensionId}/`),
    );
  };
  // The worker's versions as the browser reports them; a stop is seen here even when a page's
  // message starts the worker again at once (an import's next batch does), which a look at the
  // running targets can miss.
  const stopped = new Set<string>();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) {
      if (!v.scriptURL.startsWith(`chrome-extension://${browser.extensionId}/`)) continue;
      if (v.runningStatus === 'stopped') stopped.add(v.versionId);
    }
  });
  return {
    page,
    running,
    async stop() {
      stopped.clear();
      const hasStopped = async () => stopped.size > 0 || !(await running());
      // A worker busy in a long task is stopped only once the browser forces it, which on a busy
      // machine can take seconds: ask again now and then, and give it up to a minute.
      for (const deadline = Date.now() + 60_000; Date.now() < deadline;) {
        await cdp.send('ServiceWorker.stopAllWorkers');
        for (const until = Date.now() + 5_000; Date.now() < until;) {
          if (await hasStopped()) return;
          await new Promise((r) => setTimeout(r, 20));
        }
      }
      throw new Error('the service worker did not stop within a minute');
    },
    async wake() {
      // Playwright keeps one handle for the extension's worker across its stops and starts.
      await page.evaluate(() => chrome.runtime.sendMessage({ type: 'get-lookup' }).catch(() => null));
      return liveWorker(browser);
    },
  };
}

/** A handle on the extension's running worker (after a stop or a reload), kept in `browser.worker`. */
export { liveWorker };
