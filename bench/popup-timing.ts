// How long the popup takes to show a finished report: from the start of its document to the
// moment the report view and its related-article cards are in the DOM (observed from inside the
// page, so the driver's polling adds nothing).
//
// Beside it, the floor no popup code can go below, measured the same way in the same run: an
// extension page whose single module script adds the same elements (the browser's cost of creating
// an extension page and running one script). The floor pages are written into the build for the run
// and removed after.
import { cpus } from 'node:os';
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../scripts/launch-browser';
import type { BenchClient } from './bench-client';
import { sleep } from './bench-client';

declare global {
  interface Window {
    __benchReport?: number;
    __benchCards?: number;
  }
}

export const FLOOR_STATIC = 'bench-floor-static.html';
export const FLOOR_SCRIPT = 'bench-floor-script.html';
/** Another build's popup, copied into this build for the run (`writeOtherPopup`). */
export const OTHER_POPUP = 'bench-floor-other-popup.html';
const FLOOR_SCRIPT_JS = 'bench-floor-script.js';
const FLOOR_BODY = '<main><div class="report"><article class="related-card">A related article</article></div></main>';

/**
 * Installed in every page of the context; records times in the popup and the floor pages only. A
 * string, not a function: the TypeScript loader would wrap a function's inner helpers in code the
 * page lacks.
 */
const RECORD_RENDER = `(() => {
  if (location.protocol !== 'chrome-extension:' || !(location.pathname === '/popup.html' || location.pathname.startsWith('/bench-floor'))) return;
  const check = () => {
    if (window.__benchReport === undefined && document.querySelector('main .report')) window.__benchReport = performance.now();
    if (window.__benchCards === undefined && document.querySelector('main .related-card')) window.__benchCards = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true });
  document.addEventListener('readystatechange', check);
})();`;

export interface PopupTiming {
  /** The report view (`main .report`) is in the DOM. */
  reportMs: number;
  /** Its first related-article card is in the DOM. */
  cardsMs: number;
  /** Navigation timing, loaded files and the page's own performance marks, ms from the document's start. */
  marks: Record<string, number>;
}

export async function installPopupProbe(browser: ExtensionBrowser): Promise<void> {
  await browser.context.addInitScript({ content: RECORD_RENDER });
}

export function writeFloorPages(extensionDir: string): void {
  const head = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title>';
  writeFileSync(resolve(extensionDir, FLOOR_STATIC), `${head}</head><body>${FLOOR_BODY}</body></html>`);
  writeFileSync(
    resolve(extensionDir, FLOOR_SCRIPT),
    `${head}<script type="module" src="/${FLOOR_SCRIPT_JS}"></script></head><body><div id="app"></div></body></html>`,
  );
  writeFileSync(
    resolve(extensionDir, FLOOR_SCRIPT_JS),
    `document.getElementById('app').innerHTML = ${JSON.stringify(FLOOR_BODY)};\n`,
  );
}

/**
 * Copies another build's popup into this one, to time both in one browser, opening by opening: its
 * page as OTHER_POPUP, its chunks and styles (their names carry a hash of their content, so they do
 * not clash with this build's), and the scripts at its root under a prefixed name. Returns the files
 * written, for `removeFiles`.
 */
export function writeOtherPopup(extensionDir: string, otherDir: string): string[] {
  const written: string[] = [];
  let html = readFileSync(resolve(otherDir, 'popup.html'), 'utf8');
  html = html.replace(/src="\/([\w-]+\.js)"/g, (_, file: string) => {
    copyFileSync(resolve(otherDir, file), resolve(extensionDir, `bench-other-${file}`));
    written.push(`bench-other-${file}`);
    return `src="/bench-other-${file}"`;
  });
  for (const folder of ['chunks', 'assets'])
    for (const file of existsSync(resolve(otherDir, folder)) ? readdirSync(resolve(otherDir, folder)) : []) {
      const to = resolve(extensionDir, folder, file);
      if (existsSync(to)) continue;
      copyFileSync(resolve(otherDir, folder, file), to);
      written.push(`${folder}/${file}`);
    }
  writeFileSync(resolve(extensionDir, OTHER_POPUP), html);
  written.push(OTHER_POPUP);
  return written;
}

export function removeFiles(extensionDir: string, files: string[]): void {
  for (const f of files) rmSync(resolve(extensionDir, f), { force: true });
}

export function removeFloorPages(extensionDir: string): void {
  for (const f of [FLOOR_STATIC, FLOOR_SCRIPT, FLOOR_SCRIPT_JS]) rmSync(resolve(extensionDir, f), { force: true });
}

/** Opens an extension page (`popup.html?tab=…` or a floor page) at the popup's width and reads its times. */
export async function openTimed(browser: ExtensionBrowser, path: string): Promise<PopupTiming> {
  const page: Page = await browser.context.newPage();
  try {
    await page.setViewportSize({ width: 400, height: 600 });
    await page.goto(browser.pageUrl(path));
    await page.waitForFunction(() => window.__benchReport !== undefined && window.__benchCards !== undefined, null, {
      timeout: 15_000,
    });
    return await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const marks: Record<string, number> = {};
      if (nav) {
        marks['nav.responseEnd'] = nav.responseEnd;
        marks['nav.domInteractive'] = nav.domInteractive;
        marks['nav.domContentLoaded'] = nav.domContentLoadedEventEnd;
      }
      for (const r of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
        marks[`load ${new URL(r.name).pathname.replace(/-[\w-]{8}\.(js|css)$/, '.$1')}`] = r.responseEnd;
      }
      for (const m of performance.getEntriesByType('mark')) if (!(m.name in marks)) marks[m.name] = m.startTime;
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      if (paint) marks['paint.first-contentful'] = paint.startTime;
      return { reportMs: window.__benchReport!, cardsMs: window.__benchCards!, marks };
    });
  } finally {
    await page.close();
  }
}

/**
 * Waits until the machine is quiet (under a fifth of one core busy over a second, twice running),
 * at most `maxMs`: after importing a large corpus the browser's database compacts its files for a
 * while, and a popup timed then measures that, not the popup. Returns how long it waited and the
 * busy share of the last second, so the report can say in what state the popup was timed.
 */
export async function waitForQuiet(maxMs = 120_000): Promise<{ waitedMs: number; busyCores: number; quiet: boolean }> {
  const sample = () =>
    cpus().reduce(
      (acc, c) => ({
        idle: acc.idle + c.times.idle,
        total: acc.total + c.times.user + c.times.nice + c.times.sys + c.times.irq + c.times.idle,
      }),
      { idle: 0, total: 0 },
    );
  const t0 = performance.now();
  let calm = 0;
  let busyCores = cpus().length;
  while (performance.now() - t0 < maxMs) {
    const a = sample();
    await sleep(1000);
    const b = sample();
    const total = b.total - a.total;
    busyCores = total > 0 ? ((total - (b.idle - a.idle)) / total) * cpus().length : 0;
    calm = busyCores < 0.2 ? calm + 1 : 0;
    if (calm >= 2) return { waitedMs: performance.now() - t0, busyCores, quiet: true };
  }
  return { waitedMs: performance.now() - t0, busyCores, quiet: false };
}

export interface PopupRuns {
  /** The popup with the service worker running and just stopped (the popup's own opening starts it). */
  warm: PopupTiming[];
  cold: PopupTiming[];
  /** The floor page with one module script, the same two ways, alternated with the popup's runs. */
  floorWarm: PopupTiming[];
  floorCold: PopupTiming[];
  /** The static floor page (no script at all). */
  floorStatic: PopupTiming[];
  /** Another build's popup (OTHER_POPUP), the same two ways, when one is copied in. */
  otherWarm: PopupTiming[];
  otherCold: PopupTiming[];
}

/**
 * Popup and floor timings, alternated run by run so that both see the same machine. The build must
 * hold the floor pages (`writeFloorPages`).
 */
export async function popupTimings(
  browser: ExtensionBrowser,
  client: BenchClient,
  tabId: number,
  runs: number,
  onRun?: (i: number) => void,
  withOther = false,
): Promise<PopupRuns> {
  const popup = `popup.html?tab=${tabId}`;
  const other = `${OTHER_POPUP}?tab=${tabId}`;
  const out: PopupRuns = {
    warm: [],
    cold: [],
    floorWarm: [],
    floorCold: [],
    floorStatic: [],
    otherWarm: [],
    otherCold: [],
  };
  // The first opening of each page reads its files from disk; not counted.
  for (const p of [popup, FLOOR_STATIC, FLOOR_SCRIPT, ...(withOther ? [other] : [])]) await openTimed(browser, p);
  for (let i = 0; i < runs; i++) {
    await client.call('hello');
    out.floorStatic.push(await openTimed(browser, FLOOR_STATIC));
    out.floorWarm.push(await openTimed(browser, FLOOR_SCRIPT));
    // This build's popup and the other's, in turn first, each with the worker running then stopped.
    const pages = withOther ? (i % 2 ? [other, popup] : [popup, other]) : [popup];
    for (const page of pages) {
      await client.call('hello');
      (page === popup ? out.warm : out.otherWarm).push(await openTimed(browser, page));
      await client.stopWorker();
      await sleep(200);
      (page === popup ? out.cold : out.otherCold).push(await openTimed(browser, page));
    }
    await client.call('hello');
    await client.stopWorker();
    await sleep(200);
    out.floorCold.push(await openTimed(browser, FLOOR_SCRIPT));
    onRun?.(i);
  }
  return out;
}
