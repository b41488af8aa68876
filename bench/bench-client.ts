// The benchmark's hold on the extension in Chromium: calls to the service worker's bench hooks
// (entrypoints/background/test-hooks.ts) through a port opened from an extension page, and the
// DevTools protocol for what the extension cannot see itself: stopping its service worker and
// reading the worker's JavaScript heap after a garbage collection.
//
// A port from a page, not Playwright's Worker handle: the worker is stopped and started again many
// times, and a handle dies with the worker it was taken from, while a port wakes a stopped worker
// exactly as a message from the popup or a content script does.
import type { CDPSession, Page } from 'playwright-core';
import type { BenchOp, BenchOps } from '../entrypoints/background/test-hooks';
import type { ExtensionBrowser } from '../scripts/launch-browser';

const BENCH_PORT = 'reading-context-bench';

// Code passed to evaluate() runs in an extension page, where `chrome` is defined.
declare const chrome: any;

type Result<O extends BenchOp> = Awaited<ReturnType<BenchOps[O]>>;

export interface BenchClient {
  /** Calls a bench operation in the service worker (waking it if stopped); `wallMs` is the round trip seen from the page. */
  call<O extends BenchOp>(op: O, ...args: Parameters<BenchOps[O]>): Promise<Result<O> & { wallMs: number }>;
  /** Stops the extension's service worker, as the browser does after it has been idle. */
  stopWorker(): Promise<void>;
  /** The service worker's used JS heap in bytes after forced garbage collections; null when it is not running. */
  workerHeap(): Promise<number | null>;
  /** The page the calls are made from (an extension page that runs nothing of its own). */
  page: Page;
}

export async function benchClient(browser: ExtensionBrowser): Promise<BenchClient> {
  const page = await browser.context.newPage();
  // An extension page with no script of its own: it adds no listener and no work of its own.
  await page.goto(browser.pageUrl('icon/16.png'));
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');

  const call = async (op: BenchOp, ...args: unknown[]) => {
    const { value, wallMs } = await page.evaluate(
      ([name, op, args]) =>
        new Promise<{ value: unknown; wallMs: number }>((ok, fail) => {
          const t0 = performance.now();
          const port = chrome.runtime.connect({ name });
          port.onMessage.addListener((m: { ok: boolean; value?: unknown; error?: string }) => {
            port.disconnect();
            if (m.ok) ok({ value: m.value, wallMs: performance.now() - t0 });
            else fail(new Error(m.error));
          });
          port.onDisconnect.addListener(() =>
            fail(
              new Error(
                `the service worker closed the port (${chrome.runtime.lastError?.message ?? 'no reason given'})`,
              ),
            ),
          );
          port.postMessage({ op, args });
        }),
      [BENCH_PORT, op, args] as const,
    );
    return Array.isArray(value) ? Object.assign(value, { wallMs }) : { ...(value as object), wallMs };
  };

  return {
    page,
    call: call as BenchClient['call'],
    async stopWorker() {
      await cdp.send('ServiceWorker.stopAllWorkers');
      // The stop is acknowledged before the worker is gone: wait until no target of it is left.
      for (let i = 0; i < 50 && (await workerTargetId(cdp, browser.extensionId)); i++) await sleep(20);
    },
    workerHeap: () => workerHeap(cdp, browser.extensionId),
  };
}

async function workerTargetId(cdp: CDPSession, extensionId: string): Promise<string | null> {
  const { targetInfos } = await cdp.send('Target.getTargets');
  return (
    targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`))
      ?.targetId ?? null
  );
}

/**
 * Attaches to the worker's target through the page's session (non-flattened: Playwright's sessions
 * cannot be opened on a worker), collects garbage twice and reads the heap's used size.
 */
async function workerHeap(cdp: CDPSession, extensionId: string): Promise<number | null> {
  const targetId = await workerTargetId(cdp, extensionId);
  if (!targetId) return null;
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  let next = 0;
  const pending = new Map<number, (m: { result?: any; error?: { message: string } }) => void>();
  const onMessage = (event: { sessionId?: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const m = JSON.parse(event.message);
    pending.get(m.id)?.(m);
    pending.delete(m.id);
  };
  cdp.on('Target.receivedMessageFromTarget', onMessage);
  const send = (method: string) =>
    new Promise<any>((ok, fail) => {
      const id = ++next;
      pending.set(id, (m) => (m.error ? fail(new Error(`${method}: ${m.error.message}`)) : ok(m.result)));
      void cdp
        .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params: {} }) })
        .catch(fail);
    });
  try {
    await send('HeapProfiler.collectGarbage');
    await send('HeapProfiler.collectGarbage');
    const usage = await send('Runtime.getHeapUsage');
    return usage.usedSize as number;
  } finally {
    cdp.off('Target.receivedMessageFromTarget', onMessage);
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until the extension has installed: its page reader registered and the bundled corpus loaded. */
export async function untilInstalled(client: BenchClient): Promise<void> {
  for (let i = 0; !(await client.call('ready')).reader; i++) {
    if (i > 150) throw new Error('the extension did not finish installing');
    await sleep(200);
  }
}
