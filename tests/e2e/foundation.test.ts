// The extension as a person installs it: it loads, its service worker starts, the bundled corpus
// is in IndexedDB, and the surfaces open and show it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusCounts, screenshot, startHarness, type Harness } from './harness';
import { openExtensionPage, tabIdOf, waitForReport } from '../../scripts/extension-pages';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('the installed extension', () => {
  it('starts its service worker and loads both bundled articles into IndexedDB', async () => {
    expect(h.browser.worker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/background\.js$/);
    let counts = await corpusCounts(h.browser).catch(() => null);
    for (let i = 0; i < 50 && (counts?.bundled ?? 0) < 2; i++) {
      await new Promise((r) => setTimeout(r, 200));
      counts = await corpusCounts(h.browser).catch(() => null);
    }
    expect(counts).toMatchObject({ total: 2, bundled: 2, user: 0 });
    expect(counts!.titles).toContain('Resistance shatters Netanyahu’s “total victory” dream');
    expect(counts!.titles).toContain('Hamas’ stance, demands in truce talks leave Netanyahu in dilemma: Analyst');
  });

  it('reads the demo page and the popup shows its report and the corpus articles', async () => {
    const page = await h.browser.context.newPage();
    const url = h.server.url('pages/demo-republished.html');
    await page.goto(url);
    const tabId = await tabIdOf(h.browser, url);
    const report = await waitForReport(h.browser, tabId);
    expect(report.state).toBe('ready');
    await screenshot(page, 'demo-page');

    const popup = await openExtensionPage(h.browser, `popup.html?tab=${tabId}`, 400);
    await popup
      .getByText('Hamas’ stance, demands in truce talks leave Netanyahu in dilemma: Analyst')
      .first()
      .waitFor();
    await screenshot(popup, 'popup-demo');
    await popup.locator('summary', { hasText: 'Your corpus' }).click();
    const list = popup.locator('.corpus-peek-list');
    await list.getByText('Resistance shatters Netanyahu’s “total victory” dream').waitFor();
    await expect(list.getByText('Mehr News Agency · Mar 16, 2024, 10:17').count()).resolves.toBe(1);
    await expect(list.getByText('Press TV · date unknown · Alireza Hashemi').count()).resolves.toBe(1);
    await screenshot(popup, 'popup-corpus');
  });

  it('opens the side panel and the options page', async () => {
    const side = await openExtensionPage(h.browser, 'sidepanel.html', 420);
    await screenshot(side, 'sidepanel-empty');
    const options = await openExtensionPage(h.browser, 'options.html', 1000);
    await options.getByText('Resistance shatters Netanyahu’s “total victory” dream').first().waitFor();
    await screenshot(options, 'options');
  });
});
