// Every surface, light and dark, checked as assistive technology meets it: axe-core finds no serious
// or critical violation in the popup (a ready report, each of its sections, a page that is no
// article), the side panel (the report and a right-click lookup), the reader and the options page;
// and the popup is operable from the keyboard alone. Dark screenshots are saved for a person to look at.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, startHarness, type Harness } from './harness';
import { openExtensionPage, tabIdOf, waitForReport } from '../../scripts/extension-pages';

declare const chrome: any;
declare const axe: any;

// Extension pages forbid inline scripts, so axe is evaluated through the debugger, which their policy does not govern.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SCHEMES = ['light', 'dark'] as const;

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** The serious and critical violations axe finds on the page as it is now. */
async function seriousViolations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe !== 'undefined')))
    await page.evaluate(AXE_SOURCE);
  const violations: Violation[] = await page.evaluate(async () => {
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n: any) =>
        `${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join(' ') ?? ''}`.trim(),
      ),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Checks the page in light and in dark; `name` names the dark screenshot. Reports every finding before failing. */
async function checkBothSchemes(page: Page, name: string): Promise<void> {
  const found: string[] = [];
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.waitForTimeout(100);
    for (const v of await seriousViolations(page))
      found.push(`[${name}, ${scheme}] ${v.impact} ${v.id}: ${v.help}\n    ${v.targets.join('\n    ')}`);
    if (scheme === 'dark') await screenshot(page, `a11y-${name}-dark`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  if (found.length > 0) console.error(found.join('\n'));
  expect(found).toEqual([]);
}

async function openTab(path: string): Promise<number> {
  const page = await h.browser.context.newPage();
  const url = h.server.url(path);
  await page.goto(url);
  const tabId = await tabIdOf(h.browser, url);
  await waitForReport(h.browser, tabId);
  return tabId;
}

describe('accessibility of every surface, light and dark', () => {
  let tabId: number;

  it('the popup on a ready report, in each of its sections', async () => {
    tabId = await openTab('match/rel-hamas-42day-plan.html');
    const popup = await openExtensionPage(h.browser, `popup.html?tab=${tabId}`, 400);
    await popup.getByText('Related', { exact: true }).first().waitFor();
    await checkBothSchemes(popup, 'popup-related');
    await popup.getByRole('tab', { name: /Figures/ }).click();
    await popup
      .getByText(/more than 31,000/)
      .first()
      .waitFor();
    await checkBothSchemes(popup, 'popup-figures');
    await popup.getByRole('tab', { name: /Sources/ }).click();
    await checkBothSchemes(popup, 'popup-sources');
  });

  it('the popup on a page that is no article', async () => {
    const id = await openTab('pages/front-page.html');
    const popup = await openExtensionPage(h.browser, `popup.html?tab=${id}`, 400);
    await popup
      .getByText(/doesn’t look like an article|does not look like an article/)
      .first()
      .waitFor();
    await checkBothSchemes(popup, 'popup-not-article');
  });

  it('the reader, opened from a related article', async () => {
    const popup = await openExtensionPage(h.browser, `popup.html?tab=${tabId}`, 400);
    await popup.getByRole('button', { name: 'Resistance shatters Netanyahu’s “total victory” dream' }).first().click();
    await popup
      .getByText(/Israel has been making desperate attempts/)
      .first()
      .waitFor();
    await checkBothSchemes(popup, 'reader');
  });

  it('the side panel: the report, and a right-click lookup', async () => {
    const side = await openExtensionPage(h.browser, `sidepanel.html?tab=${tabId}`, 420, 900);
    await side.getByText('Related', { exact: true }).first().waitFor();
    await checkBothSchemes(side, 'sidepanel-report');
    await h.browser.worker.evaluate(async (id) => {
      const tab = await chrome.tabs.get(id);
      chrome.contextMenus.onClicked.dispatch(
        {
          menuItemId: 'reading-context-lookup',
          selectionText: 'more than 31,000 Palestinians have been killed',
          editable: false,
          pageUrl: tab.url,
        },
        tab,
      );
    }, tabId);
    await side.getByRole('button', { name: 'Lookup' }).click();
    await side.locator('blockquote.selection').waitFor();
    await side.getByRole('list', { name: 'Matching passages' }).waitFor();
    await checkBothSchemes(side, 'sidepanel-lookup');
  });

  it('the options page', async () => {
    const options = await openExtensionPage(h.browser, 'options.html', 1000, 900);
    await options.getByText('Resistance shatters Netanyahu’s “total victory” dream').first().waitFor();
    await checkBothSchemes(options, 'options');
  });
});

describe('the popup from the keyboard', () => {
  it('reaches the section tabs and the related articles with Tab, and opens one with Enter', async () => {
    const tabId = await openTab('match/rel-hamas-42day-plan.html?keyboard');
    const popup = await openExtensionPage(h.browser, `popup.html?tab=${tabId}`, 400);
    await popup.getByText('Related', { exact: true }).first().waitFor();
    const reached: Array<{ role: string | null; text: string; cls: string }> = [];
    for (let i = 0; i < 30; i++) {
      await popup.keyboard.press('Tab');
      const focused = await popup.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return {
          role: el?.getAttribute('role') ?? null,
          text: (el?.textContent ?? '').trim(),
          cls: el?.className ?? '',
        };
      });
      reached.push(focused);
      if (focused.cls.includes('title-button')) break;
    }
    expect(reached.some((f) => f.role === 'tab' && f.text.startsWith('Related'))).toBe(true);
    const title = reached[reached.length - 1];
    expect(title.cls).toContain('title-button');
    // The arrow keys move between the sections, as the tabs pattern says.
    await popup.getByRole('tab', { name: /Related/ }).focus();
    await popup.keyboard.press('ArrowRight');
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toMatch(/^Figures/);
    await popup.keyboard.press('ArrowLeft');
    // Back on the related articles: Tab to the first title, Enter opens the reader.
    for (
      let i = 0;
      i < 10 && !(await popup.evaluate(() => document.activeElement?.classList.contains('title-button')));
      i++
    )
      await popup.keyboard.press('Tab');
    await screenshot(popup, 'keyboard-focus');
    // Moving back up the page, a focused control is never hidden under the sticky header.
    const clear = await popup.evaluate(() => {
      const title = document.activeElement as HTMLElement;
      scrollTo(0, document.documentElement.scrollHeight);
      title.blur();
      title.focus();
      return title.getBoundingClientRect().top - document.querySelector('.app-header')!.getBoundingClientRect().bottom;
    });
    expect(clear).toBeGreaterThanOrEqual(0);
    await popup.keyboard.press('Enter');
    // The reader opens with the focus on the article's title; its Back button returns to the title that opened it.
    await expect
      .poll(() => popup.evaluate(() => document.activeElement?.classList.contains('reader-title')))
      .toBe(true);
    expect(await popup.evaluate(() => document.activeElement?.textContent?.trim())).toBe(title.text);
    await screenshot(popup, 'keyboard-reader');
    await popup.keyboard.press('Shift+Tab');
    expect(await popup.evaluate(() => document.activeElement?.textContent?.trim())).toMatch(/Back$/);
    await popup.keyboard.press('Enter');
    await popup.locator('.reader').waitFor({ state: 'detached' });
    await expect.poll(() => popup.evaluate(() => document.activeElement?.textContent?.trim())).toBe(title.text);
  });
});
