// Temporary: the real pages against the real background, on a served fixture article.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
const ext = '/tmp/rc-live/.output/chrome-mv3-e2e';
const html = readFileSync('tests/fixtures/pages/demo-republished.html', 'utf8');
const server = createServer((req, res) => { res.setHeader('content-type', 'text/html; charset=utf-8'); res.end(html); }).listen(0);
const port = (server.address() as { port: number }).port;
const ctx = await chromium.launchPersistentContext(mkdtempSync('/tmp/rcl-'), { executablePath: '/usr/bin/chromium', headless: false, args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox', '--headless=new'] });
const sw = ctx.serviceWorkers()[0] ?? await ctx.waitForEvent('serviceworker');
const id = new URL(sw.url()).host;
const article = await ctx.newPage();
const errors: string[] = [];
await article.goto(`http://127.0.0.1:${port}/news/1`);
await article.waitForTimeout(3000);
const tabId = await sw.evaluate(async () => (await chrome.tabs.query({})).find((t) => t.url?.includes('/news/1'))?.id);
console.log('tab', tabId);
for (const [name, path, width] of [['popup', `popup.html?tab=${tabId}`, 400], ['sidepanel', `sidepanel.html?tab=${tabId}`, 360], ['options', 'options.html', 1000]] as const) {
  const p = await ctx.newPage();
  p.on('console', (m) => m.type() === 'error' && errors.push(`${name}: ${m.text()}`));
  p.on('pageerror', (e) => errors.push(`${name}: ${e.message}`));
  await p.setViewportSize({ width, height: 700 });
  await p.goto(`chrome-extension://${id}/${path}`);
  await p.waitForTimeout(2000);
  await p.addStyleTag({ content: 'html { scrollbar-width: none; }' });
  await p.screenshot({ path: `screenshots/live-${name}.png`, fullPage: true });
  console.log(name, (await p.locator('.app').innerText()).slice(0, 600).replace(/\n+/g, ' | '));
}
console.log('errors', errors);
await ctx.close();
server.close();
