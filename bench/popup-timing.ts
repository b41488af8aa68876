// How long the popup takes to show a finished report: from the start of its document to the
// moment the report view and its related-article cards are in the DOM (observed from inside the
// page, so the driver's polling adds nothing).
import type { ExtensionBrowser } from '../scripts/launch-browser';
import type { BenchClient } from './bench-client';
import { sleep } from './bench-client';

declare global {
  interface Window {
    __benchReport?: number;
    __benchCards?: number;
  }
}

/**
 * Installed in every page of the context; records times in the popup only. A string, not a
 * function: the TypeScript loader would wrap a function's inner helpers in code the page lacks.
 */
const RECORD_POPUP_RENDER = `(() => {
  if (location.protocol !== 'chrome-extension:' || location.pathname !== '/popup.html') return;
  const check = () => {
    if (window.__benchReport === undefined && document.querySelector('main .report')) window.__benchReport = performance.now();
    if (window.__benchCards === undefined && document.querySelector('main .related-card')) window.__benchCards = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true });
})();`;

export interface PopupTiming {
  /** The report view (`main .report`) is in the DOM. */
  reportMs: number;
  /** Its first related-article card is in the DOM. */
  cardsMs: number;
}

export async function installPopupProbe(browser: ExtensionBrowser): Promise<void> {
  await browser.context.addInitScript({ content: RECORD_POPUP_RENDER });
}

/** Opens `popup.html?tab=…` at the popup's width and reads when its report was rendered. */
export async function openPopupTimed(browser: ExtensionBrowser, tabId: number): Promise<PopupTiming> {
  const page = await browser.context.newPage();
  try {
    await page.setViewportSize({ width: 400, height: 600 });
    await page.goto(browser.pageUrl(`popup.html?tab=${tabId}`));
    await page.waitForFunction(() => window.__benchReport !== undefined && window.__benchCards !== undefined, null, { timeout: 15_000 });
    return await page.evaluate(() => ({ reportMs: window.__benchReport!, cardsMs: window.__benchCards! }));
  } finally {
    await page.close();
  }
}

/** Popup timings with the service worker running (warm) and just stopped (the popup's request starts it). */
export async function popupTimings(browser: ExtensionBrowser, client: BenchClient, tabId: number, runs: number): Promise<{ warm: PopupTiming[]; cold: PopupTiming[] }> {
  const warm: PopupTiming[] = [];
  const cold: PopupTiming[] = [];
  await openPopupTimed(browser, tabId); // the first popup loads its scripts from disk
  for (let i = 0; i < runs; i++) {
    await client.call('hello');
    warm.push(await openPopupTimed(browser, tabId));
    await client.stopWorker();
    await sleep(200);
    cold.push(await openPopupTimed(browser, tabId));
  }
  return { warm, cold };
}
