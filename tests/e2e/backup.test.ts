// Backup and restore in the real Chromium, through the options page: a corpus of 300 imported
// articles (with sections, the outlet's article numbers, figures and sources), a bundled article
// deleted and settings changed; backed up from the options page (the Blob download, as where the
// browser has no save dialog), the database and settings wiped, the file imported back: the same
// store, record for record. A damaged backup is refused with its line named, and nothing changes.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, startHarness, type Harness } from './harness';
import { openExtensionPage } from '../../scripts/extension-pages';
import type { Article } from '../../lib/types';

declare const chrome: any;

const N = 300;

/** An article as the seeds are written (made up for this test), with a section and a News ID. */
function story(i: number): { name: string; text: string } {
  const text = [
    `Title: Harbour of Vellmar reopens after storm, report ${i}`,
    'Outlet: Harbour Herald',
    'Author: Dana Reyes',
    `Published: March ${(i % 27) + 1}, 2024`,
    'Section: World / Europe',
    `URL: https://harbour.example/news/${5000 + i}`,
    '---',
    `News ID ${5000 + i}`,
    `The port reopened on day ${i} after a storm closed it for ${(i % 9) + 2} days, officials said.`,
    `More than ${120 + i} ships waited offshore, according to the harbour authority, and ${i * 3 + 7} workers were hurt.`,
  ].join('\n');
  return { name: `story-${i}.txt`, text };
}

interface Store {
  articles: Article[];
  deleted: string[] | null;
  docs: number;
}

/** The extension's database as the options page sees it: every article record, the deletions, the index size. */
const dump = (page: Page): Promise<Store> =>
  page.evaluate(
    () =>
      new Promise<Store>((ok, fail) => {
        const open = indexedDB.open('reading-context');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['articles', 'meta', 'docs']);
          const articles = tx.objectStore('articles').getAll();
          const deleted = tx.objectStore('meta').get('deletedBundled');
          const docs = tx.objectStore('docs').count();
          tx.oncomplete = () => {
            ok({ articles: articles.result, deleted: deleted.result?.value ?? null, docs: docs.result });
            db.close();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
  );

/** Every record of every store gone, and the settings too. */
const wipe = (page: Page) =>
  page.evaluate(async () => {
    await chrome.storage.local.remove('settings');
    await new Promise<void>((ok, fail) => {
      const open = indexedDB.open('reading-context');
      open.onerror = () => fail(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const stores = ['articles', 'meta', 'docs', 'postings', 'postingBlocks', 'terms'];
        const tx = db.transaction(stores, 'readwrite');
        for (const s of stores) tx.objectStore(s).clear();
        tx.oncomplete = () => {
          db.close();
          ok();
        };
        tx.onerror = () => fail(tx.error);
      };
    });
  });

/** Bundled articles the extension may have put back by itself after the wipe carry the time it did. */
const comparable = (store: Store) => ({
  ...store,
  articles: store.articles.map((a) => (a.origin === 'bundled' ? { ...a, addedAt: 0 } : a)),
});

let h: Harness;
let options: Page;
beforeAll(async () => {
  h = await startHarness();
  // Chromium's save dialog cannot be answered headless: the page falls back to a Blob download.
  await h.browser.context.addInitScript(() => delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker);
  options = await openExtensionPage(h.browser, 'options.html#corpus', 1000, 900);
});
afterAll(async () => {
  await h?.close();
});

describe('backup and restore from the options page', () => {
  let before: Store;
  let file: string;

  it('backs up 300 articles, a deleted bundled article and the settings', async () => {
    const report = await options.evaluate(
      (files) => chrome.runtime.sendMessage({ type: 'import-files', files }),
      Array.from({ length: N }, (_, i) => story(i)),
    );
    expect(report).toMatchObject({ ok: true, added: N });
    const bundled = (await dump(options)).articles.find((a) => a.origin === 'bundled')!;
    expect(
      await options.evaluate((id) => chrome.runtime.sendMessage({ type: 'delete-article', id }), bundled.id),
    ).toEqual({ ok: true });
    await options.evaluate(async () =>
      chrome.storage.local.set({
        settings: {
          ...(await chrome.storage.local.get('settings')).settings,
          threshold: 0.33,
          neverRead: ['example.org'],
        },
      }),
    );
    before = await dump(options);
    expect(before.articles.filter((a) => a.origin === 'user')).toHaveLength(N);
    expect(before.deleted).toEqual([bundled.id]);

    await options.reload();
    await options.getByRole('checkbox', { name: 'Include settings' }).check();
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Back up the corpus' }).click(),
    ]);
    file = (await download.path())!;
    await options
      .getByText(`Backed up ${before.articles.length} articles and your settings.`, { exact: false })
      .waitFor();
    const lines = (await readFile(file, 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(before.articles.length + 2);
    expect(JSON.parse(lines[0])).toMatchObject({
      format: 'reading-context-backup',
      counts: { articles: before.articles.length, user: N },
      deletedBundled: [bundled.id],
      settings: { threshold: 0.33, neverRead: ['example.org'] },
    });
  });

  it('restores it after a wipe: the same store, record for record, and the settings', async () => {
    await wipe(options);
    expect((await dump(options)).articles).toEqual([]);
    await options.reload();
    await options.locator('input[type="file"]').first().setInputFiles(file);
    await options.getByText(/Restored \d+ articles from/).waitFor({ timeout: 120_000 });
    await options.getByText('Your settings were restored too.', { exact: false }).waitFor();
    const after = await dump(options);
    expect(comparable(after)).toEqual(comparable(before));
    // The user's records are exactly as they were: their dates, how they came, every field.
    expect(after.articles.filter((a) => a.origin === 'user')).toEqual(
      before.articles.filter((a) => a.origin === 'user'),
    );
    const sample = after.articles.find((a) => a.origin === 'user')!;
    expect(sample).toMatchObject({
      section: ['World', 'Europe'],
      outletArticleId: expect.stringMatching(/^5\d{3}$/),
      published: { text: expect.stringMatching(/^March \d+, 2024$/) },
    });
    const settings = await options.evaluate(async () => (await chrome.storage.local.get('settings')).settings);
    expect(settings).toMatchObject({ threshold: 0.33, neverRead: ['example.org'] });
    await screenshot(options, 'backup-restored');
  });

  it('refuses a damaged backup, naming its line, and changes nothing', async () => {
    const text = (await readFile(file, 'utf8')).split('\n');
    text[5] = text[5].slice(0, 60);
    await options.reload();
    const before = await dump(options);
    await options
      .locator('input[type="file"]')
      .first()
      .setInputFiles({ name: 'damaged.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(text.join('\n')) });
    await options.getByText('Nothing was restored; your corpus is unchanged.').waitFor({ timeout: 60_000 });
    await options.getByText(/^line 6: not valid JSON/).waitFor();
    expect(await dump(options)).toEqual(before);
    await screenshot(options, 'backup-refused');
  });
});
