// The first run, shortcuts, empty states and exports, in a real Chromium: the welcome page opens on
// install and not on update; the shortcuts are in the manifest with their keys and do their work;
// every empty state offers its next action; each export reads back (the CSV with an independent
// parser, CSL-JSON against the CSL variables, the backup through the import) and a figure line copies.
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, startHarness, type Harness } from './harness';
import { openExtensionPage, tabIdOf, waitForReport } from '../../scripts/extension-pages';
import { COMMANDS } from '../../lib/commands';
import { FIGURE_CSV_COLUMNS, figureRows } from '../../lib/export/figures-csv';
import { cslProblems } from '../csl-check';
import type { Article } from '../../lib/types';

declare const chrome: any;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const welcomePages = () => h.browser.context.pages().filter((p) => p.url().endsWith('/welcome.html'));
const installRecord = () =>
  h.browser.worker.evaluate(async () => (await chrome.storage.session.get('install')).install ?? null);
const settings = () => h.browser.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings);

async function openTab(path: string) {
  const page = await h.browser.context.newPage();
  const url = h.server.url(path);
  await page.goto(url);
  const tabId = await tabIdOf(h.browser, url);
  return { page, tabId, report: await waitForReport(h.browser, tabId) };
}

/** An extension page whose clipboard writes are recorded in `window.__copied`. */
async function openRecordingClipboard(path: string, width: number): Promise<Page> {
  const page = await h.browser.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.addInitScript(() => {
    (window as unknown as { __copied: string[] }).__copied = [];
    navigator.clipboard.writeText = async (text: string) => {
      (window as unknown as { __copied: string[] }).__copied.push(text);
    };
  });
  await page.goto(h.browser.pageUrl(path));
  return page;
}

describe('the first run', () => {
  it('opens the welcome page on install, which sets the reading mode and "keep what I read"', async () => {
    const deadline = Date.now() + 15_000;
    while (welcomePages().length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(welcomePages()).toHaveLength(1);
    expect(await installRecord()).toMatchObject({ reason: 'install', welcomed: true });
    const welcome = welcomePages()[0];
    await welcome.setViewportSize({ width: 1000, height: 900 });
    await welcome.getByRole('heading', { name: 'Welcome to Reading Context' }).waitFor();
    const text = await welcome.locator('main').innerText();
    expect(text).toMatch(/Nothing leaves your browser/);
    for (const c of COMMANDS) expect(text).toContain(c.description);
    expect(await welcome.getByRole('link', { name: 'See the demo' }).getAttribute('href')).toBe(
      h.browser.pageUrl('popup.html?mock=1'),
    );
    await welcome.getByText('Drop article files here', { exact: false }).first().waitFor();
    await screenshot(welcome, 'welcome');

    expect((await settings()).keepRead).toBe(false);
    await welcome.getByLabel(/Keep the articles I read/).check();
    await welcome.getByLabel(/Only when I click the button/).check();
    await expect.poll(async () => (await settings()).keepRead).toBe(true);
    await expect.poll(async () => (await settings()).readingMode).toBe('on-click');
    await welcome.getByLabel(/Automatically, on every site/).check();
    await expect.poll(async () => (await settings()).readingMode).toBe('automatic');
    await welcome.getByLabel(/Keep the articles I read/).uncheck();
    await expect.poll(async () => (await settings()).keepRead).toBe(false);
  });
});

describe('keyboard shortcuts', () => {
  it('are in the manifest with their default keys, assigned by the browser, and listed in the options', async () => {
    const manifest = JSON.parse(await readFile('.output/chrome-mv3-e2e/manifest.json', 'utf8'));
    expect(Object.keys(manifest.commands).sort()).toEqual(COMMANDS.map((c) => c.name).sort());
    for (const c of COMMANDS) expect(manifest.commands[c.name].suggested_key).toEqual(c.keys);
    // The browser gave each its default: none clashes with another assignment.
    const assigned = (await h.browser.worker.evaluate(() => chrome.commands.getAll())) as Array<{
      name: string;
      shortcut: string;
    }>;
    expect(Object.fromEntries(assigned.map((a) => [a.name, a.shortcut.replace(/\s/g, '')]))).toEqual(
      Object.fromEntries(COMMANDS.map((c) => [c.name, c.keys.default])),
    );
    const options = await openExtensionPage(h.browser, 'options.html#shortcuts', 1000, 900);
    const list = options.getByRole('definition');
    for (const c of COMMANDS) await list.filter({ hasText: c.description }).first().waitFor();
    await options.close();
  });

  it('save the page and look up the selection', async () => {
    const { page, tabId } = await openTab('pages/wire-dateline.html');
    const before = await h.browser.worker.evaluate(
      () =>
        new Promise<number>((ok) => {
          const o = indexedDB.open('reading-context');
          o.onsuccess = () => {
            const r = o.result.transaction('articles').objectStore('articles').index('byOrigin').count('user');
            r.onsuccess = () => {
              ok(r.result);
              o.result.close();
            };
          };
        }),
    );
    await h.browser.worker.evaluate(
      async (id) => chrome.commands.onCommand.dispatch('save-page', await chrome.tabs.get(id)),
      tabId,
    );
    await expect
      .poll(
        () =>
          h.browser.worker.evaluate(
            () =>
              new Promise<number>((ok) => {
                const o = indexedDB.open('reading-context');
                o.onsuccess = () => {
                  const r = o.result
                    .transaction('articles')
                    .objectStore('articles')
                    .index('byAddedBy')
                    .count(IDBKeyRange.bound(['saved', 0], ['saved', Infinity]));
                  r.onsuccess = () => {
                    ok(r.result);
                    o.result.close();
                  };
                };
              }),
          ),
        { timeout: 15_000 },
      )
      .toBe(1);
    expect(before).toBe(0);

    await page.bringToFront();
    await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((x) => (x.textContent ?? '').length > 80)!;
      const range = document.createRange();
      range.selectNodeContents(p);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    const selected = (await page.evaluate(() => getSelection()!.toString())).replace(/\s+/g, ' ').trim();
    await h.browser.worker.evaluate(
      async (id) => chrome.commands.onCommand.dispatch('look-up-selection', await chrome.tabs.get(id)),
      tabId,
    );
    await expect
      .poll(
        () =>
          h.browser.worker
            .evaluate(async () => (await chrome.storage.session.get(null)) as Record<string, unknown>)
            .then((all) => JSON.stringify(all)),
        { timeout: 15_000 },
      )
      .toContain(selected.slice(0, 40).replace(/"/g, '\\"'));
    await page.close();
  });
});

describe('empty states', () => {
  it('each offers its next action', async () => {
    // A page nothing in the corpus relates to: the popup opens on its figures, and the empty Related tab leads on.
    const { tabId } = await openTab('match/none-earthquake.html');
    const popup = await openExtensionPage(h.browser, `popup.html?tab=${tabId}`, 400);
    await popup.getByRole('tab', { name: /Figures/, selected: true }).waitFor();
    await popup.getByRole('tab', { name: /^Related/ }).click();
    await popup.getByText(/No related article among/).waitFor();
    const actions = popup.getByRole('group', { name: 'What to do next' });
    await actions.getByRole('link', { name: 'Import articles' }).waitFor();
    await actions.getByRole('link', { name: 'Settings' }).waitFor();
    await popup.getByRole('banner').getByRole('link', { name: 'Settings' }).waitFor();
    await popup.getByLabel(/Never read\s+127\.0\.0\.1/).waitFor();
    await screenshot(popup, 'empty-related-popup');
    await actions.getByRole('button', { name: 'Turn on “keep what I read”' }).click();
    await expect.poll(async () => (await settings()).keepRead).toBe(true);
    await popup.getByText(/Keeping what you read/).waitFor();
    await h.browser.worker.evaluate(async () => {
      const { settings: s } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...s, keepRead: false } });
    });
    // The never-read switch adds the site to the list, and takes it off again.
    await popup.getByLabel(/Never read\s+127\.0\.0\.1/).check();
    await expect.poll(async () => (await settings()).neverRead).toEqual(['127.0.0.1']);
    await popup.getByLabel(/Never read\s+127\.0\.0\.1/).uncheck();
    await expect.poll(async () => (await settings()).neverRead).toEqual([]);
    await popup.close();

    // The side panel: a settings link.
    const side = await openExtensionPage(h.browser, `sidepanel.html?tab=${tabId}`, 420, 900);
    await side.getByRole('banner').getByRole('link', { name: 'Settings' }).waitFor();
    await side.close();

    // The history in the options, with nothing kept: turn keeping on.
    const options = await openExtensionPage(h.browser, 'options.html#keep', 1000, 900);
    await options.getByText(/Nothing is kept/).waitFor();
    await options.locator('#keep').getByRole('button', { name: 'Turn on “keep what I read”' }).waitFor();
    await options.close();
  });
});

describe('exports', () => {
  let options: Page;
  let articles: Article[];
  beforeAll(async () => {
    options = await openExtensionPage(h.browser, 'options.html#corpus', 1000, 900);
    // Chromium's save dialog cannot be answered headless: the page falls back to a Blob download.
    await options.addInitScript(() => delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker);
    await options.reload();
    articles = await options.evaluate(() => chrome.runtime.sendMessage({ type: 'export-corpus' }));
  });

  async function download(label: string): Promise<string> {
    const [file] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: label }).click(),
    ]);
    return readFile((await file.path())!, 'utf8');
  }

  it('figures as CSV parse back to the same rows', async () => {
    const rows = parse(await download('Figures as CSV')) as string[][];
    expect(rows[0]).toEqual([...FIGURE_CSV_COLUMNS]);
    expect(rows.length - 1).toBeGreaterThan(10);
    expect(rows.slice(1).sort()).toEqual(figureRows(articles).sort());
  });

  it('citations as CSL-JSON hold only CSL variables of the right kind', async () => {
    const items = JSON.parse(await download('Citations as CSL-JSON'));
    expect(items).toHaveLength(articles.length);
    for (const item of items) expect(cslProblems(item)).toEqual([]);
  });

  it('a backup of the corpus imports back', async () => {
    const text = await download('Back up the corpus');
    expect(text.trim().split('\n')).toHaveLength(articles.length + 2);
    // A user article deleted, then the file imported: it is back, and the others are already there.
    const user = articles.find((a) => a.origin === 'user')!;
    expect(user).toBeDefined();
    expect(await options.evaluate((id) => chrome.runtime.sendMessage({ type: 'delete-article', id }), user.id)).toEqual(
      { ok: true },
    );
    await options
      .locator('input[type="file"]')
      .setInputFiles({ name: 'corpus.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(text) });
    await options
      .getByText(`Restored 1 article from corpus.jsonl. ${articles.length - 1} articles were already in your corpus`)
      .first()
      .waitFor();
    const back: Article[] = await options.evaluate(() => chrome.runtime.sendMessage({ type: 'export-corpus' }));
    expect(back.map((a) => a.title).sort()).toEqual(articles.map((a) => a.title).sort());
    await screenshot(options, 'exports-options');
  });

  it('a figure line copies as Markdown and as text from the Figures tab', async () => {
    const { tabId, report } = await openTab('pages/demo-republished.html');
    expect(report.figureLines.length).toBeGreaterThan(0);
    const popup = await openRecordingClipboard(`popup.html?tab=${tabId}`, 400);
    await popup.getByRole('tab', { name: /Figures/ }).click();
    const line = report.figureLines[0];
    await popup
      .getByRole('button', { name: `Copy “${line.quantity}” as Markdown` })
      .first()
      .click();
    await popup.getByText('Copied as Markdown.').first().waitFor();
    await popup
      .getByRole('button', { name: `Copy as text: “${line.quantity}”` })
      .first()
      .click();
    await popup.getByText('Copied as text.').first().waitFor();
    const [md, text] = (await popup.evaluate(() => (window as unknown as { __copied: string[] }).__copied)) as string[];
    expect(md.startsWith(`**${line.quantity}**`)).toBe(true);
    expect(md).toContain(`(<${report.url}>)`);
    for (const e of line.entries) expect(text).toContain(e.figure.text);
    expect(text).toContain(report.url);
    await screenshot(popup, 'figures-copy-popup');
    await popup.close();
  });
});

describe('an update', () => {
  it('does not open the welcome page', async () => {
    const before = welcomePages().length;
    // The browser's own install event, as it fires after an update, dispatched to the worker's listeners.
    await h.browser.worker.evaluate(() =>
      chrome.runtime.onInstalled.dispatch({ reason: 'update', previousVersion: '0.0.1' }),
    );
    await expect
      .poll(() => installRecord().catch(() => null), { timeout: 15_000 })
      .toMatchObject({ reason: 'update', welcomed: false });
    await new Promise((r) => setTimeout(r, 2000));
    expect(welcomePages()).toHaveLength(before);
  });
});
