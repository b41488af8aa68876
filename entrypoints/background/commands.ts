// The keyboard shortcuts (lib/commands.ts): open the side panel, save the page, look up the
// selection. `_execute_action` opens the popup on its own. A shortcut is a user gesture and grants
// access to the active tab, as a click on the button does.
import { browser, type Browser } from 'wxt/browser';
import { LOOK_UP_SELECTION, OPEN_SIDE_PANEL, SAVE_PAGE } from '@/lib/commands';
import { cleanSelection, onMenuClick } from './context-menu';
import { lookup } from './lookup';
import { openSidePanel } from './side-panel';

async function selectionIn(tabId: number): Promise<string> {
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId },
      func: () => getSelection()?.toString() ?? '',
    });
    return cleanSelection(String(result?.result ?? ''));
  } catch {
    return '';
  }
}

export async function onCommand(command: string, tab?: Browser.tabs.Tab): Promise<void> {
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  if (command === OPEN_SIDE_PANEL) {
    await openSidePanel(tabId);
  } else if (command === SAVE_PAGE) {
    // The same path as the right-click "Save this page": read it first if it has not been.
    await onMenuClick(
      {
        menuItemId: 'reading-context-save-page',
        editable: false,
        pageUrl: tab?.url,
      } as Browser.contextMenus.OnClickData,
      tab ?? ({ id: tabId } as Browser.tabs.Tab),
    );
  } else if (command === LOOK_UP_SELECTION) {
    // The panel opens first, inside the gesture; the lookup fills it when done.
    const opening = openSidePanel(tabId);
    const text = await selectionIn(tabId);
    if (text) await lookup(text);
    await opening;
  }
}

export function registerCommands(): void {
  browser.commands?.onCommand.addListener((command, tab) => void onCommand(command, tab));
}
