// What Firefox does differently from Chrome, each checked here and, for the same behaviour, in
// Chrome by tests/e2e/browser-differences.test.ts:
// - its MV3 background is an event page that Firefox unloads when idle (Chrome stops a service
//   worker): the popup opened after that still shows the page's report, and its actions wake it;
// - its panel is a sidebar (`sidebarAction`), opened only from a user's input, so the popup opens
//   it itself from the click rather than through a message to the background;
// - optional site access is asked for with a prompt that Firefox allows only from a user's input
//   (and, in MV2, never for access the manifest already grants): a request it refuses counts as
//   granted only when the access is held, else the settings page says so and stays as it was;
// - each tab's report lives in `storage.session` (in the MV2 build too), not in `storage.local`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import {
  clickByRole,
  openTab,
  screenshot,
  startFirefoxHarness,
  storedReport,
  waitForText,
  type FirefoxHarness,
} from './firefox-harness';
import { FIREFOX_MISSING } from './firefox-harness';
import { SETTINGS_KEY } from '../../lib/settings';

declare const browser: any;

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** When the MV3 event page has unloaded, Firefox has no background window for the extension. */
function backgroundLoaded(h: FirefoxHarness): Promise<boolean> {
  return h.ff.control.evaluate(() => browser.extension.getBackgroundPage() !== null);
}

/** When the background's window began (a new value after it was unloaded and started again), or null when it is not loaded. */
function backgroundStartedAt(h: FirefoxHarness): Promise<number | null> {
  return h.ff.control.evaluate(() => browser.extension.getBackgroundPage()?.performance.timeOrigin ?? null);
}

describe.skipIf(FIREFOX_MISSING !== null)(
  'Firefox MV3: the event page unloaded between reading a page and opening the popup',
  () => {
    let h: FirefoxHarness;
    beforeAll(async () => {
      // Firefox unloads an idle event page after 30 s; two seconds keeps the test short.
      h = await startFirefoxHarness('.output/firefox-mv3-e2e', { 'extensions.background.idle.timeout': 2000 });
    });
    afterAll(async () => {
      await h?.close();
    });

    it('still shows the page’s report in the popup, and opening an article starts the background again', async () => {
      const { tabId, report } = await openTab(h, 'match/rel-hamas-42day-plan.html');
      expect(report.state).toBe('ready');
      expect(report.matches.length).toBeGreaterThan(0);
      const before = await backgroundStartedAt(h);
      let unloaded = false;
      for (let i = 0; i < 150 && !unloaded; i++) {
        unloaded = !(await backgroundLoaded(h));
        if (!unloaded) await pause(200);
      }
      expect(unloaded).toBe(true);

      const popup = await h.ff.openExtensionPage(`popup.html?tab=${tabId}`, 400, 800);
      await waitForText(popup, 'Related');
      await waitForText(popup, 'Resistance shatters Netanyahu’s “total victory” dream');
      await screenshot(popup, 'event-page-restarted-popup');
      // The reader asks the background for the article: the event page starts again to answer.
      await clickByRole(popup, 'button', 'Resistance shatters Netanyahu’s “total victory” dream');
      await waitForText(popup, /Israel has been making desperate attempts/);
      const after = await backgroundStartedAt(h);
      expect(after).not.toBeNull();
      if (before !== null) expect(after!).toBeGreaterThan(before);
      // The report kept in session storage outlived the background.
      expect((await storedReport(h.ff, tabId))?.state).toBe('ready');
    });
  },
);

for (const build of ['firefox-mv2', 'firefox-mv3'] as const) {
  describe.skipIf(FIREFOX_MISSING !== null)(
    `Firefox ${build}: the sidebar, the permission prompt, session storage`,
    () => {
      let h: FirefoxHarness;
      beforeAll(async () => {
        h = await startFirefoxHarness(`.output/${build}-e2e`);
      });
      afterAll(async () => {
        await h?.close();
      });

      const sidebarOpen = (): Promise<boolean> => h.ff.control.evaluate(() => browser.sidebarAction.isOpen({}));

      /** Runs `call` (browser.sidebarAction.close, …) from a real click in an extension page: Firefox allows some calls only from a user's input. */
      async function fromUserInput(page: Page, call: 'close-sidebar'): Promise<void> {
        await page.evaluate((what: string) => {
          const button = document.createElement('button');
          button.id = 'test-user-input';
          button.textContent = what;
          button.onclick = () => {
            if (what === 'close-sidebar') void browser.sidebarAction.close();
            button.remove();
          };
          document.body.prepend(button);
        }, call);
        await page.click('#test-user-input');
      }

      it('opens the sidebar (sidebarAction) from the popup’s button, and not from a script', async () => {
        const { tabId } = await openTab(h, 'pages/demo-republished.html');
        const popup = await h.ff.openExtensionPage(`popup.html?tab=${tabId}`, 400, 700);
        await waitForText(popup, 'Same article');
        // Firefox opens a new extension's sidebar by itself: closed first, from a click.
        await fromUserInput(popup, 'close-sidebar');
        for (let i = 0; i < 50 && (await sidebarOpen()); i++) await pause(100);
        expect(await sidebarOpen()).toBe(false);
        // A script may not open it.
        const fromScript = await h.ff.control.evaluate(() =>
          browser.sidebarAction.open().then(
            () => 'opened',
            (e: Error) => e.message,
          ),
        );
        expect(fromScript).toMatch(/user input/);
        expect(await sidebarOpen()).toBe(false);

        await clickByRole(popup, 'button', 'Open sidebar');
        for (let i = 0; i < 50 && !(await sidebarOpen()); i++) await pause(100);
        expect(await sidebarOpen()).toBe(true);
        expect(await popup.$('.notice')).toBeNull();
        await screenshot(popup, `${build}-popup-opened-sidebar`);
      });

      it('keeps each tab’s report in storage.session, not storage.local, and drops it with the tab', async () => {
        const { page, tabId, report } = await openTab(h, 'match/none-earthquake.html?session');
        expect(report.state).toBe('ready');
        expect(await h.ff.control.evaluate(() => typeof browser.storage.session?.get)).toBe('function');
        const local = await h.ff.control.evaluate(async () => Object.keys(await browser.storage.local.get(null)));
        expect(local.filter((k: string) => k.startsWith('report:'))).toEqual([]);
        await page.close();
        for (let i = 0; i < 50 && (await storedReport(h.ff, tabId)) !== null; i++) await pause(100);
        expect(await storedReport(h.ff, tabId)).toBeNull();
      });

      it('asks for site access from a click; refused without a prompt from a script, it goes on only when access is held, else says so', async () => {
        const options = await h.ff.openExtensionPage('options.html', 1000, 900);
        const mode = () =>
          h.ff.control.evaluate(
            async (key: string) => (await browser.storage.local.get(key))[key]?.readingMode ?? null,
            SETTINGS_KEY,
          );
        const radio = (value: string) => `input[name="readingMode"][value="${value}"]`;
        const choose = async (value: string, how: 'click' | 'script') => {
          if (how === 'click') await options.click(radio(value));
          else await options.$eval(radio(value), (el) => (el as HTMLInputElement).click());
        };
        const waitForMode = async (value: string) => {
          for (let i = 0; i < 50 && (await mode()) !== value; i++) await pause(100);
          expect(await mode()).toBe(value);
        };
        await options.waitForSelector(radio('on-click'));
        await choose('on-click', 'click');
        await waitForMode('on-click');

        // A user's click: access is held in the test build, so it is taken without a prompt.
        await choose('automatic', 'click');
        await waitForMode('automatic');
        expect(await options.evaluate(() => document.body.innerText.includes('it was not granted'))).toBe(false);

        // Not a user's input: Firefox refuses the request itself, without a prompt…
        const refused = await h.ff.control.evaluate(() =>
          browser.permissions.request({ origins: ['http://*/*', 'https://*/*'] }).then(
            (v: boolean) => `answered ${v}`,
            (e: Error) => e.message,
          ),
        );
        expect(refused).toMatch(/user input/);
        // …and the settings page goes on only because the access is already held.
        await choose('on-click', 'click');
        await waitForMode('on-click');
        await choose('automatic', 'script');
        await waitForMode('automatic');

        if (build === 'firefox-mv3') {
          // In MV3, Firefox lets the user withdraw site access; then a refused request is said, and nothing changes.
          await choose('on-click', 'click');
          await waitForMode('on-click');
          expect(
            await h.ff.control.evaluate(() => browser.permissions.remove({ origins: ['http://*/*', 'https://*/*'] })),
          ).toBe(true);
          await choose('automatic', 'script');
          await waitForText(options, /it was not granted/);
          await screenshot(options, `${build}-options-access-refused`);
          expect(await mode()).toBe('on-click');
          expect(await options.$eval(radio('on-click'), (el) => (el as HTMLInputElement).checked)).toBe(true);
        }
      });
    },
  );
}
