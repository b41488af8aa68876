// The content script: once the page has loaded and the browser is idle, it reads the page (one step per
// idle slot, see lib/page/read-page.ts) and sends the background a digest, or says the page is not an
// article. It reads again when the address changes in place (single-page sites), or when the background
// injects it again on a click, and draws the figure marks the background sends (when turned on).
// It stops quietly when the extension is reloaded or updated under it.
import { browser } from 'wxt/browser';
import type { Request } from '@/lib/messages';
import { isReaderable, readPageSteps } from '@/lib/page/read-page';
import { runSteps, type Schedule } from '@/lib/page/run-steps';
import { isFigureMarksMessage } from '@/lib/check-message';
import { pageHighlights } from './page-highlights';
import { sendWithRetry } from '@/lib/page/send-digest';
import { SITES } from '@/lib/reading-rules';

/** The longest a step waits for an idle period before it runs anyway. */
const IDLE_TIMEOUT_MS = 2000;
/** After an in-page navigation, time for the site to render the new article before it is read. */
const SETTLE_MS = 1200;

const withoutHash = (href: string) => href.split('#')[0];

export default defineContentScript({
  // Registered by the background (automatic reading, when the user granted access to all sites) or
  // injected into one tab on a click; never declared in the manifest, so it needs no host access.
  registration: 'runtime',
  matches: SITES,
  runAt: 'document_idle',
  allFrames: false,
  main(ctx) {
    if (window.top !== window) return;
    // A click-to-read injection into a page that already has a reader just reads again.
    const marker = '__readingContextReader';
    const w = window as unknown as Record<string, (() => void) | undefined>;
    if (w[marker]) {
      w[marker]!();
      return;
    }

    const schedule: Schedule = (run) => {
      if (typeof requestIdleCallback === 'function') ctx.requestIdleCallback(() => run(), { timeout: IDLE_TIMEOUT_MS });
      else ctx.setTimeout(run, 0);
    };
    const marks = pageHighlights(document, schedule, () => ctx.isInvalid);

    async function send(message: Request, mine: number): Promise<void> {
      // A background starting up is tried again; a reload or update orphans this copy: stop it.
      const outcome = await sendWithRetry(
        () => browser.runtime.sendMessage(message),
        () => ctx.isInvalid || mine !== generation,
        (ms) => new Promise((r) => ctx.setTimeout(r, ms)),
      );
      if (outcome === 'orphaned') ctx.abort('Extension context invalidated');
    }

    /** Reads the page if it is an article; yields between steps so each runs in its own idle slot. */
    function* readIfArticle(): Generator<void, Request, void> {
      const url = location.href;
      const started = performance.now();
      const readerable = isReaderable(document);
      if (!readerable) return { type: 'page-skipped', url, reason: 'not-article' };
      const checkMs = performance.now() - started;
      yield;
      const digest = yield* readPageSteps(document, url, { readerable });
      digest.readMs = Math.round(((digest.readMs ?? 0) + checkMs) * 10) / 10;
      return { type: 'page-digest', digest };
    }

    // Each read has a number; a newer read (the address changed) makes an older one stop.
    let generation = 0;
    async function readAndSend(): Promise<void> {
      const mine = ++generation;
      try {
        const message = await runSteps(readIfArticle(), schedule, () => ctx.isInvalid || mine !== generation);
        if (message && mine === generation) await send(message, mine);
      } catch (error) {
        await send(
          {
            type: 'page-skipped',
            url: location.href,
            reason: 'error',
            detail: String((error as Error)?.message ?? error).slice(0, 300),
          },
          mine,
        );
      }
    }

    // Never during load: wait for the load event, then for idleness.
    w[marker] = () => void readAndSend();
    ctx.onInvalidated(() => {
      w[marker] = undefined;
    });
    if (document.readyState === 'complete') void readAndSend();
    else ctx.addEventListener(window, 'load', () => void readAndSend(), { once: true });

    // WXT watches the address (Navigation API, or polling) since pushState is invisible from here.
    let lastAddress = withoutHash(location.href);
    let settleTimer: number | undefined;
    ctx.addEventListener(window, 'wxt:locationchange', (event) => {
      const address = withoutHash(event.newUrl.href);
      if (address === lastAddress) return; // a hash-only change: same article
      lastAddress = address;
      generation++;
      marks.clear();
      clearTimeout(settleTimer);
      settleTimer = ctx.setTimeout(() => void readAndSend(), SETTLE_MS);
    });

    // Marks in the page, when the user turned them on: the background sends them after each reading.
    const onMarks = (message: unknown, sender: { id?: string }): undefined => {
      if (sender.id === browser.runtime.id && !ctx.isInvalid && isFigureMarksMessage(message))
        marks.show(message.marks);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMarks);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMarks);
      marks.clear();
    });
  },
});
