// The background's whole protocol in one screen: one handler per message type. Every message is
// checked for its shape and sender first (lib/check-message.ts); refused ones are logged, never used.
import { browser, type Browser } from 'wxt/browser';
import type { MessageType, Protocol, Request } from '@/lib/messages';
import { checkMessage, isBroadcast } from '@/lib/check-message';
import {
  allArticles,
  countArticles,
  deleteArticle,
  getArticle,
  listArticles,
  corpusVersion,
} from '@/lib/store/corpus-store';
import { findOutlet } from '@/lib/sources/outlets';
import { corpusIndexer } from '@/lib/match/corpus-indexer';
import { stateReport } from '@/lib/report/build-report';
import { readableUrl, SITES } from '@/lib/reading-rules';
import { addressMismatch } from '@/lib/page/same-address';
import { getDb } from './db';
import { corpusChecked, corpusHealth, outletProfiles, restoreBundled } from './corpus';
import { corpusProblem } from '@/lib/store/corpus-health';
import { broadcast, getReport, inTabOrder, saveReport } from './reports';
import { readTab, receiveDigest } from './reading';
import { importFiles, savePage } from './import';
import { lastLookup, lookup } from './lookup';
import { openSidePanel } from './side-panel';
import { addFeeds, fetchFeeds, listFeeds, removeFeed, setFeedInterval } from './feeds';
import { forget, keptPage } from './keep';
import { keptHistory } from '@/lib/store/keep-store';

type Handler<T extends MessageType> = (
  message: Request<T>,
  sender: Browser.runtime.MessageSender,
) => Promise<Protocol[T]['response']>;

const handlers: { [T in MessageType]: Handler<T> } = {
  'page-digest': async ({ digest }, sender) => {
    const mismatch = addressMismatch(digest.url, sender.tab?.url);
    if (mismatch) throw new Error(`Refused a page report: ${mismatch}.`);
    void receiveDigest(sender.tab!.id!, digest);
    return { ok: true };
  },
  'page-skipped': async ({ url, reason, detail }, sender) => {
    const mismatch = addressMismatch(url, sender.tab?.url);
    if (mismatch) throw new Error(`Refused a page report: ${mismatch}.`);
    const message =
      reason === 'not-article'
        ? null
        : reason === 'too-large'
          ? 'This page is too large to read.'
          : `The page could not be read${detail ? `: ${detail}` : '.'}`;
    const tabId = sender.tab!.id!;
    const report = stateReport(tabId, url, reason === 'not-article' ? 'not-article' : 'error', message);
    await inTabOrder(tabId, () => saveReport(report));
    return { ok: true };
  },
  'get-report': async ({ tabId }) => {
    const report = await getReport(tabId);
    if (report) return report;
    const tab = await browser.tabs.get(tabId).catch(() => null);
    // With access to all sites, only a page no extension may read hides its address (chrome://, data:).
    const closed =
      tab && (tab.url === undefined ? await browser.permissions.contains({ origins: SITES }) : !readableUrl(tab.url));
    if (!closed) return null;
    const unsupported = stateReport(tabId, tab.url ?? '', 'unsupported');
    await saveReport(unsupported);
    return unsupported;
  },
  'read-tab': async ({ tabId }) => readTab(tabId),
  'list-articles': async (request) => {
    // Listed whatever became of the bundled update: when it could not be written, the user deletes from this list.
    await corpusChecked();
    const db = await getDb();
    const [{ articles, matching }, counts, version, estimate, feed, health] = await Promise.all([
      listArticles(db, request),
      countArticles(db),
      corpusVersion(db),
      navigator.storage?.estimate?.().catch(() => null) ?? null,
      db.countFromIndex('articles', 'byOrigin', 'feed'),
      corpusHealth(),
    ]);
    const problem = corpusProblem(health);
    return {
      articles,
      total: matching,
      bundled: counts.bundled,
      user: counts.user,
      feed,
      corpusVersion: version,
      bytesUsed: estimate?.usage ?? null,
      problem,
    };
  },
  'corpus-health': async () => {
    await corpusChecked();
    const db = await getDb();
    const [articles, estimate, health] = await Promise.all([
      db.count('articles'),
      navigator.storage?.estimate?.().catch(() => null) ?? null,
      corpusHealth(),
    ]);
    return { problem: corpusProblem(health), articles, bytesUsed: estimate?.usage ?? null };
  },
  'get-article': async ({ id }) => (await getArticle(await getDb(), id)) ?? null,
  'get-outlet': async ({ name, domain }) => findOutlet(await outletProfiles(), { name, domain }),
  lookup: async ({ text }) => lookup(text),
  'get-lookup': async () => lastLookup(),
  'import-files': async ({ files }) => importFiles(files),
  'delete-article': async ({ id }) => {
    const ok = await deleteArticle(await getDb(), id, corpusIndexer);
    if (ok) await broadcast({ type: 'corpus-changed' });
    return { ok };
  },
  'restore-bundled': async () => {
    const outcome = await restoreBundled();
    await broadcast({ type: 'corpus-changed' });
    return { ok: true, restored: outcome.added };
  },
  'export-corpus': async () => allArticles(await getDb()),
  'save-page': async ({ tabId }) => savePage(tabId),
  'open-sidepanel': async ({ tabId }) => openSidePanel(tabId),
  'list-feeds': async () => listFeeds(),
  'add-feeds': async ({ feeds }) => addFeeds(feeds),
  'fetch-feeds': async ({ id }) => fetchFeeds(id ? [id] : undefined),
  'remove-feed': async ({ id, forget }) => removeFeed(id, forget),
  'set-feed-interval': async ({ id, minutes }) => setFeedInterval(id, minutes),
  'kept-history': async (filter) => keptHistory(await getDb(), filter),
  'forget-kept': async (what) => forget(what),
  'kept-page': async ({ tabId }) => keptPage(tabId),
};

/** Answers extension messages; a refused one gets an error answer and a log line. */
export function registerMessages(): void {
  const origin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    const checked = checkMessage(raw, sender, browser.runtime.id, origin);
    if (!checked.ok) {
      // Broadcasts from the background itself come back to no one; anything else refused is logged.
      if (!isBroadcast(raw)) {
        console.warn(`Reading Context refused a message: ${checked.reason}`);
      }
      return undefined;
    }
    const handler = handlers[checked.message.type] as Handler<MessageType>;
    return handler(checked.message, sender).catch((error: Error) => {
      console.error(`Reading Context: ${checked.message.type} failed`, error);
      throw new Error(error.message);
    });
  });
}
