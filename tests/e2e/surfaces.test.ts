// What a reader does, in a real Chromium, on local fixture pages: a republished seed, coverage of the
// same events, unrelated news and a page that is no article; the badge, the popup and the side
// panel of each tab; a right-click lookup; saving a page; importing through the options page; a
// failed import; a site on the never-read list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { corpusCounts, screenshot, startHarness, type Harness } from './harness';
import { openExtensionPage, tabIdOf, waitForReport } from '../../scripts/extension-pages';
import type { TabReport } from '../../lib/types';

declare const chrome: any;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

interface OpenTab {
  page: Page;
  tabId: number;
  report: TabReport;
}

async function openTab(path: string): Promise<OpenTab> {
  const page = await h.browser.context.newPage();
  const url = h.server.url(path);
  await page.goto(url);
  const tabId = await tabIdOf(h.browser, url);
  return { page, tabId, report: await waitForReport(h.browser, tabId) };
}

const badgeOf = (tabId: number): Promise<string> =>
  h.browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

describe('reading pages', () => {
  it('finds the republished seed as the same article, with a badge, in the popup and the side panel', async () => {
    const { tabId, report } = await openTab('pages/demo-republished.html');
    expect(report.matches[0]).toMatchObject({ relation: 'same-article', outlet: 'Press TV' });
    expect(await badgeOf(tabId)).toBe(String(report.matches.length));
    const popup = await openExtensionPage(h.browser, `popup.html?tab=${tabId}`, 400);
    await popup.getByText('Same article', { exact: true }).first().waitFor();
    await popup.getByText('The Meridian Ledger').first().waitFor();
    await screenshot(popup, 'republished-popup');
    await popup.getByRole('tab', { name: /Figures/ }).click();
    await popup
      .getByText(/at least 30/)
      .first()
      .waitFor();
    await screenshot(popup, 'republished-popup-figures');
    await popup.getByRole('tab', { name: /Sources/ }).click();
    await popup
      .getByText(/Hossein Kana'ani Moghaddam/)
      .first()
      .waitFor();
    await screenshot(popup, 'republished-popup-sources');
    const side = await openExtensionPage(h.browser, `sidepanel.html?tab=${tabId}`, 420, 900);
    await side.getByText('Same article', { exact: true }).first().waitFor();
    await screenshot(side, 'republished-sidepanel');
  });

  it('finds coverage of the same events as related, and opens it in the reader', async () => {
    const { tabId, report } = await openTab('match/rel-hamas-42day-plan.html');
    expect(report.matches.length).toBeGreaterThan(0);
    expect(report.matches.every((m) => m.relation === 'related')).toBe(true);
    expect(await badgeOf(tabId)).toBe(String(report.matches.length));
    const popup = await openExtensionPage(h.browser, `popup.html?tab=${tabId}`, 400);
    await popup.getByText('Related', { exact: true }).first().waitFor();
    await screenshot(popup, 'related-popup');
    await popup.getByRole('button', { name: 'Resistance shatters Netanyahu’s “total victory” dream' }).first().click();
    await popup
      .getByText(/Israel has been making desperate attempts/)
      .first()
      .waitFor();
    await screenshot(popup, 'related-reader');
  });

  it('shows nothing for unrelated news with its own casualty figures', async () => {
    const { tabId, report } = await openTab('match/none-earthquake.html');
    expect(report.state).toBe('ready');
    expect(report.matches).toEqual([]);
    expect(report.figures.length).toBeGreaterThan(0);
    expect(await badgeOf(tabId)).toBe('');
    const popup = await openExtensionPage(h.browser, `popup.html?tab=${tabId}`, 400);
    // It opens on the figures, the first section with content; the Related tab says why it is empty and what to do.
    await popup.getByRole('tab', { name: /Figures/, selected: true }).waitFor();
    await popup.getByRole('tab', { name: /^Related/ }).click();
    await popup.getByText(/No related article among the 2 articles/).waitFor();
    await popup.getByRole('button', { name: 'Turn on “keep what I read”' }).waitFor();
    await screenshot(popup, 'unrelated-popup');
  });

  it('says so when a page is not an article', async () => {
    const { tabId, report } = await openTab('pages/front-page.html');
    expect(report.state).toBe('not-article');
    expect(await badgeOf(tabId)).toBe('');
    const popup = await openExtensionPage(h.browser, `popup.html?tab=${tabId}`, 400);
    await popup
      .getByText(/doesn’t look like an article|does not look like an article/)
      .first()
      .waitFor();
    await screenshot(popup, 'not-article-popup');
  });
});

describe('the right-click menu', () => {
  it('looks up a selection and shows the matching corpus passages in the side panel', async () => {
    const { tabId } = await openTab('match/rel-us-intel-assessment.html');
    const selection = 'Israel will fail to destroy Hamas';
    await h.browser.worker.evaluate(
      async ({ id, text }) => {
        const tab = await chrome.tabs.get(id);
        chrome.contextMenus.onClicked.dispatch(
          { menuItemId: 'reading-context-lookup', selectionText: text, editable: false, pageUrl: tab.url },
          tab,
        );
      },
      { id: tabId, text: selection },
    );
    const side = await openExtensionPage(h.browser, `sidepanel.html?tab=${tabId}`, 420, 900);
    await side.getByRole('button', { name: 'Lookup' }).click();
    await side.locator('blockquote.selection', { hasText: selection }).waitFor();
    const passages = side.getByRole('list', { name: 'Matching passages' });
    await passages
      .getByText(/U\.S\. intelligence community also admitted/)
      .first()
      .waitFor();
    expect(await passages.locator('mark').count()).toBeGreaterThan(2);
    await screenshot(side, 'lookup-sidepanel');
  });

  it('saves the page to the corpus as a user article with its metadata', async () => {
    const { tabId } = await openTab('pages/wire-dateline.html');
    const before = await corpusCounts(h.browser);
    await h.browser.worker.evaluate(async (id) => {
      const tab = await chrome.tabs.get(id);
      chrome.contextMenus.onClicked.dispatch(
        { menuItemId: 'reading-context-save-page', editable: false, pageUrl: tab.url },
        tab,
      );
    }, tabId);
    let after = before;
    for (let i = 0; i < 50 && after.user === before.user; i++) {
      await new Promise((r) => setTimeout(r, 100));
      after = await corpusCounts(h.browser);
    }
    expect(after.user).toBe(before.user + 1);
    expect(after.total).toBe(before.total + 1);
  });
});

describe('the options page', () => {
  it('imports a file, which is then found on a matching page', async () => {
    const options = await openExtensionPage(h.browser, 'options.html', 1000, 900);
    await options.locator('input[type="file"]').setInputFiles('tests/fixtures/import/earthquake-followup.txt');
    await options
      .getByText(/earthquake-followup\.txt/)
      .first()
      .waitFor();
    await options.getByText('Quake death toll passes 2,300 as rescuers reach cut-off valley').first().waitFor();
    await screenshot(options, 'options-imported');
    const { tabId, report } = await openTab('match/none-earthquake.html?again');
    expect(report.matches.map((m) => m.title)).toContain(
      'Quake death toll passes 2,300 as rescuers reach cut-off valley',
    );
    expect(await badgeOf(tabId)).toBe(String(report.matches.length));
  });

  it('imports an HTML page, read in the options page, and refuses one with no article', async () => {
    const options = await openExtensionPage(h.browser, 'options.html', 1000, 900);
    const before = await corpusCounts(h.browser);
    await options.locator('input[type="file"]').setInputFiles('tests/fixtures/match/none-tech-chips.html');
    await options.getByText('Chipmaker unveils 2-nanometre processor, shares jump 9%').first().waitFor();
    expect((await corpusCounts(h.browser)).user).toBe(before.user + 1);
    await screenshot(options, 'options-imported-html');
    await options.locator('input[type="file"]').setInputFiles('tests/fixtures/pages/bad-nav-only.html');
    await options
      .getByText(/bad-nav-only\.html: no article found in this page/)
      .first()
      .waitFor();
    expect((await corpusCounts(h.browser)).user).toBe(before.user + 1);
  });

  it('imports records whose date cannot be read with the date unknown, and says which', async () => {
    const before = await corpusCounts(h.browser);
    const options = await openExtensionPage(h.browser, 'options.html', 1000, 900);
    await options.locator('input[type="file"]').setInputFiles('tests/fixtures/import/feed-dates.json');
    await options
      .getByText(/feed-dates\.json, record 2: "published" cannot be read as a date/)
      .first()
      .waitFor();
    await options
      .getByText(/Imported 2 articles/)
      .first()
      .waitFor();
    await screenshot(options, 'options-import-caveat');
    expect((await corpusCounts(h.browser)).user).toBe(before.user + 2);
  });

  it('refuses a bad import whole, says why, and changes nothing', async () => {
    const before = await corpusCounts(h.browser);
    const options = await openExtensionPage(h.browser, 'options.html', 1000, 900);
    await options
      .locator('input[type="file"]')
      .setInputFiles(['tests/fixtures/import/broken.json', 'tests/fixtures/import/earthquake-followup.txt']);
    await options
      .getByText(
        /broken\.json, record 2: "text" \(or "paragraphs"\) is missing|broken\.json, record 2: "text" must be a string/,
      )
      .first()
      .waitFor();
    await options
      .getByText(/Nothing was imported/)
      .first()
      .waitFor();
    await screenshot(options, 'options-failed-import');
    expect(await corpusCounts(h.browser)).toEqual(before);
  });

  it('never reads a site on the never-read list: no report, no badge', async () => {
    const options = await openExtensionPage(h.browser, 'options.html', 1000, 900);
    await options.getByLabel('Add a site').fill('127.0.0.1');
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    await options.getByText('127.0.0.1').first().waitFor();
    await screenshot(options, 'options-never-read');
    await new Promise((r) => setTimeout(r, 500));
    const page = await h.browser.context.newPage();
    const url = h.server.url('pages/demo-republished.html?never');
    await page.goto(url);
    const tabId = await tabIdOf(h.browser, url);
    await new Promise((r) => setTimeout(r, 2500));
    expect(await badgeOf(tabId)).toBe('');
    const report = await h.browser.worker.evaluate(
      async (id) => (await chrome.storage.session.get(`report:${id}`))[`report:${id}`] ?? null,
      tabId,
    );
    expect(report === null || report.state !== 'ready').toBe(true);
  });
});
