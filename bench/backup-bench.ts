// Backup and restore at scale, in the real Chromium, through the options page as a user does it: N
// generated articles imported (bench hooks), "Back up the corpus" clicked (the Blob download, as
// where the browser has no save dialog), the corpus wiped (back to the bundled articles), the file
// imported back. Reports the time of each, the file's size, and the JS heap of the options page (its
// peak, sampled every 200 ms) and of the service worker (after garbage collection, sampled every
// second: what it holds, not its transient peak). Needs an e2e build (npm run build:e2e).
//
//   npx tsx bench/backup-bench.ts [N]          # default 100,000 articles
//
// BENCH_EXTENSION_DIR picks another built extension (default .output/chrome-mv3-e2e), so that two
// builds can be measured one after the other under the same load.
import { stat } from 'node:fs/promises';
import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension } from '../scripts/launch-browser';
import { openExtensionPage } from '../scripts/extension-pages';
import { benchClient, sleep, type BenchClient, untilInstalled } from './bench-client';
import { generateArticles } from './generate-corpus';
import { loadSentencePool } from './sentence-pool';
import { bytes, count, ms } from './stats';

const N = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 100_000);
const CHUNK = 1000;
const EXTENSION_DIR = process.env.BENCH_EXTENSION_DIR || '.output/chrome-mv3-e2e';

/** Samples a heap while `run` runs; returns its result, its time and the largest sample. */
async function measured<T>(
  run: () => Promise<T>,
  samples: Array<{ every: number; read: () => Promise<number | null> }>,
): Promise<{ value: T; ms: number; peaks: number[] }> {
  const peaks = samples.map(() => 0);
  let done = false;
  const loops = samples.map(async (s, i) => {
    while (!done) {
      peaks[i] = Math.max(peaks[i], (await s.read().catch(() => null)) ?? 0);
      await sleep(s.every);
    }
  });
  const t0 = performance.now();
  try {
    const value = await run();
    return { value, ms: performance.now() - t0, peaks };
  } finally {
    done = true;
    await Promise.all(loops);
  }
}

const pageHeap = (cdp: CDPSession) => async () =>
  ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;

async function main(): Promise<void> {
  console.log(`Backup and restore of ${count(N)} articles through the options page (${EXTENSION_DIR})`);
  const pool = loadSentencePool();
  const articles = generateArticles(N, 42, pool);
  const browser = await launchWithExtension({ extensionDir: EXTENSION_DIR, headless: true });
  try {
    const client: BenchClient = await benchClient(browser);
    await untilInstalled(client);
    let t = performance.now();
    for (let i = 0; i < N; i += CHUNK) {
      const r = await client.call('importArticles', articles.slice(i, i + CHUNK));
      if (r.added !== Math.min(CHUNK, N - i)) throw new Error(`import added ${r.added} of ${Math.min(CHUNK, N - i)}`);
    }
    console.log(`  corpus loaded in ${ms(performance.now() - t)}`);

    await browser.context.addInitScript(() => delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker);
    const options: Page = await openExtensionPage(browser, 'options.html#corpus', 1000, 900);
    const cdp = await browser.context.newCDPSession(options);
    const heaps = [
      { every: 200, read: pageHeap(cdp) },
      { every: 1000, read: () => client.workerHeap() },
    ];
    const pageBase = await pageHeap(cdp)();
    const workerBase = (await client.workerHeap()) ?? 0;

    const backup = await measured(async () => {
      const [download] = await Promise.all([
        options.waitForEvent('download', { timeout: 0 }),
        options.getByRole('button', { name: 'Back up the corpus' }).click(),
      ]);
      const path = (await download.path())!;
      await options.getByText(/^Backed up [\d,]+ articles/).waitFor({ timeout: 0 });
      return path;
    }, heaps);
    const file = backup.value;
    const size = (await stat(file)).size;

    t = performance.now();
    await client.call('reset');
    console.log(`  wiped (bundled articles only) in ${ms(performance.now() - t)}`);

    await options.reload();
    const restore = await measured(async () => {
      await options.locator('input[type="file"]').first().setInputFiles(file);
      await options.getByText(/^Restored [\d,]+ articles from|Nothing was restored/).waitFor({ timeout: 0 });
      return options.locator('.import-report').innerText();
    }, heaps);
    if (!/Restored [\d,]+ articles/.test(restore.value) || !restore.value.includes(`Restored ${count(N)} articles`))
      throw new Error(`the restore did not land whole: ${restore.value}`);

    const rows = [
      ['', 'time', 'articles/s', 'page heap peak', 'worker heap peak (after GC)'],
      ['back up', ms(backup.ms), count((N / backup.ms) * 1000), bytes(backup.peaks[0]), bytes(backup.peaks[1])],
      ['restore', ms(restore.ms), count((N / restore.ms) * 1000), bytes(restore.peaks[0]), bytes(restore.peaks[1])],
    ];
    console.log(
      `  backup file: ${bytes(size)} (${bytes(size / N)} an article); page heap at rest ${bytes(pageBase)}, worker heap at rest ${bytes(workerBase)}`,
    );
    for (const r of rows)
      console.log('  ' + r.map((c, i) => (i === 0 ? c.padEnd(8) : c.padStart(i === 4 ? 28 : 15))).join(' '));
    console.log(`  ${restore.value.split('\n').find((l) => l.includes('Restored'))}`);
  } finally {
    await browser.close();
  }
}

await main();
