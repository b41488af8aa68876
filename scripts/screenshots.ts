// `npm run screenshots`: the README's pictures (docs/screenshots/*.png), taken from the real extension
// (the e2e build) in Chromium on the bundled demo pages. One row of SHOTS per picture: to add one,
// add a row naming its surface and what to do before the picture is taken.
//   npm run screenshots [-- name ...]    (only the named pictures)
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './launch-browser';
import { openExtensionPage, tabIdOf, waitForReport, waitUntilReady } from './extension-pages';
import { servePages, type PageServer } from './serve-pages';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = path.join(ROOT, 'docs/screenshots');
/** The page most pictures are taken on: the bundled demo article, which republishes a seed article. */
const DEMO = 'pages/demo-republished.html';

/** What a shot's setup can use: the browser, the page server, and the article tab it was taken on. */
export interface Stage {
  browser: ExtensionBrowser;
  server: PageServer;
  /** The tab showing the shot's article page, already read. */
  tab: Page;
  tabId: number;
}

export interface Shot {
  /** The file name, without .png, in docs/screenshots/. */
  name: string;
  /** Where the picture is taken: an extension page opened on the tab, or the article page itself. */
  surface: 'popup' | 'sidepanel' | 'options' | 'page';
  /** The article page opened first (under tests/fixtures/); the demo page when not given. */
  article?: string;
  width: number;
  height: number;
  dark?: boolean;
  /** Run before the surface opens (settings, a right-click lookup…). */
  before?: (stage: Stage) => Promise<void>;
  /** Run on the surface before the picture (open a tab, hover a mark…). */
  setup?: (view: Page, stage: Stage) => Promise<void>;
}

declare const chrome: any;

async function setSetting(browser: ExtensionBrowser, key: string, value: unknown): Promise<void> {
  await browser.worker.evaluate(
    async ({ key, value }) => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...settings, [key]: value } });
    },
    { key, value },
  );
}

export const SHOTS: Shot[] = [
  { name: 'popup', surface: 'popup', width: 400, height: 640 },
  {
    name: 'figures',
    surface: 'popup',
    width: 400,
    height: 640,
    setup: async (view) => {
      await view.getByRole('tab', { name: /Figures/ }).click();
      // The figures themselves, not the page's header, fill the picture.
      await view
        .getByRole('tablist')
        .first()
        .evaluate((e) => e.scrollIntoView({ block: 'start' }));
    },
  },
  {
    name: 'lookup',
    surface: 'sidepanel',
    article: 'match/rel-us-intel-assessment.html',
    width: 420,
    height: 640,
    before: async ({ browser, tabId }) => {
      await browser.worker.evaluate(
        async ({ id, text }) => {
          const tab = await chrome.tabs.get(id);
          chrome.contextMenus.onClicked.dispatch(
            { menuItemId: 'reading-context-lookup', selectionText: text, editable: false, pageUrl: tab.url },
            tab,
          );
        },
        { id: tabId, text: 'Israel will fail to destroy Hamas' },
      );
    },
    setup: async (view) => {
      await view.getByRole('button', { name: 'Lookup' }).click();
      await view.getByRole('list', { name: 'Matching passages' }).locator('mark').first().waitFor();
    },
  },
  {
    name: 'marks',
    surface: 'page',
    article: 'match/rel-hamas-42day-plan.html',
    width: 760,
    height: 520,
    before: async ({ browser }) => setSetting(browser, 'markFigures', true),
    setup: async (view) => {
      const mark = view.locator(':root > :not(head, body) .mark[aria-label^="more than 31,000"]');
      await mark.waitFor({ state: 'attached', timeout: 15_000 });
      // The sentence near the top, with room below for the card.
      await view.evaluate(() => {
        const p = Array.from(document.querySelectorAll('p')).find((e) => e.textContent!.includes('more than 31,000'));
        window.scrollTo(0, Math.max(0, (p?.getBoundingClientRect().top ?? 0) + window.scrollY - 120));
      });
      await view.waitForTimeout(300);
      // The underline lets the pointer through to the page: the card follows the pointer over its words.
      const box = (await mark.boundingBox())!;
      await view.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await view.locator(':root > :not(head, body) .card').first().waitFor({ state: 'visible' });
    },
  },
  { name: 'popup-dark', surface: 'popup', width: 400, height: 640, dark: true },
  { name: 'options', surface: 'options', width: 1000, height: 760 },
];

async function take(shot: Shot, browser: ExtensionBrowser, server: PageServer): Promise<string> {
  const tab = await browser.context.newPage();
  await tab.setViewportSize({
    width: shot.surface === 'page' ? shot.width : 1000,
    height: shot.surface === 'page' ? shot.height : 800,
  });
  await tab.emulateMedia({ colorScheme: shot.dark ? 'dark' : 'light', reducedMotion: 'reduce' });
  // A query of its own per shot: each tab is read afresh.
  const url = `${server.url(shot.article ?? DEMO)}?shot=${shot.name}`;
  if (shot.before && shot.surface === 'page') {
    // Settings that change what the page shows apply before it loads.
    await shot.before({ browser, server, tab, tabId: -1 });
  }
  await tab.goto(url);
  const tabId = await tabIdOf(browser, url);
  const report = await waitForReport(browser, tabId);
  if (report.state !== 'ready') throw new Error(`${shot.name}: the report of ${url} is ${report.state}`);
  const stage: Stage = { browser, server, tab, tabId };
  if (shot.before && shot.surface !== 'page') await shot.before(stage);
  let view = tab;
  if (shot.surface !== 'page') {
    const address = shot.surface === 'options' ? 'options.html' : `${shot.surface}.html?tab=${tabId}`;
    view = await openExtensionPage(browser, address, shot.width, shot.height);
    await view.emulateMedia({ colorScheme: shot.dark ? 'dark' : 'light', reducedMotion: 'reduce' });
    await view.locator('.app').first().waitFor();
    // No scrollbar in the picture (set through the style object: the pages' CSP allows no inline style sheet).
    await view.evaluate(() => document.documentElement.style.setProperty('scrollbar-width', 'none'));
  }
  if (shot.setup) await shot.setup(view, stage);
  await view.waitForTimeout(300);
  const file = path.join(OUT_DIR, `${shot.name}.png`);
  await view.screenshot({ path: file });
  if (view !== tab) await view.close();
  await tab.close();
  if (shot.surface === 'page' && shot.before) await setSetting(browser, 'markFigures', false);
  return file;
}

async function main(): Promise<void> {
  const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const unknown = only.filter((n) => !SHOTS.some((s) => s.name === n));
  if (unknown.length)
    throw new Error(`no such picture: ${unknown.join(', ')} (there are: ${SHOTS.map((s) => s.name).join(', ')})`);
  await mkdir(OUT_DIR, { recursive: true });
  const server = await servePages(path.join(ROOT, 'tests/fixtures'));
  const browser = await launchWithExtension({
    extensionDir: path.join(ROOT, '.output/chrome-mv3-e2e'),
    headless: true,
  });
  // Every wait ends, with a message naming what did not appear.
  browser.context.setDefaultTimeout(60_000);
  try {
    await waitUntilReady(browser, 120_000);
    for (const shot of SHOTS.filter((s) => only.length === 0 || only.includes(s.name))) {
      console.log(path.relative(ROOT, await take(shot, browser, server)));
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
