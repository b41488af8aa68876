// What reading a page costs the page: the content script's size (gzipped, against its 50 KB budget),
// and the long tasks (over 50 ms) on the page's main thread from its load event until its report is
// ready, in a real Chromium with the e2e build, against the same page in a Chromium without the
// extension. Writes tests/reports/page-cost.md. The end-to-end test tests/e2e/reading.test.ts uses
// the same measurement on typical article pages and logs their long tasks; being timings, they decide
// no test: this report is where they are read.
// Run: npx wxt build --mode e2e && npx tsx scripts/page-cost-report.ts
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser as PlainBrowser, type BrowserContext, type Page } from 'playwright-core';
import type { ReportState } from '../lib/types';
import { findChromium } from './find-chromium';
import { launchWithExtension, type ExtensionBrowser } from './launch-browser';
import { tabIdOf, waitForReport } from './extension-pages';
import { servePages, type PageServer } from './serve-pages';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REPORT_PATH = path.join(PROJECT_ROOT, 'tests/reports/page-cost.md');
export const DATASET_DIR = path.resolve(PROJECT_ROOT, '../shared/datasets/readability-test-pages');

/** The budget of the content script, gzipped. */
export const SCRIPT_BUDGET_BYTES = 50 * 1024;
/** A task longer than this is a long task (the Long Tasks API's own definition). */
export const LONG_TASK_MS = 50;

/** Loads of each page: a shared machine stalls now and then, so one load says little. */
export const RUNS = 3;

/** Larger real pages of the dataset, and a few ordinary news pages, for the report. */
export const REAL_PAGES = [
  'yahoo-2',
  'guardian-1',
  'wikipedia-2',
  'nytimes-5',
  'breitbart',
  'nytimes-1',
  'wapo-1',
  'bbc-1',
  'cnn',
  'lemonde-1',
  'telegraph',
];

export interface ScriptSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** The built content script's size, raw and gzipped (level 9, as a store serves it). */
export function contentScriptSize(buildDir: string): ScriptSize {
  const file = path.join(buildDir, 'content-scripts/content.js');
  const bytes = readFileSync(file);
  return {
    file: path.relative(PROJECT_ROOT, file),
    bytes: bytes.length,
    gzipBytes: gzipSync(bytes, { level: 9 }).length,
  };
}

export interface LongTask {
  start: number;
  duration: number;
}

export interface PageCost {
  url: string;
  state: ReportState | 'none';
  /** The content script's own count of the time it spent reading (ms), when it sent a digest. */
  readMs: number | null;
  /** From the load event to the report being ready, as the test saw it (ms; includes polling). */
  reportMs: number;
  /** Long tasks that started after the load event, until the report was ready. */
  longTasks: LongTask[];
  /** Long tasks before the load event: the page's own loading, for scale. */
  loadLongTasks: LongTask[];
  /** Uncaught errors in the page (the page's own scripts included). */
  pageErrors: string[];
}

/** Installed before any of the page's scripts: records every long task of the page's main thread. */
function observeLongTasks(): void {
  const w = window as unknown as { __longTasks: Array<{ start: number; duration: number }> };
  w.__longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API: nothing recorded.
  }
}

/** Only the loopback servers answer: a real page's scripts, fonts and images elsewhere are refused at once. */
async function keepLocal(page: Page): Promise<void> {
  await page.route('**/*', (route) => {
    const url = route.request().url();
    return /^https?:\/\/127\.0\.0\.1[:/]/.test(url) || url.startsWith('data:') ? route.continue() : route.abort();
  });
}

async function longTasksOf(page: Page): Promise<{ tasks: LongTask[]; loadEnd: number }> {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return {
      tasks: ((window as unknown as { __longTasks?: LongTask[] }).__longTasks ?? []).map((t) => ({
        start: Math.round(t.start),
        duration: Math.round(t.duration),
      })),
      loadEnd: nav?.loadEventEnd ?? 0,
    };
  });
}

/** Opens `url` in the extension's browser and measures what reading it cost the page. */
export async function measurePageCost(browser: ExtensionBrowser, url: string, timeoutMs = 60_000): Promise<PageCost> {
  const page = await browser.context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  try {
    await keepLocal(page);
    await page.addInitScript(observeLongTasks);
    await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    const loadedAt = Date.now();
    const tabId = await tabIdOf(browser, url);
    const report = await waitForReport(browser, tabId, timeoutMs);
    const reportMs = Date.now() - loadedAt;
    // Observer callbacks run after the task they report: give the last one a moment.
    await page.waitForTimeout(150);
    const { tasks, loadEnd } = await longTasksOf(page);
    return {
      url,
      state: report.state,
      readMs: report.page?.readMs ?? null,
      reportMs,
      longTasks: tasks.filter((t) => t.start >= loadEnd),
      loadLongTasks: tasks.filter((t) => t.start < loadEnd),
      pageErrors,
    };
  } finally {
    await page.close();
  }
}

/** The same page in a browser without the extension, watched for as long as the reading took. */
export async function measureBaseline(
  context: BrowserContext,
  url: string,
  watchMs: number,
): Promise<{ longTasks: LongTask[]; loadLongTasks: LongTask[] }> {
  const page = await context.newPage();
  try {
    await keepLocal(page);
    await page.addInitScript(observeLongTasks);
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForTimeout(Math.max(300, watchMs) + 150);
    const { tasks, loadEnd } = await longTasksOf(page);
    return {
      longTasks: tasks.filter((t) => t.start >= loadEnd),
      loadLongTasks: tasks.filter((t) => t.start < loadEnd),
    };
  } finally {
    await page.close();
  }
}

/** The typical article pages: the demo page and the HTML pages of the matching fixtures. */
export function typicalPages(): string[] {
  const match = readdirSync(path.join(PROJECT_ROOT, 'tests/fixtures/match'))
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => `match/${f}`);
  return ['pages/demo-republished.html', ...match];
}

interface Row {
  group: 'typical' | 'real';
  name: string;
  htmlBytes: number;
  /** One per load. */
  costs: PageCost[];
  baselines: Array<{ longTasks: LongTask[]; loadLongTasks: LongTask[] }>;
}

const longest = (tasks: LongTask[]) => tasks.reduce((max, t) => Math.max(max, t.duration), 0);
const taskCell = (tasks: LongTask[]) => (tasks.length ? `${tasks.length} (longest ${longest(tasks)} ms)` : 'none');
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : NaN;
};
/** "1 of 3 (61 ms)": how many loads had a long task, and the longest. */
const runsCell = (runs: LongTask[][]) => {
  const hit = runs.filter((tasks) => tasks.length > 0);
  return hit.length ? `${hit.length} of ${runs.length} (longest ${longest(hit.flat())} ms)` : `0 of ${runs.length}`;
};

function render(
  size: ScriptSize,
  release: ScriptSize | null,
  rows: Row[],
  userAgent: string,
  load: { before: number; after: number },
): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const typical = rows.filter((r) => r.group === 'typical');
  const real = rows.filter((r) => r.group === 'real');
  const table = (list: Row[]) => [
    `| page | HTML | state | readMs (median of ${RUNS}) | report after load (median) | loads with a long task after load | same window, no extension | loads with a long task during load |`,
    '|---|---:|---|---:|---:|---|---|---|',
    ...list.map((r) => {
      const states = [...new Set(r.costs.map((c) => c.state))].join(', ');
      const readMs = median(r.costs.map((c) => c.readMs ?? NaN).filter((n) => !Number.isNaN(n)));
      return `| ${r.name} | ${kb(r.htmlBytes)} | ${states} | ${Number.isNaN(readMs) ? '—' : readMs} | ${median(r.costs.map((c) => c.reportMs))} ms | ${runsCell(r.costs.map((c) => c.longTasks))} | ${runsCell(r.baselines.map((b) => b.longTasks))} | ${runsCell(r.costs.map((c) => c.loadLongTasks))} |`;
    }),
  ];
  const summary = (list: Row[], label: string) => {
    const loads = list.flatMap((r) => r.costs);
    const after = loads.filter((c) => c.longTasks.length > 0);
    const during = loads.filter((c) => c.loadLongTasks.length > 0);
    const readMs = loads.map((c) => c.readMs).filter((n): n is number => n !== null);
    return `${label}: ${loads.length} loads; median \`readMs\` ${median(readMs)} ms (highest ${Math.max(...readMs)}); ${after.length} loads had a long task after load (longest ${longest(after.flatMap((c) => c.longTasks))} ms); for scale, ${during.length} had one during load, before the content script runs.`;
  };
  return [
    '# What reading a page costs the page',
    '',
    'Generated by `npx tsx scripts/page-cost-report.ts` (after `npx wxt build --mode e2e`); do not edit by hand.',
    '',
    '## Content script size',
    '',
    '| build | file | size | gzipped | budget |',
    '|---|---|---:|---:|---:|',
    `| e2e | \`${size.file}\` | ${kb(size.bytes)} | ${kb(size.gzipBytes)} | ${kb(SCRIPT_BUDGET_BYTES)} |`,
    ...(release
      ? [
          `| release | \`${release.file}\` | ${kb(release.bytes)} | ${kb(release.gzipBytes)} | ${kb(SCRIPT_BUDGET_BYTES)} |`,
        ]
      : []),
    '',
    'Most of it is Readability, which the script needs in the page; the engine (matching, figures, sources) stays in the background.',
    '',
    '## Long tasks',
    '',
    `Chromium (${userAgent.replace(/\s*\(.*?\)\s*/g, ' ').trim()}), headless, the e2e build (reading on every site), each page loaded`,
    `${RUNS} times in a new tab. A PerformanceObserver for \`longtask\`, installed before the page's own scripts, records every task`,
    "over 50 ms on the page's main thread, which the content script shares. Tasks are split at the load event: the content",
    'script waits for it, then reads one step per idle period. "After load" is from the load event until the report was',
    'ready; "same window, no extension" is the same page in a Chromium without the extension, watched for as long: what the',
    'page does by itself. "During load" is before the content script runs: on a static 2 KB page, a long task there is the',
    "machine stalling, which measures how noisy the figures are. `readMs` is the content script's own count of its reading",
    'time (the steps only, not the idle waits between them); each read runs in a fresh page, so it includes compiling',
    'Readability and the regular expressions. Requests to anything but the loopback servers are refused, so the real pages',
    'load without their remote scripts, fonts and images.',
    '',
    `Load average of the machine (1 min): ${load.before.toFixed(1)} when the run began, ${load.after.toFixed(1)} when it ended.`,
    '',
    `- ${summary(typical, 'Typical pages')}`,
    ...(real.length ? [`- ${summary(real, 'Real pages')}`] : []),
    '',
    '### Typical article pages (the pages tests/e2e/reading.test.ts reads; its goal: no long task after load)',
    '',
    ...table(typical),
    '',
    '### Real pages from `../shared/datasets/readability-test-pages` (reported, not held)',
    '',
    ...table(real),
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const buildDir = path.join(PROJECT_ROOT, '.output/chrome-mv3-e2e');
  if (!existsSync(buildDir)) throw new Error('No e2e build: run `npx wxt build --mode e2e` first.');
  const size = contentScriptSize(buildDir);
  const releaseDir = path.join(PROJECT_ROOT, '.output/chrome-mv3');
  const release = existsSync(path.join(releaseDir, 'content-scripts/content.js'))
    ? contentScriptSize(releaseDir)
    : null;
  const fixtures: PageServer = await servePages(path.join(PROJECT_ROOT, 'tests/fixtures'));
  const dataset: PageServer | null = existsSync(DATASET_DIR) ? await servePages(DATASET_DIR) : null;
  const browser = await launchWithExtension({ extensionDir: buildDir, headless: true });
  const plain: PlainBrowser = await chromium.launch({
    executablePath: findChromium() ?? undefined,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const plainContext = await plain.newContext({ viewport: { width: 1280, height: 860 } });
  const rows: Row[] = [];
  const loadBefore = loadavg()[0];
  try {
    // The reader is registered once the extension has installed.
    const deadline = Date.now() + 30_000;
    while (
      Date.now() < deadline &&
      (await browser.worker.evaluate(() => (globalThis as any).chrome.scripting.getRegisteredContentScripts()))
        .length === 0
    ) {
      await new Promise((r) => setTimeout(r, 100));
    }
    const userAgent = await browser.worker.evaluate(() => navigator.userAgent);
    const pages: Array<{ group: Row['group']; name: string; url: string; file: string }> = [
      ...typicalPages().map((p) => ({
        group: 'typical' as const,
        name: p,
        url: fixtures.url(p),
        file: path.join(PROJECT_ROOT, 'tests/fixtures', p),
      })),
      ...(dataset
        ? REAL_PAGES.filter((p) => existsSync(path.join(DATASET_DIR, p, 'source.html'))).map((p) => ({
            group: 'real' as const,
            name: p,
            url: dataset.url(`${p}/source.html`),
            file: path.join(DATASET_DIR, p, 'source.html'),
          }))
        : []),
    ];
    for (const p of pages) {
      const row: Row = {
        group: p.group,
        name: p.name,
        htmlBytes: readFileSync(p.file).length,
        costs: [],
        baselines: [],
      };
      for (let run = 0; run < RUNS; run++) {
        // A query per load: each is a new address, read afresh.
        const url = `${p.url}?run=${run}`;
        const cost = await measurePageCost(browser, url);
        row.costs.push(cost);
        row.baselines.push(await measureBaseline(plainContext, url, cost.reportMs));
      }
      rows.push(row);
      console.log(
        `${p.name}: readMs ${row.costs.map((c) => c.readMs).join(' ')}; long tasks after load ${row.costs.map((c) => taskCell(c.longTasks)).join(' | ')}`,
      );
    }
    writeFileSync(REPORT_PATH, render(size, release, rows, userAgent, { before: loadBefore, after: loadavg()[0] }));
    console.log(
      `content script ${(size.gzipBytes / 1024).toFixed(1)} KB gzipped; wrote ${path.relative(PROJECT_ROOT, REPORT_PATH)}`,
    );
  } finally {
    await plain.close();
    await browser.close();
    await fixtures.close();
    await dataset?.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
