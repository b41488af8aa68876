// In Chrome, the behaviours in which Firefox differs (tests/e2e-firefox/browser-differences.test.ts
// checks each of them there): the background stopped between reading a page and opening the popup
// (Chrome's service worker; Firefox's event page); the panel opened from the popup's button, which a
// browser allows only from a user's click (Chrome's side panel; Firefox's sidebar); site access asked
// for from a click and refused to a script; each tab's report kept in storage.session.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, startHarness, type Harness } from './harness';
import { openExtensionPage, tabIdOf, waitForReport } from '../../scripts/extension-pages';
import { workerControl, type WorkerControl } from './extension-probe';
import { SETTINGS_KEY } from '../../lib/settings';

declare const chrome: any;

let h: Harness;
let worker: WorkerControl;
beforeAll(async () => {
  h = await startHarness();
  worker = await workerControl(h.browser);
});
afterAll(async () => {
  await h?.close();
});

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function openTab(path: string) {
  const page = await h.browser.context.newPage();
  const url = h.server.url(path);
  await page.goto(url);
  const tabId = await tabIdOf(h.browser, url);
  return { page, tabId, report: await waitForReport(h.browser, tabId) };
}

describe('the background stopped between reading a page and opening the popup', () => {
  it('still shows the page’s report in the popup, and opening an article starts the service worker again', async () => {
    const { tabId, report } = await openTab('match/rel-hamas-42day-plan.html?stopped');
    expect(report.matches.length).toBeGreaterThan(0);
    await worker.stop();
    expect(await worker.running()).toBe(false);
    const popup = await openExtensionPage(h.browser, `popup.html?tab=${tabId}`, 400);
    await popup.getByText('Related', { exact: true }).first().waitFor();
    // The reader asks the background for the article: the service worker starts again to answer.
    await popup.getByRole('button', { name: 'Resistance shatters Netanyahu’s “total victory” dream' }).first().click();
    await popup
      .getByText(/Israel has been making desperate attempts/)
      .first()
      .waitFor();
    expect(await worker.running()).toBe(true);
    await screenshot(popup, 'worker-restarted-reader');
    await worker.wake();
  });
});

describe('the side panel', () => {
  it('opens from the popup’s button (a user’s click), and not from a script', async () => {
    const { tabId } = await openTab('pages/demo-republished.html?panel');
    const fromScript = await h.browser.worker.evaluate(
      (id) =>
        chrome.sidePanel.open({ tabId: id }).then(
          () => 'opened',
          (e: Error) => e.message,
        ),
      tabId,
    );
    expect(fromScript).toMatch(/user gesture/);
    const panels = () =>
      h.browser.worker.evaluate(async () =>
        (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).map(
          (c: { documentUrl: string }) => c.documentUrl,
        ),
      );
    expect(await panels()).toEqual([]);

    const popup = await openExtensionPage(h.browser, `popup.html?tab=${tabId}`, 400);
    await popup.getByText('Same article', { exact: true }).first().waitFor();
    await popup.getByRole('button', { name: 'Open side panel' }).click();
    let open: string[] = [];
    for (let i = 0; i < 50 && open.length === 0; i++) {
      await pause(100);
      open = await panels();
    }
    expect(open.some((u) => u.includes('/sidepanel.html'))).toBe(true);
    expect(await popup.locator('.notice').count()).toBe(0);
  });
});

describe('site access', () => {
  it('is asked for from a click; refused to a script, it goes on only because access is held', async () => {
    const options = await openExtensionPage(h.browser, 'options.html', 1000, 900);
    const mode = () =>
      h.browser.worker.evaluate(
        async (key) => (await chrome.storage.local.get(key))[key]?.readingMode ?? null,
        SETTINGS_KEY,
      );
    const radio = (value: string) => options.locator(`input[name="readingMode"][value="${value}"]`);
    const waitForMode = async (value: string) => {
      for (let i = 0; i < 50 && (await mode()) !== value; i++) await pause(100);
      expect(await mode()).toBe(value);
    };
    await radio('on-click').click();
    await waitForMode('on-click');
    await radio('automatic').click();
    await waitForMode('automatic');
    expect(await options.getByText(/it was not granted/).count()).toBe(0);

    const refused = await h.browser.worker.evaluate(() =>
      chrome.permissions.request({ origins: ['http://*/*', 'https://*/*'] }).then(
        (v: boolean) => `answered ${v}`,
        (e: Error) => e.message,
      ),
    );
    expect(refused).toMatch(/user gesture/);
    await radio('on-click').click();
    await waitForMode('on-click');
    await radio('automatic').evaluate((el) => (el as HTMLInputElement).click());
    await waitForMode('automatic');
    await screenshot(options, 'options-access-held');
  });
});

describe('session storage', () => {
  it('keeps each tab’s report in storage.session, not storage.local, and drops it with the tab', async () => {
    const { page, tabId, report } = await openTab('match/none-earthquake.html?session');
    expect(report.state).toBe('ready');
    const stored = () =>
      h.browser.worker.evaluate(
        async (id) => (await chrome.storage.session.get(`report:${id}`))[`report:${id}`] ?? null,
        tabId,
      );
    expect(await stored()).not.toBeNull();
    const local: string[] = await h.browser.worker.evaluate(async () =>
      Object.keys(await chrome.storage.local.get(null)),
    );
    expect(local.filter((k) => k.startsWith('report:'))).toEqual([]);
    await page.close();
    for (let i = 0; i < 50 && (await stored()) !== null; i++) await pause(100);
    expect(await stored()).toBeNull();
  });
});
