// Starts a real Firefox (Debian's Firefox ESR) with the built extension installed, for the Firefox
// end-to-end tests and `npm start -- --firefox`. Puppeteer drives it over WebDriver BiDi (no
// geckodriver). Three things differ from Chromium:
// - the extension's address is chosen ahead: the `extensions.webextensions.uuids` preference gives
//   its add-on id a fixed UUID, so its pages are at `moz-extension://<EXTENSION_UUID>/`;
// - BiDi may not navigate a tab to a `moz-extension://` address, so a tab is sent to the loopback
//   address `/__extension-page/<path>` and the e2e build turns it into its own page (see
//   entrypoints/background/test-pages.ts); the tab then reads as `about:blank` to the driver, and
//   scripts and screenshots work in it as in any tab;
// - every request Firefox would send off the machine goes to a recording proxy on the loopback
//   address, which refuses it: `offLoopback` lists them (loopback itself is never proxied).
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The gecko id of wxt.config.ts. */
export const ADDON_ID = 'reading-context@reading-context.invalid';
/** The UUID given to the add-on in every test profile, so its pages have a known address. */
export const EXTENSION_UUID = '5e0b6c2a-7f4d-4c1e-9a3b-2d8f6e1c0a57';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;
export const EXTENSION_PAGE_PREFIX = '/__extension-page/';

/**
 * Firefox ESR polls its remote-settings service whatever the profile's preferences say (only a
 * system-wide policy stops it); those requests, refused by the proxy, are Firefox's, not the
 * extension's, which has no host permission for them and makes no request at all.
 */
export const FIREFOX_OWN =
  /^CONNECT (firefox\.settings\.services\.mozilla\.com|content-signature-2\.cdn\.mozilla\.net):443$/;

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr'];

export function findFirefox(): string | null {
  for (const p of [process.env.FIREFOX_PATH, ...CANDIDATES]) if (p && existsSync(p)) return p;
  return null;
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** The address of an extension page: `pageUrl('popup.html?tab=3')`. */
  pageUrl(path: string): string;
  /** Opens an extension page (popup.html?tab=3, sidepanel.html, options.html) in a new tab of the given size. */
  openExtensionPage(path: string, width?: number, height?: number): Promise<Page>;
  /** Runs `fn` in an extension page with the background's window (MV2 and MV3 event pages): tests' way into the background. */
  control: Page;
  /** Requests that tried to leave the loopback address, with the address they asked for. */
  offLoopback: string[];
  /** The same, less Firefox's own remote-settings polls (see FIREFOX_OWN). */
  offLoopbackNotFirefox(): string[];
  close(): Promise<void>;
}

/** A forward proxy that records every request and answers none of them. */
async function recordingProxy(log: string[]): Promise<{ port: number; server: Server }> {
  const server = createServer((req, res) => {
    log.push(`${req.method} ${req.url}`);
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    log.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  return { port: typeof address === 'object' && address ? address.port : 0, server };
}

export async function launchFirefox(
  options: { extensionDir?: string; headless?: boolean; prefs?: Record<string, unknown> } = {},
): Promise<FirefoxWithExtension> {
  const executablePath = findFirefox();
  if (!executablePath)
    throw new Error(
      'No Firefox found. Install it (Debian: apt-get install -y firefox-esr, or run scripts/ensure-firefox.sh) or set FIREFOX_PATH.',
    );
  const extensionDir = resolve(options.extensionDir ?? '.output/firefox-mv2-e2e');
  if (!existsSync(join(extensionDir, 'manifest.json')))
    throw new Error(`No extension built in ${extensionDir}: run npm run build:e2e:firefox`);
  const offLoopback: string[] = [];
  const proxy = await recordingProxy(offLoopback);
  const pages = createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Opening</title>'),
  );
  await new Promise<void>((ok) => pages.listen(0, '127.0.0.1', ok));
  const pagesAddress = pages.address();
  const pagesOrigin = `http://127.0.0.1:${typeof pagesAddress === 'object' && pagesAddress ? pagesAddress.port : 0}`;
  const userDataDir = await mkdtemp(join(tmpdir(), 'reading-context-firefox-'));

  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: options.headless ?? true,
    userDataDir,
    defaultViewport: { width: 1280, height: 860 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
      // Everything bound off the machine goes to the recording proxy; loopback never does.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.no_proxies_on': '127.0.0.1, localhost',
      'network.proxy.allow_hijacking_localhost': false,
      'network.dns.disablePrefetch': true,
      'network.prefetch-next': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.provider.mozilla.updateURL': '',
      'browser.region.network.url': '',
      'browser.region.update.enabled': false,
      'extensions.systemAddon.update.enabled': false,
      'extensions.blocklist.enabled': false,
      'toolkit.telemetry.enabled': false,
      'toolkit.telemetry.server': '',
      'browser.ping-centre.telemetry': false,
      'messaging-system.rsexperimentloader.enabled': false,
      'app.shield.optoutstudies.enabled': false,
      'browser.discovery.enabled': false,
      'extensions.getAddons.showPane': false,
      'browser.topsites.contile.enabled': false,
      'identity.fxaccounts.enabled': false,
      // Tabs the extension opens are ordinary tabs for the driver.
      'browser.tabs.remote.separatePrivilegedContentProcess': false,
      ...options.prefs,
    },
  });
  await browser.installExtension(extensionDir);

  const openExtensionPage = async (path: string, width = 400, height = 700): Promise<Page> => {
    const page = await browser.newPage();
    await page.setViewport({ width, height });
    await page.goto(`${pagesOrigin}${EXTENSION_PAGE_PREFIX}${path.replace(/^\//, '')}`).catch(() => undefined);
    // The extension turns the tab into its page: wait until it has the extension's API and a body.
    const deadline = Date.now() + 30_000;
    for (;;) {
      const ready = await page
        .evaluate(
          () =>
            location.protocol === 'moz-extension:' &&
            document.readyState === 'complete' &&
            typeof (globalThis as any).browser?.runtime?.id === 'string',
        )
        .catch(() => false);
      if (ready) break;
      if (Date.now() > deadline) throw new Error(`the extension did not open ${path}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    await new Promise((r) => setTimeout(r, 300));
    return page;
  };

  const control = await openExtensionPage('icon/16.png', 200, 200).catch(() =>
    openExtensionPage('popup.html?tab=-1', 400, 300),
  );
  return {
    browser,
    control,
    pageUrl: (path) => `${EXTENSION_ORIGIN}/${path.replace(/^\//, '')}`,
    openExtensionPage,
    offLoopback,
    offLoopbackNotFirefox: () => offLoopback.filter((r) => !FIREFOX_OWN.test(r)),
    close: async () => {
      await browser.close().catch(() => undefined);
      await new Promise((ok) => proxy.server.close(ok));
      await new Promise((ok) => pages.close(ok));
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
