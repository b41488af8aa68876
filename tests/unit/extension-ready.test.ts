// waitUntilReady and liveWorker (scripts/extension-pages.ts), which `npm start`, the end-to-end tests
// and the benchmark use, on a stand-in browser context: the worker handle from launch may be closed
// while another worker of the extension is live, or no worker may be running for a while.
import { EventEmitter } from 'node:events';
import type { BrowserContext, Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { extensionBrowser } from '../../scripts/launch-browser';
import { liveWorker, waitUntilReady } from '../../scripts/extension-pages';

const ID = 'abcdefghijklmnopabcdefghijklmnop';

/** A worker whose evaluate() answers `ready`, or throws as a closed Playwright handle does. */
function fakeWorker(state: { closed: boolean; ready: boolean }): Worker & { calls: number } {
  const w = {
    calls: 0,
    url: () => `chrome-extension://${ID}/background.js`,
    evaluate: async (fn: unknown) => {
      w.calls++;
      if (state.closed) throw new Error('worker.evaluate: Target page, context or browser has been closed');
      // liveWorker asks whether chrome.runtime exists; waitUntilReady whether the extension installed.
      return String(fn).includes('chrome.runtime.id') ? true : state.ready;
    },
  };
  return w as unknown as Worker & { calls: number };
}

/** A context whose live service workers are `live`, announcing new ones with the 'serviceworker' event. */
function fakeContext(live: Worker[]): BrowserContext & { start(w: Worker): void } {
  const events = new EventEmitter();
  const context = {
    serviceWorkers: () => [...live],
    on: (event: string, listener: (...args: unknown[]) => void) => events.on(event, listener),
    waitForEvent: (event: string, options: { predicate?: (w: Worker) => boolean; timeout?: number }) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('timeout')), options.timeout ?? 30_000);
        events.on(event, (w: Worker) => {
          if (options.predicate && !options.predicate(w)) return;
          clearTimeout(timer);
          resolve(w);
        });
      }),
    start(w: Worker) {
      live.push(w);
      events.emit('serviceworker', w);
    },
  };
  return context as unknown as BrowserContext & { start(w: Worker): void };
}

describe('waiting for the extension to install', () => {
  it('asks the live worker when the handle from launch is already closed', async () => {
    const first = fakeWorker({ closed: true, ready: false });
    const second = fakeWorker({ closed: false, ready: true });
    const browser = extensionBrowser(fakeContext([second]), first, async () => undefined);
    await waitUntilReady(browser, 5_000);
    expect(second.calls).toBeGreaterThan(0);
    expect(browser.worker).toBe(second);
  });

  it('waits for a worker to start when none is running, then for the install to end', async () => {
    const first = fakeWorker({ closed: true, ready: false });
    const context = fakeContext([]);
    const browser = extensionBrowser(context, first, async () => undefined);
    const state = { closed: false, ready: false };
    const next = fakeWorker(state);
    setTimeout(() => context.start(next), 300);
    setTimeout(() => (state.ready = true), 600);
    await waitUntilReady(browser, 10_000);
    expect(browser.worker).toBe(next);
    await expect(liveWorker(browser, 1_000)).resolves.toBe(next);
  });

  it('fails with the reason when the extension never installs', async () => {
    const browser = extensionBrowser(
      fakeContext([]),
      fakeWorker({ closed: false, ready: false }),
      async () => undefined,
    );
    await expect(waitUntilReady(browser, 600)).rejects.toThrow(/did not finish installing .*not there yet/);
  });
});
