// Reading pages: where the content script runs (every site when the user chose automatic reading
// and granted access, else only the tab they click), and what becomes of the digest it sends.
import { browser } from 'wxt/browser';
import type { PageDigest, TabReport } from '@/lib/types';
import { buildReport, stateReport } from '@/lib/report/build-report';
import {
  isNeverRead,
  readableUrl,
  readerRegistrationChange,
  SITES,
  wantedReaderRegistration,
} from '@/lib/reading-rules';
import { getDb } from './db';
import { corpusChecked, outletProfiles } from './corpus';
import { forgetDigest, forgetReport, getReport, inTabOrder, saveDigest, saveReport } from './reports';
import { loadSettings } from './settings';
import { sendFigureMarks } from './marks';
import { keepReadPage, keptCopyOf, withoutArticle } from './keep';

const SCRIPT_ID = 'reading-context-reader';
const SCRIPT_FILE = '/content-scripts/content.js';

let syncing: Promise<void> = Promise.resolve();

/**
 * Registers the reader on every site when the user wants automatic reading and has granted it. Calls
 * run one after another: two at once (two settings saved in a row) would each read the old
 * registration and then undo each other's change.
 */
export function syncContentScript(): Promise<void> {
  const run = syncing.then(syncNow, syncNow);
  syncing = run.catch(() => undefined);
  return run;
}

async function syncNow(): Promise<void> {
  const settings = await loadSettings();
  const granted = await browser.permissions.contains({ origins: SITES });
  const wanted = wantedReaderRegistration(settings, granted, SCRIPT_FILE);
  const [existing] = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] }).catch(() => []);
  const change = readerRegistrationChange(existing ?? null, wanted);
  if (change === 'unregister') await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (change === 'update') await browser.scripting.updateContentScripts([{ id: SCRIPT_ID, ...wanted! }]);
  if (change === 'register')
    await browser.scripting.registerContentScripts([
      { id: SCRIPT_ID, ...wanted!, runAt: 'document_idle', allFrames: false, persistAcrossSessions: true },
    ]);
}

/** Reads one tab now (the user clicked): the toolbar click grants access to this tab alone. */
export async function readTab(tabId: number): Promise<TabReport | null> {
  const tab = await browser.tabs.get(tabId);
  const url = tab.url ?? '';
  if (!readableUrl(url)) {
    const report = stateReport(tabId, url, 'unsupported');
    await saveReport(report);
    return report;
  }
  await inTabOrder(tabId, () => saveReport(stateReport(tabId, url, 'reading')));
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [SCRIPT_FILE] });
  } catch (error) {
    const report = stateReport(tabId, url, 'unsupported', `This page cannot be read: ${(error as Error).message}`);
    await saveReport(report);
    return report;
  }
  return getReport(tabId);
}

/** A digest arrived from a tab: analyse it and keep the report (after what came before it for the tab). */
export function receiveDigest(tabId: number, digest: PageDigest): Promise<void> {
  return inTabOrder(tabId, () => analyseDigest(tabId, digest));
}

async function analyseDigest(tabId: number, digest: PageDigest): Promise<void> {
  const settings = await loadSettings();
  if (isNeverRead(settings, digest.url)) {
    await saveReport(stateReport(tabId, digest.url, 'disabled', 'This site is on your never-read list.'));
    return;
  }
  if (!digest.readerable || digest.text.trim().length === 0) {
    await saveReport(stateReport(tabId, digest.url, 'not-article'));
    return;
  }
  try {
    await corpusChecked();
    let report = await buildReport(await getDb(), tabId, digest, {
      threshold: settings.threshold,
      profiles: await outletProfiles(),
    });
    // The page's own earlier reading, kept, is not related to it: it is the page.
    const self = settings.keepRead ? await keptCopyOf(digest) : null;
    if (self) report = withoutArticle(report, self);
    await saveDigest(tabId, digest);
    await saveReport(report);
    await sendFigureMarks(report, settings);
    // Off the page's critical path: the report is out before the article is kept.
    void keepReadPage(digest, report, settings);
  } catch (error) {
    console.error('Reading Context could not analyse the page', error);
    await saveReport(
      stateReport(tabId, digest.url, 'error', `The page could not be analysed: ${(error as Error).message}`),
    );
  }
}

/** The last digest read from a tab (for saving the page to the corpus). */
/** The tab moved to `url`: its report no longer holds. A hash change keeps the address, and the report. */
export function staleReport(tabId: number, url: string): Promise<void> {
  return inTabOrder(tabId, () => markStale(tabId, url));
}

async function markStale(tabId: number, url: string): Promise<void> {
  const old = await getReport(tabId);
  if (old && old.url.split('#')[0] === url.split('#')[0]) return;
  if (!readableUrl(url)) return saveReport(stateReport(tabId, url, 'unsupported'));
  const settings = await loadSettings();
  const automatic =
    settings.readingMode === 'automatic' &&
    !isNeverRead(settings, url) &&
    (await browser.permissions.contains({ origins: SITES }));
  if (automatic) return saveReport(stateReport(tabId, url, 'reading'));
  await forgetReport(tabId);
  await forgetDigest(tabId);
  await (browser.action ?? browser.browserAction).setBadgeText({ tabId, text: '' }).catch(() => undefined);
}
