// `npm run bench`: the scale benchmark in a real Chromium, through the extension's own code.
//
// For each corpus size (default 1,000, 10,000 and 100,000 generated articles) a fresh browser
// profile gets the e2e build of the extension; the articles are imported through the store's
// import transaction in the service worker, then the same pages are matched with the worker warm
// and just started; the worker's heap is read after each step. In the same worker the same
// articles are indexed with MiniSearch and the same pages asked as a More Like This query. Once
// per run: figures and sources of a 5,000-word article, a whole import of files, and the popup's
// time to show a finished report. Tables are printed as they come; the report is written to
// bench/RESULTS.md (and the raw figures to bench/results.json).
//
// Usage: npx tsx bench/run.ts [--sizes 1000,10000,100000] [--chunk 1000] [--per-import 10000] [--cold 15] [--out bench/RESULTS.md] [--no-write] [--from bench/results.json]
//                             [--extension .output/chrome-mv3-e2e]
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { launchWithExtension } from '../scripts/launch-browser';
import { servePages } from '../scripts/serve-pages';
import { tabIdOf, waitForReport } from '../scripts/extension-pages';
import { findChromium } from '../scripts/find-chromium';
import { prepareDoc } from '../lib/match/index-articles';
import { analyzeText } from '../lib/corpus/analyze-article';
import type { Article } from '../lib/types';
import { generateArticles } from './generate-corpus';
import { loadSentencePool } from './sentence-pool';
import { benchClient, sleep, type BenchClient, untilInstalled } from './bench-client';
import { benchPages, longArticle, type BenchPage } from './pages';
import { installPopupProbe, popupTimings, removeFloorPages, waitForQuiet, writeFloorPages } from './popup-timing';
import { bytes, count, ms, ratio, summarize, type Summary } from './stats';
import {
  writeReport,
  type BenchRun,
  type FlexResult,
  type Found,
  type SinglesResult,
  type OnceResults,
  type SizeResult,
} from './report';

const EXCERPT_PAGES = 30;
const COVERAGE_PAGES = 20;
const WARM_ROUNDS = 2;
const MINI_COLD_RUNS = 5;
const POPUP_RUNS = 20;
const LONG_ARTICLE_WORDS = 5000;
const ANALYZE_RUNS = 50;
const ANALYZE_WARMUP = 10;

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const sizes = option('sizes', '1000,10000,100000')
  .split(',')
  .map((s) => Number(s.replace(/[_k]/g, (c) => (c === 'k' ? '000' : ''))));
const coldRuns = Number(option('cold', '15'));
/** Articles kept one at a time onto each corpus (the "keep what I read" path), then matched again. */
const SINGLES = Number(option('singles', '50'));
/** The corpus itself is made of kept articles: past 20,000 each article kept evicts the oldest. */
const KEPT_CORPUS = process.argv.includes('--kept');
/** Articles per import call (one import transaction each). */
const CHUNK = Number(option('chunk', '1000'));
/** Articles an import (a file each), as the import handler takes them in steps. */
const PER_IMPORT = Number(option('per-import', '10000'));
/**
 * MiniSearch and FlexSearch run at sizes up to this one (default: every size). MiniSearch keeps its whole
 * index in memory and saves it as one JSON string, and FlexSearch's commits slow with size, so the cost
 * curve past 100,000 (`--sizes 1000,10000,100000,300000 --others-up-to 10000`) runs ours alone there.
 */
const OTHERS_UP_TO = Number(option('others-up-to', 'Infinity'));
/**
 * At sizes up to this one, our import and FlexSearch's are timed again in PAIRED_ROUNDS more fresh
 * browsers, ours then FlexSearch's each time: at 1,000 articles each import takes about a second, and
 * one pair of them swings with the machine (1.13× to 1.55× across whole runs), so the goal takes
 * the median of the pairs' ratios, the run's own pair among them.
 */
const PAIRED_UP_TO = Number(option('paired-up-to', '1000'));
const PAIRED_ROUNDS = Number(option('paired-rounds', '4'));
const outPath = resolve(option('out', 'bench/RESULTS.md'));
const write = !process.argv.includes('--no-write');
/** The e2e build (site access granted, bench hooks exposed); another copy can be given to keep it apart from parallel builds. */
const EXTENSION_DIR = option('extension', '.output/chrome-mv3-e2e');

function checkBuild(): void {
  const manifest = resolve(EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifest))
    throw new Error(
      `No e2e build in ${EXTENSION_DIR}: run \`npm run build:e2e\` (or \`npx wxt build --mode e2e\`) first.`,
    );
  const background = readFileSync(resolve(EXTENSION_DIR, 'background.js'), 'utf8');
  if (!background.includes('reading-context-bench'))
    throw new Error(`${EXTENSION_DIR} has no bench hooks: rebuild it with \`npx wxt build --mode e2e\`.`);
}

function machine(): BenchRun['machine'] {
  const chromium = findChromium();
  let chromiumVersion = 'unknown';
  try {
    chromiumVersion = execFileSync(chromium ?? 'chromium', ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    // left unknown
  }
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB total, ${(freemem() / 2 ** 30).toFixed(1)} GiB free at start`,
    node: process.version,
    chromium: chromiumVersion,
    date: new Date().toISOString(),
    loadBefore: loadavg()
      .map((l) => l.toFixed(2))
      .join(' '),
    loadAfter: '',
  };
}

const log = (line = '') => console.log(line);
const table = (rows: string[][]) => {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const r of rows)
    log('  ' + r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('   '));
};

async function heap(client: BenchClient): Promise<number | null> {
  return client.workerHeap().catch(() => null);
}

async function runSize(
  n: number,
  pool: string[],
  once: boolean,
): Promise<{ size: SizeResult; once: OnceResults | null; corpus: Article[] }> {
  log(`\n== ${count(n)} articles ==`);
  let t = performance.now();
  const generated = generateArticles(n + COVERAGE_PAGES, 42, pool);
  // Same seed and the same number of topics: the first n are the corpus, the rest new coverage of its topics.
  // Marked as the import handler marks a file's articles (entrypoints/background/import.ts), so that
  // they are indexed by how they came as a user's import is.
  const corpus = generated
    .slice(0, n)
    .map((a) => ({ ...a, addedBy: KEPT_CORPUS ? ('kept' as const) : ('imported' as const) }));
  const fresh = generated.slice(n);
  const words = Math.round(corpus.reduce((s, a) => s + a.paragraphs.join(' ').split(' ').length, 0) / n);
  log(`  generated in ${ms(performance.now() - t)} (~${words} words an article)`);

  const browser = await launchWithExtension({ extensionDir: EXTENSION_DIR, headless: true });
  await installPopupProbe(browser);
  const server = await servePages('tests/fixtures/pages');
  try {
    const client = await benchClient(browser);
    await untilInstalled(client);
    const heapBase = await heap(client);

    // Import as the import handler imports a file of more than 250 articles: in steps
    // (lib/match/staged-import.ts), PER_IMPORT articles an import (a file each). The articles reach the
    // worker a chunk per message, untimed; the time is the import's inside the worker, and end to end.
    let workerMs = 0;
    const steps: Record<string, number> = {};
    t = performance.now();
    for (let i = 0; i < n; i += PER_IMPORT) {
      const end = Math.min(n, i + PER_IMPORT);
      for (let k = i; k < end; k += CHUNK)
        await client.call('stageArticles', corpus.slice(k, Math.min(k + CHUNK, end)));
      const r = await client.call('importStaged');
      workerMs += r.ms;
      for (const [step, ms] of Object.entries(r.steps)) steps[step] = (steps[step] ?? 0) + ms;
      if (r.added !== end - i) throw new Error(`import added ${r.added} of ${end - i}`);
      if (n > PER_IMPORT)
        process.stdout.write(`  imported ${count(end)} (${count((end / workerMs) * 1000)}/s in the worker)\r`);
    }
    const wallMs = performance.now() - t;
    // The merges the imports left run in the background; the matches below are timed after them.
    // (A build from before it merged in the background has no such operation: nothing to wait for.)
    const settled = await client.call('mergesSettled').catch(() => ({ merged: 0, busyMs: 0, ms: 0 }));
    const merges = { terms: settled.merged, busyMs: settled.busyMs, afterMs: settled.ms };
    if (merges.terms > 0)
      log(
        `  merged in the background: ${count(merges.terms)} terms, ${ms(merges.busyMs)} of merging, ended ${ms(merges.afterMs)} after the last import`,
      );
    // The text work of the same articles alone, in the same worker: what the import would cost with no database.
    const textSample = corpus.slice(0, Math.min(n, 1000));
    const textMs = ((await client.call('prepareOnly', textSample)).ms / textSample.length) * n;
    log(
      `  imported ${count(n)} in ${ms(workerMs)} inside the worker (${count((n / workerMs) * 1000)}/s), ${ms(wallMs)} end to end (${count((n / wallMs) * 1000)}/s)`,
    );
    const heapAfterImport = await heap(client);

    t = performance.now();
    const stores = await client.call('storeSizes');
    log(`  store sizes read in ${ms(performance.now() - t)}`);

    // Warm matches: every page once to warm up, then WARM_ROUNDS rounds.
    const pages = benchPages(corpus, fresh, EXCERPT_PAGES);
    const found = (ids: string[][], pagesOf: BenchPage[]) => ({
      excerptTop1: pagesOf.filter((p, i) => p.kind === 'excerpt' && ids[i][0] === p.expect).length,
      excerpts: pagesOf.filter((p) => p.kind === 'excerpt').length,
      coverageMatched: pagesOf.filter((p, i) => p.kind === 'coverage' && ids[i].length > 0).length,
      coverage: pagesOf.filter((p) => p.kind === 'coverage').length,
    });
    for (const p of pages) await client.call('match', [p]);
    const warmWorker: number[] = [];
    const warmSteps: Record<string, number[]> = {};
    const warmWall: number[] = [];
    let ourIds: string[][] = [];
    for (let round = 0; round < WARM_ROUNDS; round++) {
      ourIds = [];
      for (const p of pages) {
        const r = await client.call('match', [p]);
        warmWorker.push(r[0].ms);
        for (const [step, stepMs] of Object.entries(r[0].steps)) (warmSteps[step] ??= []).push(stepMs);
        warmWall.push(r.wallMs);
        ourIds.push(r[0].ids);
      }
    }
    const ourFound = found(ourIds, pages);
    const heapAfterWarm = await heap(client);

    // Just started: the worker stopped, then woken by the bench page's request, which matches first thing.
    const cold = {
      total: [] as number[],
      wall: [] as number[],
      match: [] as number[],
      startup: [] as number[],
      uptime: [] as number[],
    };
    for (let i = 0; i < coldRuns; i++) {
      await client.stopWorker();
      await sleep(300);
      const r = await client.call('coldMatch', pages[i % pages.length]);
      if (r.uptimeMs > 5000) throw new Error(`the worker was not restarted (up for ${ms(r.uptimeMs)})`);
      cold.total.push(r.totalMs);
      cold.wall.push(r.wallMs);
      cold.match.push(r.matchMs);
      cold.startup.push(r.startupMs);
      cold.uptime.push(r.uptimeMs);
    }
    const heapAfterCold = await heap(client);

    // MiniSearch and FlexSearch in a fresh worker each: the same articles, the same pages.
    const others = n <= OTHERS_UP_TO ? await runOthers(client, pages, found) : null;
    if (!others) log(`  MiniSearch and FlexSearch not run at ${count(n)} (--others-up-to ${count(OTHERS_UP_TO)})`);

    // Articles kept one at a time onto the corpus, then the same pages matched again.
    const singles = await runSingles(client, n, pool, pages);

    // The popup on a page whose report is ready (the demo page republishes a bundled article).
    const demo = await browser.context.newPage();
    const demoUrl = server.url('demo-republished.html');
    await demo.goto(demoUrl);
    const tabId = await tabIdOf(browser, demoUrl);
    const report = await waitForReport(browser, tabId, 60_000);
    if (report.state !== 'ready' || report.matches.length === 0)
      throw new Error(`the demo page's report is ${report.state} with ${report.matches.length} matches`);
    // Timed once the machine is quiet: right after a large import the browser's database compacts
    // its files for a while, which a person opening the popup later does not wait for.
    const quiet = await waitForQuiet();
    log(
      `  popup timed after the machine was ${quiet.quiet ? 'quiet' : 'still busy'} (${ms(quiet.waitedMs)} waited, ${quiet.busyCores.toFixed(2)} cores busy)`,
    );
    const popup = await popupTimings(browser, client, tabId, POPUP_RUNS);

    let onceResults: OnceResults | null = null;
    if (once) onceResults = await runOnce(client, pool);

    const size: SizeResult = {
      n,
      words,
      import: { workerMs, wallMs, chunk: CHUNK, perImport: PER_IMPORT, textMs, steps, merges },
      heap: { base: heapBase, afterImport: heapAfterImport, afterWarm: heapAfterWarm, afterCold: heapAfterCold },
      stores: stores.sizes,
      usage: stores.usage,
      warm: {
        worker: summarize(warmWorker),
        wall: summarize(warmWall),
        found: ourFound,
        pages: pages.length,
        steps: Object.fromEntries(Object.entries(warmSteps).map(([k, v]) => [k, summarize(v)])),
      },
      cold: {
        total: summarize(cold.total),
        wall: summarize(cold.wall),
        match: summarize(cold.match),
        startup: summarize(cold.startup),
        uptime: summarize(cold.uptime),
      },
      mini: others?.mini,
      flex: others?.flex,
      singles,
      popup: {
        warm: summarize(popup.warm.map((p) => p.cardsMs)),
        cold: summarize(popup.cold.map((p) => p.cardsMs)),
        reportWarm: summarize(popup.warm.map((p) => p.reportMs)),
        floorWarm: summarize(popup.floorWarm.map((p) => p.cardsMs)),
        floorCold: summarize(popup.floorCold.map((p) => p.cardsMs)),
        quiet,
      },
    };
    printSize(size);
    return { size, once: onceResults, corpus };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Our import of `corpus` and FlexSearch's of the same articles, each pair in a fresh browser. */
async function importPairs(corpus: Article[], rounds: number): Promise<Array<{ ours: number; theirs: number }>> {
  const pairs: Array<{ ours: number; theirs: number }> = [];
  for (let round = 0; round < rounds; round++) {
    const browser = await launchWithExtension({ extensionDir: EXTENSION_DIR, headless: true });
    try {
      const client = await benchClient(browser);
      await untilInstalled(client);
      let workerMs = 0;
      for (let i = 0; i < corpus.length; i += PER_IMPORT) {
        const end = Math.min(corpus.length, i + PER_IMPORT);
        for (let k = i; k < end; k += CHUNK)
          await client.call('stageArticles', corpus.slice(k, Math.min(k + CHUNK, end)));
        const r = await client.call('importStaged');
        if (r.added !== end - i) throw new Error(`import added ${r.added} of ${end - i}`);
        workerMs += r.ms;
      }
      await client.stopWorker();
      const flex = await client.call('flexBuild', CHUNK);
      await client.call('flexDrop');
      pairs.push({ ours: rate(corpus.length, workerMs), theirs: rate(flex.docs, flex.indexMs) });
      const last = pairs[pairs.length - 1];
      log(
        `  import pair ${round + 1} of ${rounds}: ours ${count(last.ours)}/s, FlexSearch ${count(last.theirs)}/s (${ratio(last.ours, last.theirs)})`,
      );
    } finally {
      await browser.close();
    }
  }
  return pairs;
}

/** MiniSearch (built in memory, saved as JSON) and FlexSearch (persisted in IndexedDB) on the corpus just imported. */
async function runOthers(
  client: BenchClient,
  pages: BenchPage[],
  found: (ids: string[][], pagesOf: BenchPage[]) => Found,
): Promise<{ mini: NonNullable<SizeResult['mini']>; flex: FlexResult }> {
  // MiniSearch in a fresh worker: the same articles, the same pages.
  await client.stopWorker();
  await client.call('hello');
  const heapMiniBase = await heap(client);
  const build = await client.call('miniBuild');
  if (build.saveError)
    log(`  MiniSearch's index (${bytes(build.jsonChars)} of JSON) could not be saved: ${build.saveError}`);
  const heapMini = await heap(client);
  for (const p of pages) await client.call('miniMatch', [p]);
  const miniWarm: number[] = [];
  const miniSearchOnly: number[] = [];
  let miniIds: string[][] = [];
  for (let round = 0; round < WARM_ROUNDS; round++) {
    miniIds = [];
    for (const p of pages) {
      const r = await client.call('miniMatch', [p]);
      miniWarm.push(r[0].ms);
      miniSearchOnly.push(r[0].searchMs);
      miniIds.push(r[0].ids);
    }
  }
  const miniFound = found(miniIds, pages);
  const miniCold = { total: [] as number[], wall: [] as number[], load: [] as number[] };
  for (let i = 0; i < MINI_COLD_RUNS; i++) {
    await client.stopWorker();
    await sleep(300);
    const r = await client.call('miniColdMatch', pages[i % pages.length]).catch((error: Error) => {
      log(`  MiniSearch could not load its saved index: ${error.message.split('\n')[0]}`);
      return null;
    });
    if (!r) break;
    miniCold.total.push(r.totalMs);
    miniCold.wall.push(r.wallMs);
    miniCold.load.push(r.readMs + r.loadMs);
  }
  await client.stopWorker();
  await client.call('miniDrop');

  // FlexSearch 0.8 persisted in IndexedDB, in a fresh worker: the same articles, the same pages.
  const flex = await runFlexSearch(client, pages, found);
  return {
    mini: {
      docs: build.docs,
      indexMs: build.indexMs,
      jsonChars: build.jsonChars,
      heap: heapMini !== null && heapMiniBase !== null ? heapMini - heapMiniBase : null,
      warm: summarize(miniWarm),
      searchOnly: summarize(miniSearchOnly),
      cold: miniCold.total.length ? summarize(miniCold.total) : null,
      coldWall: miniCold.wall.length ? summarize(miniCold.wall) : null,
      coldLoad: miniCold.load.length ? summarize(miniCold.load) : null,
      found: miniFound,
    },
    flex,
  };
}

/** FlexSearch with its IndexedDB adapter: persisted import, storage, heap, warm and just-started matches. */
async function runFlexSearch(
  client: BenchClient,
  pages: BenchPage[],
  found: (ids: string[][], p: BenchPage[]) => Found,
): Promise<FlexResult> {
  await client.stopWorker();
  await client.call('hello');
  const heapBase = await heap(client);
  const build = await client.call('flexBuild', CHUNK);
  const heapBuilt = await heap(client);
  for (const p of pages) await client.call('flexMatch', [p]);
  const warm: number[] = [];
  const searchOnly: number[] = [];
  let ids: string[][] = [];
  for (let round = 0; round < WARM_ROUNDS; round++) {
    ids = [];
    for (const p of pages) {
      const r = await client.call('flexMatch', [p]);
      warm.push(r[0].ms);
      searchOnly.push(r[0].searchMs);
      ids.push(r[0].ids);
    }
  }
  const heapWarm = await heap(client);
  const cold = { total: [] as number[], wall: [] as number[] };
  let heapCold: number | null = null;
  for (let i = 0; i < coldRuns; i++) {
    await client.stopWorker();
    await sleep(300);
    const r = await client.call('flexColdMatch', pages[i % pages.length]);
    cold.total.push(r.totalMs);
    cold.wall.push(r.wallMs);
    if (i === 0) heapCold = await heap(client);
  }
  await client.call('flexDrop');
  await client.stopWorker();
  log(
    `  FlexSearch: ${count(rate(build.docs, build.indexMs))}/s persisted, warm p50 ${ms(summarize(warm).p50)}, just started p95 ${ms(summarize(cold.total).p95)}`,
  );
  return {
    docs: build.docs,
    indexMs: build.indexMs,
    usage: build.usage,
    heap: { base: heapBase, built: heapBuilt, warm: heapWarm, cold: heapCold },
    warm: summarize(warm),
    searchOnly: summarize(searchOnly),
    cold: summarize(cold.total),
    coldWall: summarize(cold.wall),
    found: found(ids, pages),
  };
}

const rate = (n: number, msTaken: number) => (n / msTaken) * 1000;

/** SINGLES articles kept one at a time (p50/p95 each), then the pages matched warm on the grown corpus. */
async function runSingles(
  client: BenchClient,
  n: number,
  pool: string[],
  pages: BenchPage[],
): Promise<SinglesResult | null> {
  if (SINGLES <= 0) return null;
  const extra = generateArticles(SINGLES, 4343 + n, pool).map((a) => ({ ...a, addedBy: 'kept' as const }));
  const kept = await client.call('keepEach', extra);
  for (const p of pages) await client.call('match', [p]);
  const after: number[] = [];
  for (const p of pages) after.push((await client.call('match', [p]))[0].ms);
  const add = summarize(kept.times);
  const match = summarize(after);
  log(
    `  ${count(SINGLES)} articles kept one at a time: p50 ${ms(add.p50)}, p95 ${ms(add.p95)} each (${count(kept.evicted)} evicted); warm match after: p50 ${ms(match.p50)}, p95 ${ms(match.p95)}`,
  );
  return { add, evicted: kept.evicted, matchAfter: match, keptCorpus: KEPT_CORPUS };
}

/** Measured once per run: figures and sources of a long article, a whole import of files. */
async function runOnce(client: BenchClient, pool: string[]): Promise<OnceResults> {
  const text = longArticle(LONG_ARTICLE_WORDS);
  const idb = await client.call('idbCalibrate', 5000);
  log(
    `\n  IndexedDB on this machine: ${idb.putUs} µs a put, ${idb.getUs} µs a get (5,000 small records, issued at once)`,
  );
  // Sixty runs, the first ten left out as warm-up (the engine compiles the code as it runs it).
  const analysis = await client.call('analyze', text, ANALYZE_RUNS + ANALYZE_WARMUP);
  const nodeTimes: number[] = [];
  for (let i = 0; i < ANALYZE_RUNS + ANALYZE_WARMUP; i++) {
    const t0 = performance.now();
    analyzeText(text);
    nodeTimes.push(performance.now() - t0);
  }
  // A whole import: one JSON Lines file of 1,000 new articles through the import handler.
  const extra = generateArticles(1000, 4242, pool);
  const jsonl = extra
    .map((a) =>
      JSON.stringify({ title: a.title, outlet: a.outlet?.name, published: a.published?.iso, paragraphs: a.paragraphs }),
    )
    .join('\n');
  const files = await client.call('importFiles', [{ name: 'bench-import.jsonl', text: jsonl }]);
  if (!files.ok) throw new Error(`the file import failed: ${files.message}`);
  const once: OnceResults = {
    longArticle: {
      words: text.split(/\s+/).length,
      worker: summarize(analysis.times.slice(ANALYZE_WARMUP)),
      node: summarize(nodeTimes.slice(ANALYZE_WARMUP)),
      figures: analysis.figures,
      sources: analysis.sources,
    },
    fileImport: { articles: files.added, ms: files.ms, bytes: jsonl.length },
    idb: { putUs: idb.putUs, getUs: idb.getUs },
  };
  log(
    `  figures and sources of a ${count(once.longArticle.words)}-word article: p50 ${ms(once.longArticle.worker.p50)}, p95 ${ms(once.longArticle.worker.p95)} in the worker (${once.longArticle.figures} figures, ${once.longArticle.sources} sources)`,
  );
  log(
    `  a file import of ${count(files.added)} articles (parse, figures, sources, store, index): ${ms(files.ms)}, ${count((files.added / files.ms) * 1000)} articles/s`,
  );
  return once;
}

function printSize(s: SizeResult): void {
  const ours = (s.n / s.import.workerMs) * 1000;
  const m = s.mini;
  const theirs = m ? (m.docs / m.indexMs) * 1000 : null;
  const indexBytes =
    s.stores.docs.bytes + s.stores.postings.bytes + (s.stores.postingBlocks?.bytes ?? 0) + (s.stores.terms?.bytes ?? 0);
  log('');
  if (!m)
    log(
      `  import ${count(ours)} articles/s; warm match p50 ${ms(s.warm.worker.p50)}, p95 ${ms(s.warm.worker.p95)}; cold p50 ${ms(s.cold.total.p50)}, p95 ${ms(s.cold.total.p95)}; excerpts found first ${s.warm.found.excerptTop1}/${s.warm.found.excerpts}`,
    );
  else
    table([
      ['', 'reading-context', 'MiniSearch', 'ratio'],
      ['import / index (articles/s)', count(ours), count(theirs!), ratio(ours, theirs)],
      ['index size', bytes(indexBytes), bytes(m.jsonChars), ratio(indexBytes, m.jsonChars)],
      ['worker heap with the index', bytes(s.heap.afterCold), bytes(m.heap), ratio(s.heap.afterCold, m.heap)],
      ['warm match p50', ms(s.warm.worker.p50), ms(m.warm.p50), ratio(s.warm.worker.p50, m.warm.p50)],
      ['warm match p95', ms(s.warm.worker.p95), ms(m.warm.p95), ratio(s.warm.worker.p95, m.warm.p95)],
      ['cold match p50', ms(s.cold.total.p50), ms(m.cold?.p50), ratio(s.cold.total.p50, m.cold?.p50)],
      ['cold match p95', ms(s.cold.total.p95), ms(m.cold?.p95), ratio(s.cold.total.p95, m.cold?.p95)],
      [
        'excerpt found first',
        `${s.warm.found.excerptTop1}/${s.warm.found.excerpts}`,
        `${m.found.excerptTop1}/${m.found.excerpts}`,
        '',
      ],
    ]);
  log(
    `  import end to end (with transfer from Node): ${count((s.n / s.import.wallMs) * 1000)}/s; warm round trip p95 ${ms(s.warm.wall.p95)}; cold incl. worker start p50 ${ms(s.cold.wall.p50)}, p95 ${ms(s.cold.wall.p95)}`,
  );
  log(
    `  worker heap: ${bytes(s.heap.base)} before import, ${bytes(s.heap.afterImport)} after, ${bytes(s.heap.afterWarm)} after warm matches, ${bytes(s.heap.afterCold)} just started + one match`,
  );
  log(
    `  warm match by step, p50: ${Object.entries(s.warm.steps)
      .map(([k, v]) => `${k} ${ms(v.p50)}`)
      .join(', ')}`,
  );
  log(`  import: text work ${ms(s.import.textMs)} of ${ms(s.import.workerMs)} in the worker`);
  log(
    `  popup shows the report's cards: p50 ${ms(s.popup.warm.p50)} / p95 ${ms(s.popup.warm.p95)} (worker running), p50 ${ms(s.popup.cold.p50)} / p95 ${ms(s.popup.cold.p95)} (worker stopped)`,
  );
  if (s.popup.floorWarm)
    log(
      `  floor (an extension page with one trivial script): p50 ${ms(s.popup.floorWarm.p50)} / p95 ${ms(s.popup.floorWarm.p95)} (worker running), p50 ${ms(s.popup.floorCold?.p50)} / p95 ${ms(s.popup.floorCold?.p95)} (stopped)`,
    );
}

/** The text work of indexing alone, in Node: what the worker pays per article besides IndexedDB. */
function nodeTextWork(pool: string[]): Summary & { perArticle: number } {
  const articles: Article[] = generateArticles(2000, 99, pool);
  for (const a of articles.slice(0, 300)) prepareDoc(a);
  const times: number[] = [];
  const t0 = performance.now();
  for (const a of articles.slice(300)) {
    const t = performance.now();
    prepareDoc(a);
    times.push(performance.now() - t);
  }
  return { ...summarize(times), perArticle: (performance.now() - t0) / (articles.length - 300) };
}

// `--from results.json`: write the report again from figures already measured (the report's wording
// changed, not the measurements).
const from = process.argv.includes('--from') ? option('from', 'bench/results.json') : null;
if (from) {
  writeReport(outPath, JSON.parse(readFileSync(from, 'utf8')) as BenchRun);
  log(`Wrote ${outPath} from ${from}`);
  process.exit(0);
}
checkBuild();
const run: BenchRun = {
  machine: machine(),
  sizes: [],
  once: null,
  nodePrepare: null,
  command: `npx tsx bench/run.ts --sizes ${sizes.join(',')} --chunk ${CHUNK}${PER_IMPORT !== 10000 ? ` --per-import ${PER_IMPORT}` : ''} --cold ${coldRuns} --singles ${SINGLES}${KEPT_CORPUS ? ' --kept' : ''}${Number.isFinite(OTHERS_UP_TO) ? ` --others-up-to ${OTHERS_UP_TO}` : ''}`,
};
log(
  `Reading Context benchmark — ${run.machine.cpu}, ${run.machine.cores} cores, ${run.machine.chromium}, Node ${run.machine.node}; load average ${run.machine.loadBefore}`,
);
const pool = loadSentencePool();
run.nodePrepare = nodeTextWork(pool);
log(`text work of indexing in Node (prepareDoc): ${run.nodePrepare.perArticle.toFixed(3)} ms an article`);
const started = performance.now();
writeFloorPages(EXTENSION_DIR);
try {
  for (const [i, n] of sizes.entries()) {
    const { size, once, corpus } = await runSize(n, pool, i === 0);
    if (size.flex && n <= PAIRED_UP_TO && PAIRED_ROUNDS > 0)
      size.importPairs = [
        { ours: rate(n, size.import.workerMs), theirs: rate(size.flex.docs, size.flex.indexMs) },
        ...(await importPairs(corpus, PAIRED_ROUNDS)),
      ];
    run.sizes.push(size);
    run.once ??= once;
    // Written after each size, so that a long run interrupted keeps what it measured.
    if (write) save(run);
  }
} finally {
  removeFloorPages(EXTENSION_DIR);
}
run.machine.loadAfter = loadavg()
  .map((l) => l.toFixed(2))
  .join(' ');
run.totalMs = performance.now() - started;
log(`\nDone in ${ms(run.totalMs)}; load average ${run.machine.loadAfter} (was ${run.machine.loadBefore}).`);
if (write) {
  save(run);
  log(`Wrote ${outPath}`);
}

function save(r: BenchRun): void {
  r.machine.loadAfter = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  writeReport(outPath, r);
  writeFileSync(
    outPath.replace(/\.md$/, '.json').replace(/RESULTS\.json$/, 'results.json'),
    JSON.stringify(r, null, 2) + '\n',
  );
}
