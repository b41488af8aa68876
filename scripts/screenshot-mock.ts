// Screenshots of the popup, side panel and options page on the mock connector (`?mock=1`), in light
// and dark, for reviewing the UI and for the README; each picture's page is also checked with axe-core
// and its violations printed. Build first (`npx wxt build`), then:
//   npx tsx scripts/screenshot-mock.ts [extension dir, default .output/chrome-mv3] [out dir, default screenshots/mock]
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension } from './launch-browser';

const extensionDir = resolve(process.argv[2] ?? '.output/chrome-mv3');
const outDir = resolve(process.argv[3] ?? 'screenshots/mock');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's violations on the page as it stands, one line each. Evaluated over DevTools, so the page's CSP allows it. */
async function accessibilityProblems(page: Page): Promise<string[]> {
  await page.evaluate(`${axeSource};0`);
  const violations = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run(): Promise<{ violations: Array<{ id: string; help: string; nodes: unknown[] }> }> };
      }
    ).axe;
    const result = await axe.run();
    return result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.help}`);
  });
  return violations;
}

type Shot = {
  name: string;
  path: string;
  width: number;
  height?: number;
  dark?: boolean;
  /** What to do before the picture: click a tab, open a disclosure… */
  act?: (page: Page) => Promise<void>;
};

const popup = (tab: number) => `popup.html?mock=1&tab=${tab}`;

const clickText = (role: 'button' | 'tab', name: string | RegExp) => (page: Page) =>
  page.getByRole(role, { name }).first().click();

const SHOTS: Shot[] = [
  { name: 'popup-related', path: popup(12), width: 400 },
  { name: 'popup-related-dark', path: popup(12), width: 400, dark: true },
  { name: 'popup-about-source', path: popup(12), width: 400, act: clickText('button', 'About this source') },
  { name: 'popup-figures', path: popup(12), width: 400, act: clickText('tab', /Figures/) },
  { name: 'popup-figures-dark', path: popup(12), width: 400, dark: true, act: clickText('tab', /Figures/) },
  {
    name: 'popup-sources',
    path: popup(12),
    width: 400,
    act: async (page) => {
      await clickText('tab', /Sources/)(page);
      await clickText('button', /What they back/)(page);
    },
  },
  {
    name: 'popup-reader',
    path: popup(12),
    width: 400,
    act: async (page) => {
      await page
        .getByRole('button', { name: /total victory/ })
        .first()
        .click();
      await page.getByRole('heading', { level: 2 }).first().waitFor();
    },
  },
  {
    name: 'popup-reader-top',
    path: popup(12),
    width: 400,
    height: 800,
    act: async (page) => {
      await page
        .getByRole('button', { name: /total victory/ })
        .first()
        .click();
      await page.getByRole('heading', { level: 2 }).first().waitFor();
    },
  },
  { name: 'popup-state-reading', path: popup(1), width: 400, height: 260 },
  { name: 'popup-state-not-article', path: popup(2), width: 400, height: 300 },
  { name: 'popup-state-unsupported', path: popup(3), width: 400, height: 300 },
  { name: 'popup-state-error', path: popup(4), width: 400, height: 320 },
  { name: 'popup-state-disabled', path: popup(5), width: 400, height: 320 },
  { name: 'popup-state-nothing', path: popup(6), width: 400, height: 300 },
  { name: 'popup-no-matches', path: popup(7), width: 400 },
  { name: 'sidepanel-page', path: 'sidepanel.html?mock=1&lookup=0', width: 360 },
  { name: 'sidepanel-lookup', path: 'sidepanel.html?mock=1', width: 360, act: clickText('button', 'Lookup') },
  {
    name: 'sidepanel-lookup-dark',
    path: 'sidepanel.html?mock=1',
    width: 360,
    dark: true,
    act: clickText('button', 'Lookup'),
  },
  {
    name: 'sidepanel-reader',
    path: 'sidepanel.html?mock=1&lookup=0',
    width: 360,
    act: async (page) => {
      await page
        .getByRole('button', { name: /Hamas’ stance/ })
        .first()
        .click();
      await page.getByRole('heading', { level: 2 }).first().waitFor();
    },
  },
  { name: 'options', path: 'options.html?mock=1', width: 1000 },
  { name: 'options-dark', path: 'options.html?mock=1', width: 1000, dark: true },
  {
    name: 'options-import',
    path: 'options.html?mock=1',
    width: 1000,
    height: 900,
    act: async (page) => {
      await page.locator('input[type=file]').setInputFiles([
        { name: 'article.txt', mimeType: 'text/plain', buffer: Buffer.from('Title\n\nText') },
        { name: 'records.jsonl', mimeType: 'application/json', buffer: Buffer.from('') },
      ]);
      await page.getByText('Nothing was imported').first().waitFor();
      await page
        .getByRole('button', { name: /^Delete “/ })
        .first()
        .click();
      await page.locator('.import-panel').scrollIntoViewIfNeeded();
    },
  },
];

async function main() {
  mkdirSync(outDir, { recursive: true });
  const browser = await launchWithExtension({ extensionDir });
  const { context } = browser;
  try {
    for (const shot of SHOTS) {
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme: shot.dark ? 'dark' : 'light', reducedMotion: 'reduce' });
      await page.setViewportSize({ width: shot.width, height: shot.height ?? 600 });
      await page.goto(browser.pageUrl(shot.path));
      await page.locator('.app').waitFor();
      // Full-page pictures lay out without a scrollbar; keep the width the same before and after (set
      // through the style object: the pages' CSP allows no inline style sheet).
      await page.evaluate(() => document.documentElement.style.setProperty('scrollbar-width', 'none'));
      await page.waitForTimeout(150);
      if (shot.act) await shot.act(page);
      await page.waitForTimeout(250);
      const file = join(outDir, `${shot.name}.png`);
      await page.screenshot({ path: file, fullPage: !shot.height });
      const problems = await accessibilityProblems(page);
      console.log(problems.length ? `${file}\n  axe: ${problems.join('\n  axe: ')}` : `${file} (axe: no violations)`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
