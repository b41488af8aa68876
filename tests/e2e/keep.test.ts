// Keeping the articles read, in a real Chromium: twenty generated news pages read with "keep what I
// read" on are in the corpus once each, read again or copied elsewhere they are updated, not added;
// a never-read site is not kept; past a small limit the oldest kept go and a hand-saved one stays;
// forgetting one page (from the popup), one article, a site and everything (from the history in the
// options) takes them out of the corpus and its index at once.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, startHarness, type Harness } from './harness';
import { openExtensionPage, tabIdOf } from '../../scripts/extension-pages';
import { servePages, type PageServer } from '../../scripts/serve-pages';
import type { TabReport } from '../../lib/types';

declare const chrome: any;

const CITIES = [
  'Port Ellis',
  'Marlow Bay',
  'Kestrel Falls',
  'Dunmore',
  'Ashgrove',
  'Corran Point',
  'Velden',
  'Halbrook',
  'Tessaly',
  'Orrin Vale',
  'Brisk Harbor',
  'Quarrytown',
  'Linden Cross',
  'Saltmere',
  'Evershaw',
  'Greyfield',
  'Norwick',
  'Pellam',
  'Ridgemont',
  'Westcombe',
  'Yarrow',
  'Fenwick',
];
const TOPICS = [
  'harbour dredging',
  'tram line',
  'flood barrier',
  'school kitchens',
  'wind farm',
  'library closure',
  'bus depot',
  'water tariff',
  'bridge repair',
  'clinic merger',
  'ferry contract',
  'quarry licence',
  'market hall',
  'sewage plant',
  'bike lanes',
  'housing tower',
  'airport curfew',
  'fishing quota',
  'parking levy',
  'stadium lease',
  'river cleanup',
  'police station',
];
const PEOPLE = [
  'Mara Quist',
  'Tobias Venn',
  'Ilse Carrow',
  'Doran Pike',
  'Nell Ashby',
  'Ruben Salt',
  'Greta Moll',
  'Amos Tull',
  'Petra Lind',
  'Cyril Oake',
  'Wanda Hesk',
  'Jonas Beale',
  'Hettie Marsh',
  'Felix Rourke',
  'Odile Crane',
  'Silas Penn',
  'Vera Holt',
  'Emil Strand',
  'Ada Fenn',
  'Lucan Hale',
  'Bryn Tally',
  'Kit Morrow',
];
const OUTLETS = ['The Harbour Herald', 'Valley Courier'];

/** A news page of our own making: its own city, subject, people and figures, so no two are the same article. */
function newsPage(i: number, origin: string, canonicalPath = `news/${i}.html`): string {
  const city = CITIES[i];
  const topic = TOPICS[i];
  const person = PEOPLE[i];
  const rival = PEOPLE[(i + 7) % PEOPLE.length];
  const title = `${city} approves the ${topic} plan after ${10 + i} months of debate`;
  const paragraphs = [
    `${city} councillors voted ${14 + i} to ${3 + (i % 5)} on Tuesday for the ${topic} plan, which mayor ${person} first proposed ${10 + i} months ago.`,
    `The ${topic} scheme will cost about ${20 + i * 3} million dollars, according to ${city}'s finance office, and ${person} said work should begin in ${['March', 'April', 'May', 'June'][i % 4]}.`,
    `Opposition leader ${rival} called the ${topic} vote rushed, telling reporters in ${city} that ${40 + i} residents had signed a petition against it.`,
    `Engineers hired by ${city} estimated that the ${topic} works would employ ${120 + i * 7} people, a figure ${rival} disputed as too high.`,
    `${person} told the ${OUTLETS[i % 2]} that ${city} would publish every ${topic} contract online within ${5 + i} days of signing.`,
    `Residents of ${city} can comment on the ${topic} plans at ${3 + (i % 6)} public meetings before the final ${topic} budget is set in ${['autumn', 'winter'][i % 2]}.`,
  ];
  const day = String((i % 27) + 1).padStart(2, '0');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<link rel="canonical" href="${origin}/${canonicalPath}">
<meta property="og:site_name" content="${OUTLETS[i % 2]}"><meta name="author" content="${person === PEOPLE[0] ? 'Staff' : `Reporter ${i}`}">
<meta property="article:published_time" content="2024-05-${day}T09:00:00Z"></head>
<body><header><nav><a href="/">Home</a> <a href="/city">City</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>${title}</h1><p class="byline">By Reporter ${i}</p>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></main>
<footer><p>© ${OUTLETS[i % 2]}</p></footer></body></html>`;
}

let h: Harness;
let dir: string;
let site: PageServer;
/** The same pages on another host name ("localhost" rather than 127.0.0.1): another site to the extension. */
let otherSite: string;
let tab: Page;

interface Stored {
  id: string;
  url: string | null;
  addedBy?: string;
  origin: string;
  title: string;
}

const articles = (): Promise<Stored[]> =>
  h.browser.worker.evaluate(
    () =>
      new Promise((ok, fail) => {
        const open = indexedDB.open('reading-context');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('articles').objectStore('articles').getAll();
          req.onsuccess = () => {
            ok(
              (req.result as Stored[]).map(({ id, url, addedBy, origin, title }) => ({
                id,
                url,
                addedBy,
                origin,
                title,
              })),
            );
            open.result.close();
          };
          req.onerror = () => fail(req.error);
        };
      }),
  );

/** The ids in the search index. */
const indexed = (): Promise<string[]> =>
  h.browser.worker.evaluate(
    () =>
      new Promise((ok, fail) => {
        const open = indexedDB.open('reading-context');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('docs').objectStore('docs').getAll();
          req.onsuccess = () => {
            ok((req.result as Array<{ id: string }>).map((d) => d.id));
            open.result.close();
          };
          req.onerror = () => fail(req.error);
        };
      }),
  );

const kept = async () => (await articles()).filter((a) => a.addedBy === 'kept');

async function setSettings(change: Record<string, unknown>): Promise<void> {
  await h.browser.worker.evaluate(async (c) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...settings, ...c } });
  }, change);
}

async function until<T>(what: string, read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  while (!ok(last)) {
    if (Date.now() > deadline) throw new Error(`${what}: last ${JSON.stringify(last).slice(0, 400)}`);
    await new Promise((r) => setTimeout(r, 150));
    last = await read();
  }
  return last;
}

const storedReport = (tabId: number): Promise<TabReport | null> =>
  h.browser.worker.evaluate(
    async (id) => (await chrome.storage.session.get(`report:${id}`))[`report:${id}`] ?? null,
    tabId,
  );

/** Opens `url` in the test's tab and waits for its finished report. */
async function read(url: string): Promise<{ tabId: number; report: TabReport }> {
  await tab.goto(url);
  const tabId = await tabIdOf(h.browser, url);
  const report = await until(
    `report of ${url}`,
    () => storedReport(tabId),
    (r) => r !== null && r.url === url && r.state !== 'reading',
  );
  return { tabId, report: report! };
}

/** Reads `url` and waits until an article kept from it (by its canonical address) is in the corpus. */
async function readAndKeep(url: string, canonical = url): Promise<{ tabId: number; report: TabReport }> {
  const out = await read(url);
  await until(`kept ${canonical}`, kept, (all) => all.some((a) => a.url === canonical));
  return out;
}

beforeAll(async () => {
  h = await startHarness();
  dir = await mkdtemp(join(tmpdir(), 'reading-context-keep-'));
  site = await servePages(dir);
  otherSite = site.origin.replace('127.0.0.1', 'localhost');
  const { mkdir } = await import('node:fs/promises');
  await mkdir(join(dir, 'news'));
  await mkdir(join(dir, 'copy'));
  await mkdir(join(dir, 'other'));
  await writeFile(join(dir, 'other', '8.html'), newsPage(8, otherSite, 'other/8.html'));
  for (let i = 0; i < CITIES.length; i++) await writeFile(join(dir, 'news', `${i}.html`), newsPage(i, site.origin));
  // The first page's text again at another address that names no canonical one: the same article by its sketch.
  await writeFile(join(dir, 'copy', '0.html'), newsPage(0, site.origin, 'copy/0.html'));
  tab = await h.browser.context.newPage();
  await setSettings({ keepRead: true });
});
afterAll(async () => {
  await h?.close();
  await site?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('keeping the articles read', () => {
  it('keeps twenty pages read, once each, and updates a page read again or copied elsewhere', async () => {
    const bundled = (await articles()).filter((a) => a.origin === 'bundled').length;
    for (let i = 0; i < 20; i++) await readAndKeep(site.url(`news/${i}.html`));
    let all = await kept();
    expect(all).toHaveLength(20);
    expect(new Set(all.map((a) => a.url)).size).toBe(20);
    expect(all.every((a) => a.origin === 'user')).toBe(true);
    // Each is in the search index.
    const ids = new Set(await indexed());
    expect(all.every((a) => ids.has(a.id))).toBe(true);

    // Read again: the same address, still one article.
    const again = await read(site.url('news/3.html'));
    // The page's own kept copy is not shown as related to it.
    expect(again.report.matches.map((m) => m.id)).not.toContain(all.find((a) => a.url === site.url('news/3.html'))!.id);
    // The same text at another address: the same article by its sketch, replaced, not added.
    const before = all.find((a) => a.url === site.url('news/0.html'))!;
    await read(site.url('copy/0.html'));
    all = await until('the copy replaced the first reading', kept, (list) =>
      list.some((a) => a.url === site.url('copy/0.html')),
    );
    expect(all).toHaveLength(20);
    expect(all.some((a) => a.url === site.url('news/0.html'))).toBe(false);
    expect(all.filter((a) => a.title === before.title)).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 1000));
    expect(await kept()).toHaveLength(20);
    expect((await articles()).filter((a) => a.origin === 'bundled')).toHaveLength(bundled);

    const options = await openExtensionPage(h.browser, 'options.html#keep', 1100, 1600);
    await options.getByRole('list', { name: 'Kept articles' }).waitFor();
    await options.locator('#keep').scrollIntoViewIfNeeded();
    expect(await options.locator('#keep .stat').first().innerText()).toMatch(/20\s*of 20,000/);
    await options.locator('#keep').screenshot({ path: 'screenshots/e2e/keep-history.png' });
    await options.close();
  });

  it('does not keep a page on a never-read site', async () => {
    await setSettings({ neverRead: ['localhost'] });
    onTestFinished(() => setSettings({ neverRead: [] }));
    const count = (await kept()).length;
    const url = `${otherSite}/news/20.html`;
    await tab.goto(url);
    expect(await tab.title()).toMatch(/^Yarrow approves/); // the page is there, on the other host
    await new Promise((r) => setTimeout(r, 3000)); // well past the reader's settling delay
    expect((await kept()).length).toBe(count);
    expect((await articles()).some((a) => a.url?.startsWith(otherSite))).toBe(false);
  });

  it('past a small limit the oldest kept go first, and an article saved by hand stays', async () => {
    // Save one kept page by hand, as the popup's "Save to my corpus" does.
    const savedUrl = site.url('news/1.html');
    const { tabId } = await read(savedUrl);
    const popup = await openExtensionPage(h.browser, `popup.html?tab=${tabId}`, 400);
    await popup.getByRole('button', { name: 'Save to my corpus' }).click();
    await popup.getByText(/Saved “/).waitFor();
    await popup.close();
    const saved = (await articles()).find((a) => a.url === savedUrl)!;
    expect(saved.addedBy).toBe('saved');

    const oldestFirst = (await h.browser.worker.evaluate(
      () =>
        new Promise((ok) => {
          const open = indexedDB.open('reading-context');
          open.onsuccess = () => {
            const req = open.result
              .transaction('articles')
              .objectStore('articles')
              .index('byAddedBy')
              .getAll(IDBKeyRange.bound(['kept', -Infinity], ['kept', Infinity]));
            req.onsuccess = () => {
              ok((req.result as Array<{ url: string }>).map((a) => a.url));
              open.result.close();
            };
          };
        }),
    )) as string[];
    await setSettings({ keepMaxArticles: 5 });
    onTestFinished(() => setSettings({ keepMaxArticles: 20_000 }));
    await readAndKeep(site.url('news/20.html'));
    const left = await until('eviction to 5', kept, (list) => list.length === 5);
    // The newest four before it, and the page just read.
    expect(left.map((a) => a.url).sort()).toEqual([...oldestFirst.slice(-4), site.url('news/20.html')].sort());
    const all = await articles();
    expect(all.find((a) => a.id === saved.id)?.addedBy).toBe('saved');
    // The evicted left the index too.
    const ids = new Set(await indexed());
    expect(oldestFirst.slice(0, -4).every((url) => !all.some((a) => a.url === url))).toBe(true);
    expect(all.every((a) => ids.has(a.id))).toBe(true);
    expect(ids.size).toBe(all.length);
  });

  it('forgets a page from the popup, and an article, a site and everything from the history', async () => {
    for (const i of [5, 6, 7]) await readAndKeep(site.url(`news/${i}.html`));
    await readAndKeep(`${otherSite}/other/8.html`);
    // "Forget this page" in the popup.
    const { tabId } = await read(site.url('news/7.html'));
    const popup = await openExtensionPage(h.browser, `popup.html?tab=${tabId}`, 400);
    await popup.getByRole('button', { name: 'Forget this page' }).waitFor();
    await screenshot(popup, 'keep-popup-forget');
    const forgottenId = (await kept()).find((a) => a.url === site.url('news/7.html'))!.id;
    await popup.getByRole('button', { name: 'Forget this page' }).click();
    await popup.getByText(/This page is forgotten/).waitFor();
    await popup.close();
    expect((await kept()).some((a) => a.url === site.url('news/7.html'))).toBe(false);
    expect(await indexed()).not.toContain(forgottenId);

    const options = await openExtensionPage(h.browser, 'options.html#keep', 1100, 1400);
    const list = options.getByRole('list', { name: 'Kept articles' });
    await list.waitFor();
    // One article.
    const one = (await kept()).find((a) => a.url === site.url('news/6.html'))!;
    await options.getByRole('button', { name: `Forget “${one.title}”` }).click();
    await until('one forgotten', kept, (l) => !l.some((a) => a.id === one.id));
    // A site: the other host's articles.
    await options.getByLabel(/^Site/).selectOption('localhost');
    await options.getByRole('button', { name: 'Forget everything kept from localhost' }).click();
    await until('site forgotten', kept, (l) => !l.some((a) => a.url?.startsWith(otherSite)));
    expect((await kept()).length).toBeGreaterThan(0);
    // Everything kept; the hand-saved article and the bundled ones stay.
    await options.getByRole('button', { name: 'Forget everything kept', exact: true }).click();
    await options.getByRole('button', { name: 'Forget all' }).click();
    await until('all forgotten', kept, (l) => l.length === 0);
    const all = await articles();
    expect(all.some((a) => a.addedBy === 'saved')).toBe(true);
    expect(all.some((a) => a.origin === 'bundled')).toBe(true);
    expect((await indexed()).sort()).toEqual(all.map((a) => a.id).sort());
    await options.getByText('No article kept yet').waitFor();
    await screenshot(options, 'keep-history-empty');
    await options.close();
  });
});
