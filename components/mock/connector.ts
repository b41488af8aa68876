// A connector that answers from fixtures, so every page renders without the extension: in component
// tests, and in the built pages opened with `?mock=1` (how the README screenshots are made).
import type { Broadcast, MessageType, Protocol, Response } from '../../lib/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import type { ImportFileReport, TabReport } from '../../lib/types';
import type { Connector } from '../connector';
import {
  MOCK_ARTICLES,
  MOCK_LISTING_BASE,
  MOCK_LOOKUP,
  MOCK_OUTLETS,
  MOCK_REPORTS,
  MOCK_SUMMARIES,
  MOCK_TABS,
  READ_REPORT,
} from './fixtures';
import { mockFeedAnswers } from './feeds';

export interface MockOptions {
  /** Reports by tab id; defaults to one per state (see MOCK_TABS). */
  reports?: Record<number, TabReport | null>;
  /** The tab `activeTabId` answers. */
  activeTab?: number;
  /** Whether a right-click lookup is waiting for the side panel. */
  lookup?: boolean;
  /** Milliseconds each answer waits, to see loading states. */
  delay?: number;
  /** Whether the host permission request is granted. */
  grantHostAccess?: boolean;
}

export interface MockConnector extends Connector {
  /** Every message sent, in order, for tests to inspect. */
  sent: Array<{ type: MessageType; request: unknown }>;
  /** Delivers a broadcast to the page as the background would. */
  broadcast(b: Broadcast): void;
  /** Makes `activeTabId` answer another tab and tells listeners, as switching tabs would. */
  activate(tabId: number): void;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A connector over fixture data; each instance keeps its own corpus, settings and reports. */
export function createMockConnector(options: MockOptions = {}): MockConnector {
  const reports: Record<number, TabReport | null> = { ...MOCK_REPORTS, ...options.reports };
  let activeTab = options.activeTab ?? MOCK_TABS.ready;
  let settings: Settings = { ...DEFAULT_SETTINGS };
  let summaries = [...MOCK_SUMMARIES];
  const broadcastHandlers = new Set<(b: Broadcast) => void>();
  const tabHandlers = new Set<(tabId: number) => void>();
  const settingsHandlers = new Set<(s: Settings) => void>();
  const sent: MockConnector['sent'] = [];

  const broadcast = (b: Broadcast) => broadcastHandlers.forEach((h) => h(b));

  const answers: { [T in MessageType]: (request: Protocol[T]['request']) => Response<T> | Promise<Response<T>> } = {
    'page-digest': () => ({ ok: true }),
    'page-skipped': () => ({ ok: true }),
    'get-report': ({ tabId }) => reports[tabId] ?? null,
    'read-tab': ({ tabId }) => {
      const reading: TabReport = {
        ...READ_REPORT(tabId),
        state: 'reading',
        updatedAt: Date.now(),
        matches: [],
        figures: [],
        sources: [],
        figureLines: [],
        page: null,
      };
      reports[tabId] = reading;
      setTimeout(() => {
        reports[tabId] = READ_REPORT(tabId);
        broadcast({ type: 'report-updated', tabId });
      }, 1200);
      return reading;
    },
    'list-articles': ({ query, offset = 0, limit = 20 }) => {
      const q = (query ?? '').trim().toLowerCase();
      const found = q
        ? summaries.filter((a) => `${a.title} ${a.outlet ?? ''} ${a.author ?? ''}`.toLowerCase().includes(q))
        : summaries;
      return {
        ...MOCK_LISTING_BASE,
        articles: found.slice(offset, offset + limit),
        total: found.length,
        bundled: summaries.filter((a) => a.origin === 'bundled').length,
        user: summaries.filter((a) => a.origin === 'user').length,
      };
    },
    'get-article': ({ id }) => MOCK_ARTICLES.find((a) => a.id === id) ?? null,
    'get-outlet': ({ name, domain }) =>
      MOCK_OUTLETS.find(
        (o) =>
          (name && o.names.some((n) => n.toLowerCase() === name.toLowerCase())) ||
          (domain && o.domains.some((d) => domain === d || domain.endsWith(`.${d}`))),
      ) ?? null,
    lookup: () => MOCK_LOOKUP,
    'get-lookup': () => (options.lookup === false ? null : MOCK_LOOKUP),
    'import-files': async ({ files }) => {
      const results: ImportFileReport[] = [];
      for (const [i, file] of files.entries()) {
        broadcast({ type: 'import-progress', done: i, total: files.length, file: file.name });
        await wait(options.delay ?? 250);
        const known = /\.(txt|json|jsonl|html?)$/i.test(file.name);
        const ok = known && file.text.trim().length > 0;
        results.push({
          file: file.name,
          ok,
          added: ok ? 1 : 0,
          duplicates: 0,
          message: ok ? null : known ? 'The file is empty.' : 'Not a .txt, .json, .jsonl or .html file.',
        });
      }
      broadcast({ type: 'import-progress', done: files.length, total: files.length, file: '' });
      const ok = results.every((r) => r.ok);
      if (!ok) return { ok, added: 0, files: results.map((r) => ({ ...r, added: 0 })) };
      for (const r of results) {
        summaries.unshift({
          id: `imported-${summaries.length}`,
          origin: 'user',
          title: r.file,
          outlet: null,
          author: null,
          published: null,
          addedAt: Date.now(),
        });
      }
      broadcast({ type: 'corpus-changed' });
      return { ok, added: results.length, files: results };
    },
    'delete-article': ({ id }) => {
      const before = summaries.length;
      summaries = summaries.filter((a) => a.id !== id);
      broadcast({ type: 'corpus-changed' });
      return { ok: summaries.length < before };
    },
    'restore-bundled': () => {
      summaries = [
        ...MOCK_SUMMARIES.filter((a) => a.origin === 'bundled'),
        ...summaries.filter((a) => a.origin === 'user'),
      ];
      const ids = new Set<string>();
      summaries = summaries.filter((a) => !ids.has(a.id) && ids.add(a.id));
      broadcast({ type: 'corpus-changed' });
      return { ok: true, restored: MOCK_SUMMARIES.filter((a) => a.origin === 'bundled').length };
    },
    'export-corpus': () => MOCK_ARTICLES,
    'corpus-health': () => ({ problem: null, articles: summaries.length, bytesUsed: null }),
    'save-page': () => ({ ok: true, id: 'saved-page', message: 'Saved to your corpus.' }),
    'open-sidepanel': () => ({ ok: true }),
    ...mockFeedAnswers(broadcast),
    'kept-history': () => ({
      articles: [],
      next: null,
      matching: 0,
      scanned: 0,
      kept: 0,
      automatic: 0,
      bytes: 0,
      outlets: [],
      sites: [],
    }),
    'forget-kept': () => ({ forgotten: 0 }),
    'kept-page': () => null,
  };

  return {
    sent,
    broadcast,
    activate(tabId) {
      activeTab = tabId;
      tabHandlers.forEach((h) => h(tabId));
    },
    async send<T extends MessageType>(type: T, request: Protocol[T]['request']): Promise<Response<T>> {
      sent.push({ type, request });
      if (options.delay) await wait(options.delay);
      const answer = answers[type] as (r: Protocol[T]['request']) => Response<T> | Promise<Response<T>>;
      // Answers are copied, as messages are, so a page cannot change the fixtures.
      return structuredClone(await answer(request));
    },
    onBroadcast(handler) {
      broadcastHandlers.add(handler);
      return () => broadcastHandlers.delete(handler);
    },
    async activeTabId() {
      return activeTab;
    },
    onActiveTabChange(handler) {
      tabHandlers.add(handler);
      return () => tabHandlers.delete(handler);
    },
    async openSidePanel(tabId) {
      sent.push({ type: 'open-sidepanel', request: { tabId } });
      return true;
    },
    async getSettings() {
      return settings;
    },
    async saveSettings(next) {
      settings = { ...next };
      settingsHandlers.forEach((h) => h(settings));
    },
    onSettingsChange(handler) {
      settingsHandlers.add(handler);
      return () => settingsHandlers.delete(handler);
    },
    async requestHostAccess() {
      return options.grantHostAccess ?? true;
    },
    async requestOriginAccess() {
      return options.grantHostAccess ?? true;
    },
    async storedReport() {
      // The mock keeps no session storage: reports come through `get-report`.
      return null;
    },
  };
}
