// `npm start`: opens Chromium with the built extension on the bundled demo article (a page of our
// own making that republishes a seed article). Without a display (or with --headless) it runs
// headless instead and writes screenshots of the popup, side panel and options page to a folder.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchWithExtension } from './launch-browser';
import { servePages } from './serve-pages';
import { openExtensionPage, tabIdOf, waitForReport, waitUntilReady } from './extension-pages';

const headless = process.argv.includes('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
const outDir = resolve(process.env.SCREENSHOT_DIR ?? 'screenshots/start');

const server = await servePages('tests/fixtures/pages');
const browser = await launchWithExtension({ extensionDir: '.output/chrome-mv3-e2e', headless });
await waitUntilReady(browser);
const demoUrl = server.url('demo-republished.html');
const page = await browser.context.newPage();
await page.goto(demoUrl);
const tabId = await tabIdOf(browser, demoUrl);
const report = await waitForReport(browser, tabId);
console.log(`Reading Context is running on ${demoUrl}`);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
console.log(
  `  ${plural(report.matches.length, 'related article')} found; ${plural(report.figures.length, 'figure')} and ${plural(report.sources.length, 'source')} read.`,
);

if (headless) {
  await mkdir(outDir, { recursive: true });
  await page.screenshot({ path: `${outDir}/demo-page.png` });
  const shots: Array<[string, string, number]> = [
    ['popup', `popup.html?tab=${tabId}`, 400],
    ['sidepanel', `sidepanel.html?tab=${tabId}`, 420],
    ['options', 'options.html', 1000],
  ];
  for (const [name, path, width] of shots) {
    const view = await openExtensionPage(browser, path, width);
    await view.screenshot({ path: `${outDir}/${name}.png`, fullPage: true });
    await view.close();
  }
  console.log(`No display: ran headless and wrote screenshots of the popup, side panel and options page to ${outDir}/`);
  await browser.close();
  await server.close();
} else {
  console.log(
    'Click the Reading Context button in the toolbar (pin it from the puzzle-piece menu). Close the browser to stop.',
  );
  browser.context.on('close', () => void server.close());
}
