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
// Usage: npm run build:e2e && npx tsx bench/match-under-import.ts [--size 10000] [--chunk 1000] [--file] [--extension .output/chrome-mv3-e2e]
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from '../scripts/launch-browser';
import { generateArticles } from './generate-corpus';
import { loadSentencePool } from './sentence-pool';
import { benchClient, sleep, type BenchClient } from './bench-client';
import { benchPages } from './pages';
import { count, ms, summarize } from './stats';
import type { PageToMatch } from '../lib/match/match-page';

const TABS = 20;

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const size = Number(option('size', '10000'));
const chunk = Number(option('chunk', '1000'));
const extensionDir = option('extension', '.output/chrome-mv3-e2e');
const asFile = process.argv.includes('--file');
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
      }
    }),
  );
  return { worker: summarize(worker), wall: summarize(wall) };
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
  for (let i = 0; !(await client.call('ready')).reader; i++) {
    if (i > 150) throw new Error('the extension did not finish installing');
    await sleep(200);
  }
  // Warm: each page once.
  for (const p of pages) await client.call('match', [p]);

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
} finally {
  await browser.close();
}
