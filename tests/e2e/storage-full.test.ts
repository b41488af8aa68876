// A full disk in the real browser: the e2e build's `storage` hook (entrypoints/background/test-hooks.ts)
// refuses every new article as Chromium does when no room is left (the transaction aborted, an error
// named QuotaExceededError), while deleting still works. A bundled corpus update that meets it lands
// not at all; the options page still lists and searches the corpus, says "Storage is full: delete
// articles or free disk space" with the counts, deletes an article and refuses an import with the
// same words; once room is made, the update's retry (the alarm's work) lands whole and the note goes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { corpusCounts, screenshot, startHarness, type Harness } from './harness';
import { openExtensionPage } from '../../scripts/extension-pages';
import type { Article } from '../../lib/types';

declare const chrome: any;

interface StorageHooks {
  setDiskFull(full: boolean): Promise<{ full: boolean; refused: number }>;
  markCorpusOutdated(): Promise<{ ok: boolean }>;
  retryUpdate(): Promise<{ ok: boolean; outcome: { changed: boolean; version: string } | null; error: string | null }>;
  state(): Promise<{
    health: { fullSince: number | null; update: { attempts: number; error: string } | null };
    installed: string | null;
    bundled: string;
  }>;
}
type HookName = keyof StorageHooks;

let h: Harness;
let options: Page;

/** Calls one of the worker's storage hooks. */
function hook<K extends HookName>(name: K, ...args: Parameters<StorageHooks[K]>): ReturnType<StorageHooks[K]> {
  return h.browser.worker.evaluate(
    ([n, a]) =>
      (
        globalThis as unknown as { readingContext: { storage: Record<string, (...x: unknown[]) => unknown> } }
      ).readingContext.storage[n](...a),
    [name, args] as [string, unknown[]],
  ) as ReturnType<StorageHooks[K]>;
}

const FULL = 'Storage is full: delete articles or free disk space';

beforeAll(async () => {
  h = await startHarness();
  options = await openExtensionPage(h.browser, 'options.html#corpus', 1000, 900);
  // Two articles of the user's, imported while there is room.
  await options.locator('input[type="file"]').first().setInputFiles('tests/fixtures/import/feed-dates.json');
  await options
    .getByText(/Imported 2 articles/)
    .first()
    .waitFor();
});
afterAll(async () => {
  await hook('setDiskFull', false).catch(() => undefined);
  await h?.close();
});

describe('a bundled corpus update that meets a full disk, in Chromium', () => {
  let before: Awaited<ReturnType<typeof corpusCounts>>;

  it('lands not at all, and the failure is kept as "storage full"', async () => {
    before = await corpusCounts(h.browser);
    expect(before.user).toBe(2);
    expect(before.bundled).toBeGreaterThan(0);
    // The database holds another release's corpus: this version's has to be written, and the disk is full.
    await hook('markCorpusOutdated');
    await hook('setDiskFull', true);
    const attempt = await hook('retryUpdate');
    expect(attempt.ok).toBe(false);
    expect(attempt.error).toMatch(/tried again later/);
    const state = await hook('state');
    expect(state.installed).toBe('e2e-previous-release');
    expect(state.health.fullSince).not.toBeNull();
    expect(state.health.update).toMatchObject({ attempts: 1 });
    expect(state.health.update!.error).toMatch(/No room left/);
    expect(await corpusCounts(h.browser)).toEqual(before);
  });

  it('the options page lists and searches the corpus and says storage is full, with the counts', async () => {
    await options.reload();
    const note = options.locator('.corpus-problem');
    await note.waitFor();
    const text = await note.innerText();
    expect(text).toContain(`${FULL}.`);
    expect(text).toContain(`Your corpus: ${before.total.toLocaleString('en')} articles,`);
    expect(text).toMatch(/of storage used\. Next try of the update: \d\d:\d\d/);
    await options.getByText('Council approves new harbour wall').first().waitFor();
    await options.getByLabel('Search the corpus').fill('ferry');
    await options.getByText('Ferry service resumes after winter storms').first().waitFor();
    await screenshot(options, 'options-storage-full');
    await options.getByLabel('Search the corpus').fill('');
  });

  it('exports every article while full', async () => {
    const exported = await options.evaluate(
      () => chrome.runtime.sendMessage({ type: 'export-corpus' }) as Promise<Article[]>,
    );
    expect(exported).toHaveLength(before.total);
  });

  it('deletes an article while full', async () => {
    await options.getByRole('button', { name: 'Delete “Council approves new harbour wall”' }).click();
    await options
      .getByRole('group', { name: 'Delete “Council approves new harbour wall”?' })
      .getByRole('button', { name: 'Delete', exact: true })
      .click();
    await options.getByRole('button', { name: 'Delete “Council approves new harbour wall”' }).waitFor({
      state: 'detached',
    });
    const after = await corpusCounts(h.browser);
    expect(after.user).toBe(1);
    expect(after.titles).not.toContain('Council approves new harbour wall');
  });

  it('refuses an import with the storage-full message, and nothing of it lands', async () => {
    const counts = await corpusCounts(h.browser);
    await options.locator('input[type="file"]').first().setInputFiles('tests/fixtures/import/earthquake-followup.txt');
    await options.getByText(`${FULL}, then try again. Nothing was imported.`).first().waitFor();
    expect(await corpusCounts(h.browser)).toEqual(counts);
    expect((await corpusCounts(h.browser)).titles).not.toContain(
      'Quake death toll passes 2,300 as rescuers reach cut-off valley',
    );
  });

  it('once room is made, the retry lands whole and the note goes', async () => {
    const cleared = await hook('setDiskFull', false);
    // The update and the import were both refused by the full disk, not by anything else.
    expect(cleared.refused).toBeGreaterThanOrEqual(2);
    const attempt = await hook('retryUpdate');
    expect(attempt).toMatchObject({ ok: true, outcome: { changed: true } });
    const state = await hook('state');
    expect(state.installed).toBe(state.bundled);
    expect(state.health).toEqual({ fullSince: null, update: null });
    const counts = await corpusCounts(h.browser);
    expect(counts).toMatchObject({ bundled: before.bundled, user: 1 });
    await options.reload();
    await options.getByText('Ferry service resumes after winter storms').first().waitFor();
    expect(await options.locator('.corpus-problem').count()).toBe(0);
  });
});
