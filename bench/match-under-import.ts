// Matching while an import runs, in a real Chromium through the extension's own code: 20 tabs'
// worth of pages are matched over and over, twenty requests at a time, while an import of N
// generated articles (default 10,000) goes in, a transaction of --chunk articles each (1,000, as
// `npm run bench` imports; the whole file of an options-page import is one transaction). Each match
// is timed inside the worker (its wait for the database included) and as the asking page sees it.
// Then the same pages are matched the same way with nothing else running, for comparison.
//
// The twenty "tabs" are twenty callers of the worker's match hook, each on its own port, as twenty
// tabs' digests reach the worker; the pages' reading, figures and sources are left out.
//
// With --file the articles go in as one JSON Lines file through the import handler, as the options
// page imports a file (parsed, figures and sources read, then written: a large import in steps).
//
// With --merges the articles go in as imports of 10,000 through the staged import, as `npm run bench`
// imports them, and the tabs match while the merges each import leaves to the background run
// (lib/match/merge-queue.ts): a page read just after a large import, against the same pages matched
// once the merges are done. The merges begin once terms have gathered enough records, after the
// fifth or sixth import of 10,000; --size 60000 sees one.
//
// Usage: npm run build:e2e && npx tsx bench/match-under-import.ts [--size 10000] [--chunk 1000] [--file | --merges]
//        [--tabs 20] [--pause 0] [--extension .output/chrome-mv3-e2e]
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from '../scripts/launch-browser';
import { generateArticles } from './generate-corpus';
import { loadSentencePool } from './sentence-pool';
import { benchClient, sleep, type BenchClient, untilInstalled } from './bench-client';
import { benchPages } from './pages';
import { count, ms, summarize } from './stats';
import type { PageToMatch } from '../lib/match/match-page';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const size = Number(option('size', '10000'));
const chunk = Number(option('chunk', '1000'));
const extensionDir = option('extension', '.output/chrome-mv3-e2e');
const asFile = process.argv.includes('--file');
const duringMerges = process.argv.includes('--merges');
/** Tabs matching at once, each its own page. */
const TABS = Number(option('tabs', '20'));
/**
 * A tab's pause between its matches, drawn from 0 to twice this (ms): 0 matches back to back (the
 * most load); some hundreds of ms is a page read now and then, which meets a merge at a random moment.
 */
const PAUSE = Number(option('pause', '0'));
/** Articles an import with --merges. */
const PER_IMPORT = 10_000;
if (!existsSync(resolve(extensionDir, 'manifest.json')))
  throw new Error(`No e2e build in ${extensionDir}: run \`npm run build:e2e\` first.`);

/** TABS callers matching their page over and over until `until()` says stop; every match's times. */
async function matchLoop(client: BenchClient, pages: PageToMatch[], until: () => boolean, rounds?: number) {
  const worker: number[] = [];
  const wall: number[] = [];
  await Promise.all(
    pages.map(async (page) => {
      for (let round = 0; rounds === undefined ? !until() : round < rounds; round++) {
        const r = await client.call('match', [page]);
        worker.push(r[0].ms);
        wall.push(r.wallMs);
        if (PAUSE > 0) await sleep(Math.random() * 2 * PAUSE);
      }
    }),
  );
  return { worker: summarize(worker), wall: summarize(wall), raw: { worker, wall } };
}

const line = (label: string, s: { worker: ReturnType<typeof summarize>; wall: ReturnType<typeof summarize> }) =>
  `  ${label}: ${count(s.worker.n)} matches; in the worker p50 ${ms(s.worker.p50)}, p95 ${ms(s.worker.p95)}, max ${ms(s.worker.max)}; as the tab sees it p50 ${ms(s.wall.p50)}, p95 ${ms(s.wall.p95)}, max ${ms(s.wall.max)}`;

const pool = loadSentencePool();
const generated = generateArticles(size + 10, 42, pool);
const articles = generated.slice(0, size);
// Ten excerpts of articles the import brings and ten new articles on their topics: twenty tabs.
const pages = benchPages(articles, generated.slice(size), 10)
  .filter((p) => p.kind !== 'real')
  .slice(0, TABS);

const browser = await launchWithExtension({ extensionDir, headless: true });
try {
  const client = await benchClient(browser);
  await untilInstalled(client);
  // Warm: each page once.
  for (const p of pages) await client.call('match', [p]);

  if (duringMerges) await mergesRun(client);
  else await importRun(client);
} finally {
  await browser.close();
}

/**
 * Imports of PER_IMPORT; after each, the tabs match until the merges it left are done. Prints the
 * matches that ran while a merge did, and the same pages matched after.
 */
async function mergesRun(client: BenchClient): Promise<void> {
  const worker: number[] = [];
  const wall: number[] = [];
  let mergeMs = 0;
  let importMs = 0;
  let merged = 0;
  for (let i = 0; i < size; i += PER_IMPORT) {
    const part = articles.slice(i, Math.min(size, i + PER_IMPORT));
    for (let k = 0; k < part.length; k += chunk) await client.call('stageArticles', part.slice(k, k + chunk));
    const r = await client.call('importStaged', true);
    if (r.added !== part.length) throw new Error(`the import added ${r.added} of ${part.length}`);
    importMs += r.ms;
    let done = false;
    const before = merged;
    const settled = client.call('mergesSettled').then((s) => {
      done = true;
      return s;
    });
    const loop = await matchLoop(client, pages, () => done);
    const s = await settled;
    merged = s.merged;
    // Counted only when this import's merges ran (the loop's first round runs in any case).
    if (merged === before) continue;
    mergeMs += s.ms;
    worker.push(...loop.raw.worker);
    wall.push(...loop.raw.wall);
    console.log(
      `  after the import onto ${count(i)}: ${count(merged - before)} terms merged in ${ms(s.ms)}, ${count(loop.raw.worker.length)} matches meanwhile`,
    );
  }
  if (worker.length === 0) throw new Error(`no import of ${count(size)} articles left merges: try a larger --size`);
  const during = { worker: summarize(worker), wall: summarize(wall) };
  const idle = await matchLoop(client, pages, () => true, Math.max(1, Math.round(worker.length / TABS)));
  console.log(
    `Matching ${TABS} tabs while the merges of imports of ${count(PER_IMPORT)} run, ${count(size)} articles in all (${count((size / importMs) * 1000)} articles/s imported), Chromium headless:`,
  );
  console.log(line(`while ${ms(mergeMs)} of merging ran`, during));
  console.log(line(`after them, ${count(size)} articles, nothing else running`, idle));
}

/** Matches while the import runs, then the same pages with nothing else running. */
async function importRun(client: BenchClient): Promise<void> {
  let importing = true;
  const t0 = performance.now();
  const importRun = (async () => {
    let added = 0;
    if (asFile) {
      const text = articles
        .map((a) =>
          JSON.stringify({
            title: a.title,
            outlet: a.outlet?.name,
            published: a.published?.iso,
            paragraphs: a.paragraphs,
          }),
        )
        .join('\n');
      const report = await client.call('importFiles', [{ name: 'bench-import.jsonl', text }]);
      if (!report.ok) throw new Error(`the import was refused: ${report.message}`);
      added = report.added;
    } else
      for (let i = 0; i < size; i += chunk)
        added += (await client.call('importArticles', articles.slice(i, i + chunk))).added;
    importing = false;
    return added;
  })();
  const during = await matchLoop(client, pages, () => !importing);
  const added = await importRun;
  const importMs = performance.now() - t0;
  if (added !== size) throw new Error(`the import added ${added} of ${size}`);
  const idle = await matchLoop(client, pages, () => true, Math.max(1, Math.round(during.worker.n / TABS)));

  console.log(
    `Matching ${TABS} tabs while ${count(size)} articles are imported (${asFile ? 'one file through the import handler' : `${count(chunk)} a transaction`}), Chromium headless:`,
  );
  console.log(
    `  the import took ${ms(importMs)} (${count((size / importMs) * 1000)} articles/s) with the matches running`,
  );
  console.log(line('during the import', during));
  console.log(line(`after it, ${count(size)} articles, nothing else running`, idle));
}
