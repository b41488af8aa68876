// Hands a page's reading to the background. A background that is starting (the browser stopped an
// idle service worker, or is waking it) may not be listening yet: the message is tried again a few
// times rather than lost, which would leave the page's report saying "Reading…" for good. An
// extension reloaded or updated under the page is final: the caller's copy of the script stops.

/** Waits between tries, in milliseconds: about 7 seconds in all. */
export const SEND_RETRY_MS = [100, 300, 600, 1000, 2000, 3000];

export type SendOutcome = 'sent' | 'orphaned' | 'cancelled' | 'failed';

export const isContextInvalidated = (error: unknown) =>
  /context invalidated/i.test(String((error as Error)?.message ?? error));

/**
 * Sends with `send` until it is taken. Stops at once when the extension context is invalidated
 * ('orphaned') or `cancelled()` turns true (a newer reading, an orphaned script); 'failed' after the
 * last try.
 */
export async function sendWithRetry(
  send: () => Promise<unknown>,
  cancelled: () => boolean,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  delays: readonly number[] = SEND_RETRY_MS,
): Promise<SendOutcome> {
  for (let attempt = 0; ; attempt++) {
    if (cancelled()) return 'cancelled';
    try {
      await send();
      return 'sent';
    } catch (error) {
      if (isContextInvalidated(error)) return 'orphaned';
      if (attempt >= delays.length) return 'failed';
    }
    await wait(delays[attempt]);
  }
}
