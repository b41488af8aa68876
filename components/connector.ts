// The one seam between the extension's pages and the browser: messages to the background,
// broadcasts from it, the active tab, settings storage and permissions. Pages get a `Connector`
// through context, so the same components run against the real extension or `mock/connector.ts`.
import { browser } from 'wxt/browser';
import type { Broadcast, MessageType, Protocol, Response } from '../lib/messages';
import { fromExtensionItself, isBroadcast, type SenderInfo } from '../lib/check-message';
import { migrateSettings, SETTINGS_KEY, type Settings } from '../lib/settings';
import type { TabReport } from '../lib/types';
import { reportKey } from '../lib/report/report-key';
import { SITES } from '../lib/reading-rules';

/** Everything a page needs from the browser, behind one interface a test can replace. */
export interface Connector {
  send<T extends MessageType>(type: T, request: Protocol[T]['request']): Promise<Response<T>>;
  onBroadcast(handler: (b: Broadcast) => void): () => void;
  /** The active tab of the current window, or null when there is none (or no tabs API). */
  activeTabId(): Promise<number | null>;
  /** Calls `handler` when the active tab changes or the active tab navigates to a new address. */
  onActiveTabChange(handler: (tabId: number) => void): () => void;
  /** Opens the side panel for a tab. Called straight from a click so the user gesture holds. */
  openSidePanel(tabId: number): Promise<boolean>;
  getSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  onSettingsChange(handler: (settings: Settings) => void): () => void;
  /** Asks for access to every http(s) site; resolves false when the user refuses. */
  requestHostAccess(): Promise<boolean>;
  /** The tab's report as the background kept it, read straight from session storage (null if none). */
  storedReport(tabId: number): Promise<TabReport | null>;
  /** Asks for access to these hosts (match patterns), for feeds; resolves false when the user refuses. */
  requestOriginAccess?(origins: string[]): Promise<boolean>;
}

/** Sends one protocol message to the background and returns its typed answer. */
export function send<T extends MessageType>(type: T, request: Protocol[T]['request']): Promise<Response<T>> {
  return browser.runtime.sendMessage({ type, ...request }) as Promise<Response<T>>;
}

/**
 * Listens for the background's broadcasts; returns the function that stops listening. Only the
 * extension's own worker and pages are heard: a content script could send a broadcast's type too.
 */
export function onBroadcast(handler: (b: Broadcast) => void): () => void {
  const origin = browser.runtime.getURL('/');
  const listener = (message: unknown, sender: SenderInfo): undefined => {
    if (isBroadcast(message) && fromExtensionItself(sender, browser.runtime.id, origin)) handler(message);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

interface SidePanelApi {
  open(options: { tabId: number }): Promise<void>;
}

/** Chrome's side panel API when this browser has one (Firefox has sidebars instead). */
function sidePanelApi(): SidePanelApi | undefined {
  const g = globalThis as { chrome?: { sidePanel?: SidePanelApi } };
  return g.chrome?.sidePanel ?? (browser as unknown as { sidePanel?: SidePanelApi }).sidePanel;
}

interface SidebarActionApi {
  open(): Promise<void>;
}

/** Firefox's sidebar API, when this browser has one and no side panel. */
function sidebarActionApi(): SidebarActionApi | undefined {
  return (browser as unknown as { sidebarAction?: SidebarActionApi }).sidebarAction;
}

/** The connector of the real extension. */
export const browserConnector: Connector = {
  send,
  onBroadcast,

  async activeTabId() {
    if (!browser.tabs?.query) return null;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? null;
  },

  onActiveTabChange(handler) {
    if (!browser.tabs) return () => {};
    // Only this window's tabs: a side panel belongs to one window.
    let windowId: number | undefined;
    browser.windows?.getCurrent().then(
      (w) => (windowId = w.id),
      () => undefined,
    );
    const ours = (id: number | undefined) => windowId === undefined || id === windowId;
    const activated = (info: { tabId: number; windowId: number }) => ours(info.windowId) && handler(info.tabId);
    const updated = (
      tabId: number,
      change: { url?: string; status?: string },
      tab: { active?: boolean; windowId?: number },
    ) => {
      if (tab.active && ours(tab.windowId) && (change.url || change.status === 'complete')) handler(tabId);
    };
    browser.tabs.onActivated.addListener(activated);
    browser.tabs.onUpdated.addListener(updated);
    return () => {
      browser.tabs.onActivated.removeListener(activated);
      browser.tabs.onUpdated.removeListener(updated);
    };
  },

  openSidePanel(tabId) {
    // sidePanel.open must run inside the click's user gesture: call it before anything awaits,
    // and ask the background only when this page cannot.
    const api = sidePanelApi();
    if (api) {
      try {
        return api.open({ tabId }).then(
          () => true,
          () => send('open-sidepanel', { tabId }).then((r) => r.ok),
        );
      } catch {
        // fall through to the background
      }
    }
    // Firefox opens its sidebar only from a user's input, which a message to the background no
    // longer is: the page that took the click opens it (in its own window).
    const sidebar = sidebarActionApi();
    if (sidebar) {
      try {
        return sidebar.open().then(
          () => true,
          () => false,
        );
      } catch {
        return Promise.resolve(false);
      }
    }
    return send('open-sidepanel', { tabId }).then((r) => r.ok);
  },

  async getSettings() {
    const stored = await browser.storage.local.get(SETTINGS_KEY);
    return migrateSettings(stored[SETTINGS_KEY]);
  },

  async saveSettings(settings) {
    await browser.storage.local.set({ [SETTINGS_KEY]: settings });
  },

  onSettingsChange(handler) {
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && changes[SETTINGS_KEY]) handler(migrateSettings(changes[SETTINGS_KEY].newValue));
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },

  async requestHostAccess() {
    const origins = SITES;
    try {
      return await browser.permissions.request({ origins });
    } catch {
      // Refused without asking (Firefox: not from a user's input, or access the manifest already
      // grants and so may not be requested): what counts is whether the access is held.
      return browser.permissions.contains({ origins }).catch(() => false);
    }
  },

  async requestOriginAccess(origins) {
    try {
      return await browser.permissions.request({ origins });
    } catch {
      return false;
    }
  },

  async storedReport(tabId) {
    // Extension pages may read session storage themselves: no round trip through a service worker
    // that may have to start first.
    const area = browser.storage.session;
    if (!area) return null;
    try {
      const key = reportKey(tabId);
      const stored = (await area.get(key))[key] as TabReport | undefined;
      // When the kept report arrived, for the popup's timing breakdown.
      performance.mark('report:session-read');
      return stored ?? null;
    } catch {
      return null;
    }
  },
};
