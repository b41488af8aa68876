// What a hostile page or file can do to a reader, in a real Chromium: markup and script in a page's
// title, byline, JSON-LD and text, `javascript:` and `data:` addresses, a 1 MB title, direction
// overrides and zero-width characters, a hostile import opened in the reader. Nothing runs, no
// dialog opens, the text shows as text. Then: a web page cannot reach the background; the extension
// pages allow no inline script and the bundles hold no eval; and across everything this file does
// (pages read, a lookup, popups, side panels, an import), the extension made no request at all.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { screenshot, startHarness, type Harness } from './harness';
import { openExtensionPage, tabIdOf, waitForReport } from '../../scripts/extension-pages';
import { corpusState, invisibleControls, runnableElements, setTraps, trapsOf } from './extension-probe';
import type { TabReport } from '../../lib/types';
import { EXTENSION_CSP } from '../../lib/extension-csp';

declare const chrome: any;

let h: Harness;
const requests: Array<{ url: string; from: string }> = [];
const dialogs: string[] = [];
const extensionPages: Page[] = [];

beforeAll(async () => {
  h = await startHarness();
  // Every request of every page and worker from here on, with who made it.
  h.browser.context.on('request', (request: Request) => {
    let from = 'unknown';
    try {
      from = request.serviceWorker()?.url() ?? request.frame().url();
    } catch {
      from = 'service worker';
    }
    requests.push({ url: request.url(), from });
  });
  h.browser.context.on('page', (page) =>
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    }),
  );
  await setTraps(h.browser.context);
});
afterAll(async () => {
  await h?.close();
});

async function readPage(path: string): Promise<{ page: Page; tabId: number; report: TabReport }> {
  const page = await h.browser.context.newPage();
  const url = h.server.url(path);
  await page.goto(url);
  const tabId = await tabIdOf(h.browser, url);
  return { page, tabId, report: await waitForReport(h.browser, tabId) };
}

async function surface(path: string, width = 400): Promise<Page> {
  const page = await openExtensionPage(h.browser, path, width, 900);
  extensionPages.push(page);
  return page;
}

/** The extension page shows nothing that could run, nothing ran, and no control characters. */
async function expectInert(page: Page): Promise<void> {
  const traps = await trapsOf(page);
  expect(traps.installed).toBe(true);
  expect(await runnableElements(page)).toEqual([]);
  expect(traps).toMatchObject({ dialogs: [], pwned: 0, violations: [] });
  expect(await invisibleControls(page)).toBe(0);
}

describe('hostile pages', () => {
  it('shows markup and script from a page’s title, byline, metadata, JSON-LD and text as text, and runs none of it', async () => {
    const { page, tabId, report } = await readPage('hostile/markup.html');
    expect(report.state).toBe('ready');
    const digest = report.page!;
    expect(digest.title).toContain('<img src=x onerror=');
    // The JSON-LD author is markup: kept as the words it is, to be shown as text.
    expect(digest.byline).toContain('Dana Petrov');
    // No `javascript:` or `data:` address survives: the canonical and isBasedOn are dropped.
    expect(digest.canonical).toBeNull();
    expect(digest.basedOn).toBeNull();
    expect(JSON.stringify(report)).not.toMatch(/javascript:alert\('(og:url|isBasedOn)'\)|data:text\/html/);
    expect(report.figures.length).toBeGreaterThan(0);

    // Reading it ran none of its code a second time: its own script and broken image fired once.
    expect(await page.evaluate(() => [(window as any).__pageScriptRuns, (window as any).__pageImageErrors])).toEqual([
      1, 1,
    ]);

    for (const path of [`popup.html?tab=${tabId}`, `sidepanel.html?tab=${tabId}`]) {
      const view = await surface(path, path.startsWith('popup') ? 400 : 420);
      await view.locator('.page-title').first().waitFor();
      expect(await view.locator('.page-title').first().textContent()).toBe(digest.title);
      // The title's markup is there, as visible text: `<img src=x onerror=…>` and `<script>…</script>`.
      expect(digest.title).toMatch(/<img src=x onerror=.*<script>/);
      expect(await view.locator('.page-header .credits').first().textContent()).toContain(digest.byline);
      for (const tab of ['Figures', 'Sources']) {
        await view.getByRole('tab', { name: new RegExp(tab) }).click();
        await view.waitForTimeout(200);
        await expectInert(view);
      }
      await expectInert(view);
    }
    await screenshot(extensionPages.at(-2)!, 'hostile-popup');
  });

  it('removes direction overrides and zero-width characters from the title, byline and publisher', async () => {
    const { tabId, report } = await readPage('hostile/bidi.html');
    const digest = report.page!;
    for (const value of [digest.title, digest.byline, digest.site])
      expect(value ?? '').not.toMatch(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/);
    expect(digest.title).toBe('Ceasefire talks lanif round in Cairo');
    const popup = await surface(`popup.html?tab=${tabId}`);
    await popup.getByText('Ceasefire talks lanif round in Cairo').first().waitFor();
    await expectInert(popup);
  });

  it('caps a 1 MB title, and the popup still opens at once', async () => {
    const title = `Huge ${'<b>title</b> '.repeat(90_000)}`.slice(0, 1_000_000);
    expect(title.length).toBe(1_000_000);
    const body = readFileSync('tests/fixtures/hostile/bidi.html', 'utf8')
      .replace(/<title>.*<\/title>/, `<title>${title}</title>`)
      .replace(/<meta property="og:title"[^>]*>/, '')
      .replace(/<h1>.*<\/h1>/, '');
    const path = 'hostile/huge-title.html';
    await h.browser.context.route(h.server.url(path), (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
    );
    const { tabId, report } = await readPage(path);
    expect(report.page!.title.length).toBeLessThanOrEqual(500);
    expect(report.page!.title).toMatch(/^Huge <b>title<\/b> <b>title<\/b>/);
    const popup = await surface(`popup.html?tab=${tabId}`);
    await popup.locator('.page-title').first().waitFor();
    expect(
      await popup
        .locator('.page-title')
        .first()
        .evaluate((e) => e.textContent!.length),
    ).toBeLessThanOrEqual(500);
    await expectInert(popup);
  });

  it('imports a hostile file through the options page and opens it in the reader as plain text', async () => {
    const options = await surface('options.html', 1000);
    await options.locator('input[type="file"]').setInputFiles('tests/fixtures/hostile/hostile-import.json');
    await options
      .getByText(/hostile-import\.json/)
      .first()
      .waitFor();
    const title = "Dock strike <img src=x onerror=alert('import-title')> is over txet";
    await options.getByText(title).first().waitFor();
    await expectInert(options);

    // The imported text is the hostile page's: reading the page again finds it as the same article.
    const { tabId, report } = await readPage('hostile/markup.html?again');
    expect(report.matches[0]).toMatchObject({ title, relation: 'same-article' });
    const popup = await surface(`popup.html?tab=${tabId}`);
    await popup.getByRole('button', { name: title }).first().click();
    await popup.locator('.reader-title', { hasText: title }).waitFor();
    await popup
      .getByText("<script>window.__pwned=1;alert('import-body2')</script>", { exact: false })
      .first()
      .waitFor();
    await popup
      .getByText('<a href="javascript:alert(\'import-link\')">safety rules</a>', { exact: false })
      .first()
      .waitFor();
    const article = await popup.locator('.reader-article').textContent();
    expect(article).not.toContain("javascript:alert('import-url')"); // the address was dropped on import
    await screenshot(popup, 'hostile-reader');
    await expectInert(popup);
  });

  it('opened no dialog and raised no security-policy violation in any page', async () => {
    expect(dialogs).toEqual([]);
    for (const page of extensionPages) if (!page.isClosed()) expect((await trapsOf(page)).violations).toEqual([]);
  });
});

describe('messages from web pages', () => {
  it('a web page has no way to message the background, and flooding the page with messages does nothing', async () => {
    const { page, tabId } = await readPage('pages/wire-dateline.html');
    const before = await corpusState(extensionPages[0]);
    const reach = await page.evaluate(async (id) => {
      const runtime = (globalThis as any).chrome?.runtime;
      if (!runtime?.sendMessage) return 'no chrome.runtime.sendMessage in a web page';
      try {
        return JSON.stringify(await runtime.sendMessage(id, { type: 'export-corpus' }));
      } catch (error) {
        return `refused: ${(error as Error).message}`;
      }
    }, h.browser.extensionId);
    expect(reach).toMatch(/^no chrome\.runtime\.sendMessage|^refused/);
    // The content script listens to the extension only, never to the page's window messages.
    await page.evaluate(() => {
      for (const type of ['export-corpus', 'delete-article', 'import-files', 'page-digest', 'read-now'])
        for (let i = 0; i < 50; i++) window.postMessage({ type, id: 'x', files: [] }, '*');
    });
    await page.waitForTimeout(500);
    expect(await corpusState(extensionPages[0])).toEqual(before);
    expect((await waitForReport(h.browser, tabId)).url).toBe(h.server.url('pages/wire-dateline.html'));
  });
});

describe('no remote code, a strict content security policy', () => {
  it('declares a CSP that allows only the extension’s own scripts, and its pages have no inline script', async () => {
    const manifest = await h.browser.worker.evaluate(() => chrome.runtime.getManifest());
    // The built manifest as the browser read it: every directive (tests/unit/extension-csp.test.ts checks each form).
    expect(manifest.content_security_policy.extension_pages).toBe(EXTENSION_CSP);
    for (const page of extensionPages.filter((p) => !p.isClosed()).slice(0, 3)) {
      expect(await page.evaluate(() => document.querySelectorAll('script:not([src])').length)).toBe(0);
      const scripts = await page.evaluate(() =>
        [...document.querySelectorAll('script[src]')].map((s) => (s as HTMLScriptElement).src),
      );
      for (const src of scripts) expect(src).toMatch(/^chrome-extension:\/\//);
    }
  });

  it('ships no eval, no new Function and no remote script in any build', () => {
    const builds = [
      '.output/chrome-mv3-e2e',
      '.output/chrome-mv3',
      '.output/firefox-mv2',
      '.output/firefox-mv3',
    ].filter((d) => existsSync(d));
    const found: string[] = [];
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
    for (const file of builds.flatMap(walk).filter((f) => /\.(js|html)$/.test(f))) {
      const text = readFileSync(file, 'utf8');
      if (
        /\beval\s*\(|new\s+Function\s*\(|importScripts\s*\(\s*['"`]https?:|<script[^>]+src=["']https?:|import\(\s*['"`]https?:/.test(
          text,
        )
      )
        found.push(file);
    }
    expect(builds.length).toBeGreaterThan(0);
    expect(found).toEqual([]);
  });
});

describe('local only', () => {
  it('made no request outside the extension while pages were read, looked up, shown and imported', async () => {
    // One more of each: a lookup from the right-click menu, shown in the side panel.
    const { tabId } = await readPage('match/rel-us-intel-assessment.html');
    await h.browser.worker.evaluate(async (id) => {
      const tab = await chrome.tabs.get(id);
      chrome.contextMenus.onClicked.dispatch(
        {
          menuItemId: 'reading-context-lookup',
          selectionText: 'Israel will fail to destroy Hamas',
          editable: false,
          pageUrl: tab.url,
        },
        tab,
      );
    }, tabId);
    const side = await surface(`sidepanel.html?tab=${tabId}`, 420);
    await side.getByRole('button', { name: 'Lookup' }).click();
    await side.getByRole('list', { name: 'Matching passages' }).waitFor();

    const extension = `chrome-extension://${h.browser.extensionId}/`;
    const byExtension = requests.filter((r) => r.from.startsWith(extension) || r.from === 'service worker');
    const outside = byExtension.filter((r) => !r.url.startsWith(extension));
    expect(outside).toEqual([]);
    // Whatever made them, no request left the machine: only the fixture server and the extension's own files.
    expect(
      requests.filter(
        (r) => !r.url.startsWith(h.server.origin) && !r.url.startsWith(extension) && !r.url.startsWith('data:'),
      ),
    ).toEqual([]);
    // The service worker's own record of what it fetched agrees.
    const fetched: string[] = await h.browser.worker.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => e.name),
    );
    expect(fetched.filter((u) => !u.startsWith(extension))).toEqual([]);
    expect(requests.filter((r) => r.url.startsWith(h.server.origin)).length).toBeGreaterThan(5);
    console.info(
      `local only: ${requests.length} requests recorded, ${byExtension.length} by the extension, 0 outside it`,
    );
  });
});

// After "local only": these probes are refused by the browser, but are attempts all the same.
describe('the content security policy, enforced by the browser', () => {
  it('refuses the worker and an extension page any fetch or image that is not the extension’s own or a feed’s', async () => {
    // In MV3 the service worker is an extension page: connect-src governs its fetches (feeds use http(s)).
    const fromWorker: string = await h.browser.worker.evaluate(() =>
      fetch('data:text/plain,leak').then(
        () => 'fetched',
        (e: Error) => `refused: ${e.name}`,
      ),
    );
    expect(fromWorker).toBe('refused: TypeError');
    const page = await openExtensionPage(h.browser, 'options.html', 800, 600);
    const outcome = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        violations.push(`${e.effectiveDirective} ${e.blockedURI}`),
      );
      const fetched = await fetch('data:text/plain,leak').then(
        () => 'fetched',
        (e: Error) => `refused: ${e.name}`,
      );
      const image = await new Promise<string>((done) => {
        const img = new Image();
        img.onload = () => done('loaded');
        img.onerror = () => done('refused');
        img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACwAAAAAAQABAAA=';
      });
      const own = await fetch('/manifest.json').then(
        (r) => (r.ok ? 'fetched' : `HTTP ${r.status}`),
        (e: Error) => `refused: ${e.name}`,
      );
      await new Promise((r) => setTimeout(r, 50));
      return { fetched, image, own, violations };
    });
    expect(outcome).toMatchObject({ fetched: 'refused: TypeError', image: 'refused', own: 'fetched' });
    expect(outcome.violations).toEqual(expect.arrayContaining(['connect-src data', 'img-src data']));
    await page.close();
  });
});
