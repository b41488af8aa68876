// Long work that no message drives (taking back an import cut off by the worker's stop) would be cut
// off in turn: the browser stops a service worker that has made no extension call for 30 seconds,
// and IndexedDB requests are not such calls. An extension call every 20 seconds keeps it running
// until the work ends.
import { browser } from 'wxt/browser';

const EVERY_MS = 20_000;

/** Runs `work` with the worker kept running until it settles. */
export async function whileAwake<T>(work: () => Promise<T>): Promise<T> {
  const timer = setInterval(() => {
    void browser.runtime.getPlatformInfo().catch(() => undefined);
  }, EVERY_MS);
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}
