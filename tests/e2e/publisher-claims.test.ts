// A page cannot borrow an outlet's identity: a page served from 127.0.0.1 that gives a reuters.com
// canonical link, og:url, og:site_name "Reuters" and a JSON-LD publisher Reuters is shown, in the
// popup and the side panel, as saying it is from Reuters and served from 127.0.0.1, with no Reuters
// profile; saved, it is stored with its served address, its claim, and no Reuters profile. Its open
// credit ("first published by Tehran Times") stays a credit, with where it was found.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, startHarness, type Harness } from './harness';
import { openExtensionPage, tabIdOf, waitForReport } from '../../scripts/extension-pages';
import type { Article, TabReport } from '../../lib/types';

let h: Harness;
let tabId: number;
let report: TabReport;
let served: string;

beforeAll(async () => {
  h = await startHarness();
  const page = await h.browser.context.newPage();
  served = h.server.url('pages/claims-reuters.html');
  await page.goto(served);
  tabId = await tabIdOf(h.browser, served);
  report = await waitForReport(h.browser, tabId);
});
afterAll(async () => {
  await h?.close();
});

const CLAIM = 'says it is from Reuters; served from 127.0.0.1';

/** The Publisher and First-published credits of a report's page header. */
async function credits(page: Page): Promise<{ publisher: string; first: string }> {
  const dd = (label: string) =>
    page
      .locator('.page-header .credits > div', { has: page.locator('dt', { hasText: label }) })
      .locator('dd')
      .innerText();
  return { publisher: await dd('Publisher'), first: await dd('First published by') };
}

const userArticles = (): Promise<Article[]> =>
  h.browser.worker.evaluate(
    () =>
      new Promise((ok, fail) => {
        const open = indexedDB.open('reading-context');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('articles').objectStore('articles').getAll();
          req.onsuccess = () => {
            ok((req.result as Article[]).filter((a) => a.origin === 'user'));
            open.result.close();
          };
          req.onerror = () => fail(req.error);
        };
      }),
  );

describe('a page that claims another outlet’s identity', () => {
  it('is reported as a claim, with no profile but that of the site that served it', () => {
    expect(report.state).toBe('ready');
    expect(report.publisher).toEqual({
      servedUrl: served,
      servedFrom: '127.0.0.1',
      name: '127.0.0.1',
      profileId: null,
      url: served,
      claim: {
        name: 'Reuters',
        url: 'https://www.reuters.com/world/port-workers-end-strike-2024-05-14/',
        by: ['address', 'name'],
      },
    });
    expect(report.page?.originalPublisher).toBe('Tehran Times');
    expect(report.page?.originalPublisherFoundIn).toBe('text');
  });

  it.each([
    ['popup', 'popup.html', 400],
    ['side panel', 'sidepanel.html', 420],
  ] as const)(
    'the %s shows the claim as a claim and no Reuters profile; the first publisher as a credit',
    async (name, path, width) => {
      const page = await openExtensionPage(h.browser, `${path}?tab=${tabId}`, width, 800);
      await page.getByText(CLAIM).first().waitFor();
      const { publisher, first } = await credits(page);
      expect(publisher).toContain(CLAIM);
      expect(publisher).toContain(
        'Stated by its site name and the address it gives (reuters.com), not by where it was served',
      );
      expect(first).toBe('Tehran Times\ncredited in the article’s text');
      await page.getByRole('button', { name: 'About this source' }).click();
      await page.getByText('No profile for this outlet in Reading Context.').waitFor();
      expect(await page.locator('.outlet-profile').count()).toBe(0);
      await page.getByRole('tab', { name: /Sources/ }).click();
      await page.getByRole('tab', { name: /Sources/, selected: true }).waitFor();
      await screenshot(page, `claim-${name.replace(' ', '')}-sources`);
      await page.close();
    },
  );

  it('saved, it is stored with its served address and its claim, and no Reuters profile', async () => {
    const popup = await openExtensionPage(h.browser, `popup.html?tab=${tabId}`, 400, 800);
    await popup.getByRole('button', { name: 'Save to my corpus' }).click();
    await popup
      .getByRole('status')
      .getByText(/^Saved “Port workers end strike/)
      .waitFor();
    await popup.close();
    const saved = (await userArticles()).filter((a) => a.servedUrl === served);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      url: served,
      servedUrl: served,
      outlet: { name: '127.0.0.1', domain: '127.0.0.1', profileId: null },
      publisherClaim: { name: 'Reuters', url: 'https://www.reuters.com/world/port-workers-end-strike-2024-05-14/' },
      originalPublisher: { name: 'Tehran Times', profileId: 'tehran-times' },
      addedBy: 'saved',
    });
    expect(JSON.stringify(await userArticles())).not.toContain('"profileId":"reuters"');
  });
});

describe('a page whose first statements are its own and whose later ones claim Reuters', () => {
  let hiddenTab: number;
  let hiddenReport: TabReport;
  let hidden: string;
  const REUTERS_URL = 'https://www.reuters.com/world/ferry-service-resumes-2024-06-02/';

  beforeAll(async () => {
    const page = await h.browser.context.newPage();
    hidden = h.server.url('pages/claims-hidden.html');
    await page.goto(hidden);
    hiddenTab = await tabIdOf(h.browser, hidden);
    hiddenReport = await waitForReport(h.browser, hiddenTab);
  });

  it('is reported as a claim of Reuters although its canonical link is its own address', () => {
    expect(hiddenReport.state).toBe('ready');
    expect(hiddenReport.page?.canonical).toBe(hidden);
    expect(hiddenReport.page?.site).toBe('The Harbour Herald');
    expect(hiddenReport.publisher).toEqual({
      servedUrl: hidden,
      servedFrom: '127.0.0.1',
      name: '127.0.0.1',
      profileId: null,
      url: hidden,
      claim: { name: 'Reuters', url: REUTERS_URL, by: ['address', 'name'] },
    });
    expect(hiddenReport.page?.originalPublisher).toBe('Tehran Times');
  });

  it('the popup shows the claim as a claim, no Reuters profile, and the credit as a credit; saved, no Reuters profile', async () => {
    const popup = await openExtensionPage(h.browser, `popup.html?tab=${hiddenTab}`, 400, 800);
    await popup.getByText(CLAIM).first().waitFor();
    const { publisher, first } = await credits(popup);
    expect(publisher).toContain(CLAIM);
    expect(publisher).toContain('Stated by its site name and the address it gives (reuters.com)');
    expect(first).toBe('Tehran Times\ncredited in the article’s text');
    await popup.getByRole('button', { name: 'About this source' }).click();
    await popup.getByText('No profile for this outlet in Reading Context.').waitFor();
    expect(await popup.locator('.outlet-profile').count()).toBe(0);
    await popup.getByRole('button', { name: 'Save to my corpus' }).click();
    await popup
      .getByRole('status')
      .getByText(/^Saved “Ferry service resumes/)
      .waitFor();
    await popup.close();
    const saved = (await userArticles()).filter((a) => a.servedUrl === hidden);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      url: hidden,
      outlet: { name: '127.0.0.1', domain: '127.0.0.1', profileId: null },
      publisherClaim: { name: 'Reuters', url: REUTERS_URL },
      originalPublisher: { name: 'Tehran Times', profileId: 'tehran-times' },
    });
    expect(JSON.stringify(await userArticles())).not.toContain('"profileId":"reuters"');
  });
});
