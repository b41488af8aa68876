// Why not: on a page that matches nothing, the side panel shows the nearest corpus articles under
// the threshold, with their scores and what they share, and lowers the threshold from there. And a
// page that states no date shows the date its text implies, as an estimate.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, startHarness, type Harness } from './harness';
import { openExtensionPage, tabIdOf, waitForReport } from '../../scripts/extension-pages';

declare const chrome: any;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

async function openTab(path: string) {
  const page = await h.browser.context.newPage();
  const url = h.server.url(path);
  await page.goto(url);
  const tabId = await tabIdOf(h.browser, url);
  return { page, tabId, report: await waitForReport(h.browser, tabId) };
}

describe('why not', () => {
  it('shows the nearest articles under the threshold, and lowering it shows them as related', async () => {
    const { tabId, report } = await openTab('match/none-sudan-conflict.html');
    expect(report.matches).toEqual([]);
    expect(report.nearest?.length).toBeGreaterThan(0);
    const nearest = report.nearest![0];
    expect(nearest.score).toBeLessThan(report.threshold!);
    const side = await openExtensionPage(h.browser, `sidepanel.html?tab=${tabId}`, 420, 900);
    // Nothing matched, so the panel opens on the first section with content; the nearest are under Related.
    await side.getByRole('tab', { name: /^Related/ }).click();
    const list = side.getByRole('list', { name: 'Nearest articles under the threshold' });
    await list.getByRole('button', { name: nearest.title }).waitFor();
    await side
      .getByText(/points under/)
      .first()
      .waitFor();
    await screenshot(side, 'why-not-sidepanel');

    await side.getByRole('button', { name: /Lower the threshold to \d+%/ }).click();
    // The page is read again with the lower threshold: the nearest article is now shown as related.
    await side.getByRole('list', { name: 'Related articles' }).getByRole('button', { name: nearest.title }).waitFor();
    const settings = await h.browser.worker.evaluate(
      async () => (await chrome.storage.local.get(null)) as Record<string, any>,
    );
    const stored = Object.values(settings).find((v) => v && typeof v === 'object' && 'threshold' in v) as {
      threshold: number;
    };
    expect(stored.threshold).toBeLessThan(nearest.score);
    await screenshot(side, 'why-not-lowered');
  });

  it('shows an undated page’s date as an estimate from its text, with the reason', async () => {
    const { tabId, report } = await openTab('match/s000-blog-repost.html');
    expect(report.page?.published ?? null).toBeNull();
    expect(report.pageEstimatedDate).toMatchObject({ label: 'about mid-March 2024' });
    const side = await openExtensionPage(h.browser, `sidepanel.html?tab=${tabId}`, 420, 900);
    const estimate = side.locator('.page-header .estimate');
    await estimate.waitFor();
    expect(await estimate.getAttribute('title')).toMatch(/more than 160 days of the war/);
    await screenshot(side, 'estimated-date-sidepanel');
  });
});
