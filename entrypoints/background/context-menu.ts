// The right-click menu: look up a selection in the corpus, and save the page to the corpus.
import { browser, type Browser } from 'wxt/browser';
import { lookup } from './lookup';
import { savePage } from './import';
import { openSidePanel } from './side-panel';
import { readTab } from './reading';
import { SITES } from '@/lib/reading-rules';

const LOOKUP = 'reading-context-lookup';
const SAVE = 'reading-context-save-page';

export function createContextMenus(): void {
  browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({ id: LOOKUP, title: 'Look up “%s” in Reading Context', contexts: ['selection'] });
    browser.contextMenus.create({
      id: SAVE,
      title: 'Save this page to the corpus',
      contexts: ['page'],
      documentUrlPatterns: SITES,
    });
  });
}

/** Clears the selection of the odd characters a page may hide in it, and bounds its length. */
export function cleanSelection(text: string): string {
  return text
    .replace(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 5000);
}

export async function onMenuClick(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<void> {
  if (info.menuItemId === LOOKUP) {
    // Opening the panel must happen first, inside the click: the browser allows it only then.
    const opening = tab?.id !== undefined ? openSidePanel(tab.id) : Promise.resolve({ ok: false });
    const text = cleanSelection(info.selectionText ?? '');
    if (text) await lookup(text);
    await opening;
  } else if (info.menuItemId === SAVE && tab?.id !== undefined) {
    let outcome = await savePage(tab.id);
    if (!outcome.ok && outcome.id === null) {
      // Not read yet (reading only on click): read it now, then save.
      await readTab(tab.id);
      outcome = await savePage(tab.id);
    }
    const action = browser.action ?? browser.browserAction;
    await action.setBadgeText({ tabId: tab.id, text: outcome.ok ? '✓' : '!' }).catch(() => undefined);
    console.info(`Reading Context: ${outcome.message}`);
  }
}

export function registerContextMenus(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    void onMenuClick(info, tab);
  });
}
