// The extension in a real Firefox ESR, MV2 build (and MV3 where Firefox runs it): the bundled corpus
// installed in Firefox's IndexedDB; a page read and its report; the popup and the sidebar page
// showing related articles, figures and sources; a right-click lookup; an import through the
// options page, then found on a matching page; a hostile page and file kept inert; and no request
// leaving the loopback address. Screenshots of every surface go to screenshots/e2e-firefox/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import {
  background,
  clickByRole,
  corpusCounts,
  openTab,
  screenshot,
  startFirefoxHarness,
  waitForText,
  type FirefoxHarness,
} from './firefox-harness';
import { FIREFOX_MISSING } from './firefox-harness';
import { EXTENSION_ORIGIN } from '../../scripts/launch-firefox';

declare const browser: any;

for (const build of ['firefox-mv2', 'firefox-mv3'] as const) {
  describe.skipIf(FIREFOX_MISSING !== null)(`Firefox, ${build} build`, () => {
    let h: FirefoxHarness;
    const dialogs: string[] = [];
    const extensionPages: Page[] = [];
    const shot = (page: Page, name: string) => screenshot(page, `${build}-${name}`);
    const surface = async (path: string, width = 400, height = 800): Promise<Page> => {
      const page = await h.ff.openExtensionPage(path, width, height);
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      extensionPages.push(page);
      return page;
    };

    beforeAll(async () => {
      h = await startFirefoxHarness(`.output/${build}-e2e`);
    });
    afterAll(async () => {
      await h?.close();
    });

    it('installs the bundled corpus into IndexedDB, under the extension’s fixed address', async () => {
      const counts = await corpusCounts(h.ff);
      expect(counts.bundled).toBeGreaterThanOrEqual(2);
      expect(counts.user).toBe(0);
      const where = await h.ff.control.evaluate(() => ({
        url: location.href,
        manifest: browser.runtime.getManifest().manifest_version,
      }));
      expect(where.url.startsWith(`${EXTENSION_ORIGIN}/`)).toBe(true);
      expect(where.manifest).toBe(build === 'firefox-mv2' ? 2 : 3);
      // Site access is granted in the test build, as after the user allowed it.
      expect(await h.ff.control.evaluate(() => browser.permissions.contains({ origins: ['http://*/*'] }))).toBe(true);
    });

    it('reads the republished seed: the report, the popup and the sidebar page with related, figures and sources', async () => {
      const { page, tabId, report } = await openTab(h, 'pages/demo-republished.html');
      expect(report.state).toBe('ready');
      expect(report.matches[0]).toMatchObject({ relation: 'same-article', outlet: 'Press TV' });
      expect(report.figures.length).toBeGreaterThan(0);
      expect(report.sources.length).toBeGreaterThan(0);
      const badge = await h.ff.control.evaluate(
        (id) => (browser.action ?? browser.browserAction).getBadgeText({ tabId: id }),
        tabId,
      );
      expect(badge).toBe(String(report.matches.length));
      await page.screenshot({ path: `screenshots/e2e-firefox/${build}-demo-page.png` });

      const popup = await surface(`popup.html?tab=${tabId}`, 400);
      await waitForText(popup, 'Same article');
      await waitForText(popup, 'The Meridian Ledger');
      await shot(popup, 'popup');
      await clickByRole(popup, 'tab', /Figures/);
      await waitForText(popup, /at least 30/);
      await shot(popup, 'popup-figures');
      await clickByRole(popup, 'tab', /Sources/);
      await waitForText(popup, /Hossein Kana'ani Moghaddam/);
      await shot(popup, 'popup-sources');

      const side = await surface(`sidepanel.html?tab=${tabId}`, 420, 900);
      await waitForText(side, 'Same article');
      await shot(side, 'sidebar');
      await clickByRole(side, 'tab', /Figures/);
      await waitForText(side, /at least 30/);
      await clickByRole(side, 'tab', /Sources/);
      await waitForText(side, /Hossein Kana'ani Moghaddam/);
      await shot(side, 'sidebar-sources');
    });

    it('finds coverage of the same events as related, and opens it in the reader', async () => {
      const { tabId, report } = await openTab(h, 'match/rel-hamas-42day-plan.html');
      expect(report.matches.length).toBeGreaterThan(0);
      expect(report.matches.every((m) => m.relation === 'related')).toBe(true);
      const popup = await surface(`popup.html?tab=${tabId}`, 400);
      await waitForText(popup, 'Related');
      await clickByRole(popup, 'button', 'Resistance shatters Netanyahu’s “total victory” dream');
      await waitForText(popup, /Israel has been making desperate attempts/);
      await shot(popup, 'reader');
    });

    it('looks up a right-clicked selection (menus.onClicked) and shows the passages in the sidebar page', async () => {
      const { tabId } = await openTab(h, 'match/rel-us-intel-assessment.html');
      const selection = 'Israel will fail to destroy Hamas';
      const url = h.server.url('match/rel-us-intel-assessment.html');
      await background(
        h.ff,
        'menuClick',
        { menuItemId: 'reading-context-lookup', selectionText: selection, editable: false, pageUrl: url },
        tabId,
      );
      const side = await surface(`sidepanel.html?tab=${tabId}`, 420, 900);
      await clickByRole(side, 'button', 'Lookup');
      await waitForText(side, selection);
      await waitForText(side, /U\.S\. intelligence community also admitted/);
      expect(
        await side.evaluate(() => document.querySelectorAll('[aria-label="Matching passages"] mark').length),
      ).toBeGreaterThan(2);
      await shot(side, 'lookup-sidebar');
    });

    it('imports a file through the options page, which is then found on a matching page', async () => {
      const before = await corpusCounts(h.ff);
      const options = await surface('options.html', 1000, 900);
      const input = await options.waitForSelector('input[type="file"]');
      await (input as import('puppeteer-core').ElementHandle<HTMLInputElement>).uploadFile(
        'tests/fixtures/import/earthquake-followup.txt',
      );
      await waitForText(options, 'Quake death toll passes 2,300 as rescuers reach cut-off valley');
      await shot(options, 'options-imported');
      expect((await corpusCounts(h.ff)).user).toBe(before.user + 1);
      const { report } = await openTab(h, 'match/none-earthquake.html?after-import');
      expect(report.matches.map((m) => m.title)).toContain(
        'Quake death toll passes 2,300 as rescuers reach cut-off valley',
      );
    });

    it('keeps a hostile page inert: its markup shows as text in the popup and sidebar, nothing runs', async () => {
      const { page, tabId, report } = await openTab(h, 'hostile/markup.html');
      expect(report.state).toBe('ready');
      const digest = report.page!;
      expect(digest.title).toMatch(/<img src=x onerror=.*<script>/);
      expect(digest.canonical).toBeNull();
      expect(digest.basedOn).toBeNull();
      expect(JSON.stringify(report)).not.toMatch(/javascript:alert\('(og:url|isBasedOn)'\)|data:text\/html/);
      // Reading it ran none of its code a second time: its own script and broken image fired once.
      expect(await page.evaluate(() => [(window as any).__pageScriptRuns, (window as any).__pageImageErrors])).toEqual([
        1, 1,
      ]);
      for (const path of [`popup.html?tab=${tabId}`, `sidepanel.html?tab=${tabId}`]) {
        const view = await surface(path, path.startsWith('popup') ? 400 : 420);
        await view.waitForSelector('.page-title');
        expect(await view.$eval('.page-title', (el) => el.textContent)).toBe(digest.title);
        for (const tab of [/Figures/, /Sources/]) {
          await clickByRole(view, 'tab', tab);
          await new Promise((r) => setTimeout(r, 200));
          await expectInert(view);
        }
        if (path.startsWith('popup')) await shot(view, 'hostile-popup');
      }
    });

    it('imports a hostile file and shows it as plain text in the reader', async () => {
      const options = await surface('options.html', 1000, 900);
      const input = await options.waitForSelector('input[type="file"]');
      await (input as import('puppeteer-core').ElementHandle<HTMLInputElement>).uploadFile(
        'tests/fixtures/hostile/hostile-import.json',
      );
      const title = "Dock strike <img src=x onerror=alert('import-title')> is over txet";
      await waitForText(options, title);
      await expectInert(options);
      const { tabId, report } = await openTab(h, 'hostile/markup.html?again');
      expect(report.matches[0]).toMatchObject({ title, relation: 'same-article' });
      const popup = await surface(`popup.html?tab=${tabId}`);
      await clickByRole(popup, 'button', title);
      await waitForText(popup, "<script>window.__pwned=1;alert('import-body2')</script>");
      await shot(popup, 'hostile-reader');
      await expectInert(popup);
    });

    it('opened no dialog in any page', () => {
      expect(dialogs).toEqual([]);
    });

    it('made no request off the loopback address while pages were read, shown, looked up and imported', async () => {
      // The control case: a request off the loopback address, from a web page, reaches the recording proxy.
      const probe = 'http://reading-context-probe.invalid/';
      const { page } = await openTab(h, 'pages/wire-dateline.html?probe');
      await page.evaluate((u) => fetch(u).catch(() => null), probe);
      for (let i = 0; i < 50 && !h.ff.offLoopback.includes(`GET ${probe}`); i++)
        await new Promise((r) => setTimeout(r, 100));
      expect(h.ff.offLoopback).toContain(`GET ${probe}`);
      // Everything else it saw is Firefox's own polling, none of it the extension's.
      expect(h.ff.offLoopbackNotFirefox().filter((r) => r !== `GET ${probe}`)).toEqual([]);
      console.info(
        `${build}: ${h.ff.offLoopback.length - 1} requests by Firefox itself refused off loopback, none by the extension`,
      );
    });
  });
}

/** The extension page shows nothing that could run, nothing ran, and no control characters. */
async function expectInert(page: Page): Promise<void> {
  const found = await page.evaluate(() => ({
    runnable: [...document.querySelectorAll('*')]
      .filter((el) => {
        const tag = el.tagName.toLowerCase();
        if (['img', 'iframe', 'frame', 'object', 'embed', 'base', 'meta', 'link'].includes(tag) && !el.closest('head'))
          return true;
        if (tag === 'script' && !(el as HTMLScriptElement).src) return true;
        if ([...el.attributes].some((a) => /^on/i.test(a.name) || /^\s*(javascript|data|vbscript):/i.test(a.value)))
          return true;
        const href = el.getAttribute('href');
        return tag === 'a' && href !== null && !/^(https?:|moz-extension:|#)/i.test(href);
      })
      .map((el) => el.outerHTML.slice(0, 200)),
    pwned: '__pwned' in window,
    controls: (document.body.innerText.match(/[\u200B\u202A-\u202E\u2066-\u2069\uFEFF]/g) ?? []).length,
  }));
  expect(found).toEqual({ runnable: [], pwned: false, controls: 0 });
}
