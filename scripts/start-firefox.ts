// `npm start -- --firefox`: opens Firefox ESR with the built extension (MV2, e2e build: site access
// granted) on the bundled demo article. Without a display (or with --headless) it runs headless and
// writes screenshots of the demo page, the popup, the sidebar page and the options page to a folder.
// Pass --mv3 for the MV3 build.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchFirefox } from './launch-firefox';
import { servePages } from './serve-pages';
import { corpusCounts, tabIdOf, waitForReport } from '../tests/e2e-firefox/firefox-harness';

const headless = process.argv.includes('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
const build = process.argv.includes('--mv3') ? '.output/firefox-mv3-e2e' : '.output/firefox-mv2-e2e';
const outDir = resolve(process.env.SCREENSHOT_DIR ?? 'screenshots/start-firefox');

const server = await servePages('tests/fixtures/pages');
const ff = await launchFirefox({ extensionDir: build, headless });
for (let i = 0; i < 300 && (await corpusCounts(ff).catch(() => ({ bundled: 0 }))).bundled === 0; i++)
  await new Promise((r) => setTimeout(r, 200));
const demoUrl = server.url('demo-republished.html');
const page = await ff.browser.newPage();
await page.goto(demoUrl);
const tabId = await tabIdOf(ff, demoUrl);
const report = await waitForReport(ff, tabId);
console.log(`Reading Context is running in Firefox on ${demoUrl}`);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
console.log(
  `  ${plural(report.matches.length, 'related article')} found; ${plural(report.figures.length, 'figure')} and ${plural(report.sources.length, 'source')} read.`,
);

if (headless) {
  await mkdir(outDir, { recursive: true });
  await page.screenshot({ path: `${outDir}/demo-page.png` });
  const shots: Array<[string, string, number]> = [
    ['popup', `popup.html?tab=${tabId}`, 400],
    ['sidebar', `sidepanel.html?tab=${tabId}`, 420],
    ['options', 'options.html', 1000],
  ];
  for (const [name, path, width] of shots) {
    const view = await ff.openExtensionPage(path, width, 800);
    await view.screenshot({ path: `${outDir}/${name}.png`, fullPage: true });
    await view.close();
  }
  console.log(
    `No display: ran headless and wrote screenshots of the popup, sidebar page and options page to ${outDir}/`,
  );
  await ff.close();
  await server.close();
} else {
  await page.bringToFront();
  console.log(
    'Click the Reading Context button in the toolbar, or open its sidebar (View > Sidebar). Close the browser to stop.',
  );
  ff.browser.on('disconnected', () => {
    void ff.close();
    void server.close();
  });
}
