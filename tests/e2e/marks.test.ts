// Marks in the page, as a reader meets them: off by default; once turned on, the figures on the page
// that the corpus also reports get a quiet underline and, on hover or focus, a card with the corpus
// figures and their sources; the page's text and layout stay exactly as they were; turning the
// setting off takes every trace away.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, SCREENSHOTS, startHarness, type Harness } from './harness';
import { openExtensionPage, tabIdOf, waitForReport } from '../../scripts/extension-pages';

declare const chrome: any;
declare const axe: any;

// The highlights' host element has a random name: it is the one child of <html> besides head and body.
const HOST = ':root > :not(head, body)';
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** Turns the setting on or off as a person does, on the options page. */
async function setMarkFigures(on: boolean): Promise<void> {
  const options = await openExtensionPage(h.browser, 'options.html', 1000, 900);
  const box = options.getByLabel(/Mark figures in the page/);
  expect(await box.isChecked()).toBe(!on);
  await box.setChecked(on);
  await expect
    .poll(() =>
      h.browser.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings.markFigures),
    )
    .toBe(on);
  await options.close();
}

async function openArticle(path: string): Promise<{ page: Page; tabId: number }> {
  const page = await h.browser.context.newPage();
  await page.setViewportSize({ width: 1000, height: 800 });
  const url = h.server.url(path);
  await page.goto(url);
  const tabId = await tabIdOf(h.browser, url);
  expect((await waitForReport(h.browser, tabId)).state).toBe('ready');
  return { page, tabId };
}

/** What the page shows and where: its text, its markup and the boxes of its paragraphs. */
const pageState = (page: Page) =>
  page.evaluate(() => ({
    text: document.body.innerText,
    html: document.body.innerHTML,
    boxes: Array.from(document.querySelectorAll('h1, p')).map((p) => {
      const r = p.getBoundingClientRect();
      return [r.left + scrollX, r.top + scrollY, r.width, r.height];
    }),
    size: [document.documentElement.scrollWidth, document.documentElement.scrollHeight],
  }));

const marks = (page: Page) => page.locator(`${HOST} .mark[role="button"]`);
const card = (page: Page) => page.locator(`${HOST} .card`);

describe('marks in the page', () => {
  let first: { page: Page; tabId: number };
  let before: Awaited<ReturnType<typeof pageState>>;
  let firstHostName = '';

  it('draws nothing with the default settings', async () => {
    first = await openArticle('match/rel-hamas-42day-plan.html');
    before = await pageState(first.page);
    await first.page.waitForTimeout(1500);
    expect(await first.page.locator(HOST).count()).toBe(0);
  });

  it('marks the figures the corpus also reports once turned on, changing neither text nor layout', async () => {
    await first.page.evaluate(() => {
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => w.longTasks.push(...list.getEntries().map((e) => e.duration))).observe({
        type: 'longtask',
      });
    });
    await setMarkFigures(true);
    // The tab read before the setting changed gets its marks too. Long tasks while marking are logged,
    // not asserted: whether a task passes 50 ms depends on how busy the machine is.
    await first.page.locator(HOST).waitFor({ state: 'attached', timeout: 10_000 });
    // The element says nothing of the extension: a name of random letters and no attributes.
    const host = await first.page.evaluate((sel) => {
      const el = document.querySelector(sel)!;
      return { name: el.localName, attributes: el.attributes.length };
    }, HOST);
    expect(host.name).toMatch(/^[a-z]{5}-[a-z]{5}$/);
    expect(host.attributes).toBe(0);
    firstHostName = host.name;
    await first.page.waitForTimeout(300);
    console.log(
      `long tasks while marking: ${JSON.stringify(await first.page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks))}`,
    );
    await marks(first.page).first().waitFor({ state: 'attached' });
    const labels = await marks(first.page).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(labels).toContain('more than 31,000 Palestinians killed: 1 corpus figure');
    expect(labels.length).toBeGreaterThanOrEqual(2);
    expect(await pageState(first.page)).toEqual(before);
    // Each underline sits under its words.
    const placed = await first.page.evaluate((host) => {
      const mark = document
        .querySelector(host)!
        .shadowRoot!.querySelector<HTMLElement>('.mark[aria-label^="more than 31,000"]')!
        .getBoundingClientRect();
      const p = Array.from(document.querySelectorAll('p')).find((e) => e.textContent!.includes('more than 31,000'))!;
      const node = Array.from(p.childNodes).find((n) => n.nodeValue?.includes('more than 31,000'))!;
      const range = document.createRange();
      const at = node.nodeValue!.indexOf('more than 31,000');
      range.setStart(node, at);
      range.setEnd(node, at + 'more than 31,000'.length);
      const words = range.getBoundingClientRect();
      return {
        dx: Math.abs(mark.left - words.left),
        dy: Math.abs(mark.bottom - words.bottom),
        dw: Math.abs(mark.width - words.width),
      };
    }, HOST);
    expect(placed.dx).toBeLessThan(1);
    expect(placed.dy).toBeLessThan(1);
    expect(placed.dw).toBeLessThan(1);
  });

  it('shows the corpus figures and their sources on hover, without taking the page’s clicks', async () => {
    const { page } = first;
    const mark = page.locator(`${HOST} .mark[aria-label^="more than 31,000"]`);
    await mark.scrollIntoViewIfNeeded();
    const box = (await mark.boundingBox())!;
    // The underline lets the pointer through: the page's own element is what is under it.
    const under = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, {
      x: box.x + box.width / 2,
      y: box.y + box.height / 2,
    });
    expect(under).toBe('p');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await card(page).waitFor({ state: 'visible' });
    const text = await card(page).innerText();
    expect(text).toContain('Also in your corpus');
    expect(text).toContain('more than 31,000 Palestinians killed');
    expect(text).toContain('more than 31,000');
    expect(text).toContain('Mehr News Agency');
    expect(text).toMatch(/Source: /);
    await page.screenshot({ path: `${SCREENSHOTS}/marks-card.png` });
    await page.mouse.move(5, 5);
    await card(page).waitFor({ state: 'hidden' });
  });

  it('is operable from the keyboard: focus shows the card, Escape hides it', async () => {
    const { page } = first;
    const mark = page.locator(`${HOST} .mark[aria-label^="more than 31,000"]`);
    await mark.focus();
    await card(page).waitFor({ state: 'visible' });
    expect(await mark.getAttribute('aria-describedby')).toBe(await card(page).getAttribute('id'));
    await page.keyboard.press('Escape');
    await card(page).waitFor({ state: 'hidden' });
    await page.keyboard.press('Enter');
    await card(page).waitFor({ state: 'visible' });
  });

  it('marks a page read while the setting is on', async () => {
    const { page } = await openArticle('pages/demo-republished.html');
    await page.locator(HOST).waitFor({ state: 'attached', timeout: 10_000 });
    // Another page load, another name.
    expect(await page.evaluate((sel) => document.querySelector(sel)!.localName, HOST)).not.toBe(firstHostName);
    const labels = await marks(page).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(labels).toContain('at least 30 universities: 1 corpus figure');
    const mark = page.locator(`${HOST} .mark[aria-label^="at least 30"]`);
    await mark.focus();
    await card(page).waitFor({ state: 'visible' });
    expect(await card(page).innerText()).toContain('Press TV');
    // The marks and their card are accessible too (axe looks inside the shadow root).
    await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async (host) => {
      const result = await axe.run({ include: [[host]] }, { resultTypes: ['violations'] });
      return result.violations
        .filter((v: any) => v.impact === 'serious' || v.impact === 'critical')
        .map((v: any) => `${v.id}: ${v.help}`);
    }, HOST);
    expect(violations).toEqual([]);
    await screenshot(page, 'marks-demo-page');
    await page.emulateMedia({ colorScheme: 'dark' });
    await mark.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}/marks-card-dark.png` });
  });

  it('takes every trace away when turned off', async () => {
    await setMarkFigures(false);
    await first.page.locator(HOST).waitFor({ state: 'detached', timeout: 10_000 });
    expect(await pageState(first.page)).toEqual(before);
  });
});
