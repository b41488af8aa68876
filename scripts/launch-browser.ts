// Starts a real Chromium with the built extension loaded, for `npm start`, the end-to-end tests
// and the benchmark. Flags keep it from reaching any network of its own.
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findChromium } from './find-chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** The address of an extension page: `page('popup.html?tab=3')`. */
  pageUrl(path: string): string;
  close(): Promise<void>;
  /** The profile's folder, which names the browser's process (bench/process-cpu.ts); set when launched here. */
  userDataDir?: string;
}

export async function launchWithExtension(
  options: { extensionDir?: string; headless?: boolean; userDataDir?: string } = {},
): Promise<ExtensionBrowser> {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error(
      'No Chromium found. Install it (Debian: apt-get install -y chromium, or run scripts/ensure-chromium.sh) or set CHROMIUM_PATH.',
    );
  }
  const extensionDir = resolve(options.extensionDir ?? '.output/chrome-mv3');
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'reading-context-')));
  const headless = options.headless ?? true;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless,
    viewport: { width: 1280, height: 860 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--disable-gpu',
    ],
  });
  const isExtensionWorker = (w: Worker) => w.url().startsWith('chrome-extension://');
  const worker =
    context.serviceWorkers().find(isExtensionWorker) ??
    (await context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 30_000 }));
  const browser = extensionBrowser(context, worker, async () => {
    await context.close();
    if (!options.userDataDir) await rm(userDataDir, { recursive: true, force: true });
  });
  browser.userDataDir = userDataDir;
  return browser;
}

/**
 * The ExtensionBrowser of a context whose extension runs `firstWorker`. Its `worker` is always the
 * extension's newest live service worker: the browser stops an idle worker and starts a new one, and
 * on a busy machine the handle from launch can already be closed while the live worker is another.
 */
export function extensionBrowser(
  context: BrowserContext,
  firstWorker: Worker,
  close: () => Promise<void>,
): ExtensionBrowser {
  const extensionId = new URL(firstWorker.url()).host;
  const ours = (w: Worker) => w.url().startsWith(`chrome-extension://${extensionId}/`);
  let current = firstWorker;
  context.on('serviceworker', (w: Worker) => {
    if (ours(w)) current = w;
  });
  return {
    context,
    extensionId,
    get worker() {
      const live = context.serviceWorkers().filter(ours);
      if (live.length > 0 && !live.includes(current)) current = live[live.length - 1];
      return current;
    },
    set worker(w: Worker) {
      current = w;
    },
    pageUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    close,
  };
}
