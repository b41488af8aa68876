// The one protocol between the extension's parts: every message is a member of `Request`, tagged by
// `type`, and every answer type is named beside it. The background checks shape and sender first.
import type {
  Article,
  ArticleSummary,
  ImportReport,
  LookupResult,
  OutletProfile,
  PageDigest,
  TabReport,
} from './types';
import type { FeedView } from './feeds/subscription';
import type { ForgetScope, KeptFilter, KeptHistory } from './store/keep-store';
import type { CorpusProblem } from './store/corpus-health';

export interface CorpusListing {
  articles: ArticleSummary[];
  total: number;
  bundled: number;
  user: number;
  /** Articles added by feed subscriptions. */
  feed?: number;
  corpusVersion: string | null;
  /** Bytes used by the extension's storage, when the browser tells. */
  bytesUsed: number | null;
  /** Storage full, or a bundled corpus update that failed: what the user should know and do. */
  problem?: CorpusProblem | null;
}

/** The corpus's state for the popup: a problem to show, with the counts beside it. */
export interface CorpusHealthView {
  problem: CorpusProblem | null;
  articles: number;
  bytesUsed: number | null;
}

/** Requests and their answers. Content scripts may send only `page-digest` and `page-skipped`. */
export interface Protocol {
  'page-digest': { request: { digest: PageDigest }; response: { ok: true } };
  'page-skipped': {
    request: { url: string; reason: 'not-article' | 'too-large' | 'error'; detail?: string };
    response: { ok: true };
  };
  'get-report': { request: { tabId: number }; response: TabReport | null };
  'read-tab': { request: { tabId: number }; response: TabReport | null };
  'list-articles': { request: { query?: string; offset?: number; limit?: number }; response: CorpusListing };
  'corpus-health': { request: Record<string, never>; response: CorpusHealthView };
  'get-article': { request: { id: string }; response: Article | null };
  'get-outlet': { request: { name?: string | null; domain?: string | null }; response: OutletProfile | null };
  lookup: { request: { text: string }; response: LookupResult };
  'get-lookup': { request: Record<string, never>; response: LookupResult | null };
  /** `article`: an HTML file's article as the options page read it (see ImportInput). */
  'import-files': {
    request: { files: Array<{ name: string; text: string; article?: string | null }> };
    response: ImportReport;
  };
  'delete-article': { request: { id: string }; response: { ok: boolean } };
  'restore-bundled': { request: Record<string, never>; response: { ok: boolean; restored: number } };
  'export-corpus': { request: Record<string, never>; response: Article[] };
  'save-page': { request: { tabId: number }; response: { ok: boolean; id: string | null; message: string } };
  'open-sidepanel': { request: { tabId: number }; response: { ok: boolean } };
  /** Feed subscriptions (lib/feeds): listed, added (by address or from an OPML list), fetched now, removed, rescheduled. */
  'list-feeds': { request: Record<string, never>; response: FeedView[] };
  'add-feeds': {
    request: { feeds: Array<{ url: string; title?: string | null; site?: string | null }> };
    response: { added: number; problems: string[] };
  };
  'fetch-feeds': { request: { id?: string }; response: FeedView[] };
  'remove-feed': { request: { id: string; forget: boolean }; response: { ok: boolean; forgotten: number } };
  'set-feed-interval': { request: { id: string; minutes: number }; response: { ok: boolean } };
  /** The articles kept as the user read them, filtered, with counts and storage. */
  'kept-history': { request: KeptFilter; response: KeptHistory };
  /** Forgets kept articles: one, a site's, a time span's, all, or the one of the page in a tab. */
  'forget-kept': { request: ForgetScope | { scope: 'page'; tabId: number }; response: { forgotten: number } };
  /** The kept article of the page in a tab, if any. */
  'kept-page': { request: { tabId: number }; response: { id: string; title: string } | null };
}

export type MessageType = keyof Protocol;
export type Request<T extends MessageType = MessageType> = { type: T } & Protocol[T]['request'];
export type Response<T extends MessageType> = Protocol[T]['response'];

/** Broadcasts from the background to open extension pages. */
export type Broadcast =
  | { type: 'report-updated'; tabId: number }
  | { type: 'lookup-updated' }
  | { type: 'corpus-changed' }
  | { type: 'import-progress'; done: number; total: number; file: string }
  | { type: 'feeds-changed' };

/** Every broadcast's type, the one list the pages' listener and the background's own check read. */
export const BROADCAST_TYPES = [
  'report-updated',
  'lookup-updated',
  'corpus-changed',
  'import-progress',
  'feeds-changed',
] as const satisfies ReadonlyArray<Broadcast['type']>;

export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<MessageType> = new Set(['page-digest', 'page-skipped']);

/** A corpus figure for the same quantity as a figure on the page, as a page mark's card shows it. */
export interface MarkEntry {
  text: string;
  counts: string | null;
  event: string | null;
  outlet: string | null;
  /** ISO date of the corpus article, or null when unknown. */
  date: string | null;
  /** Who the article cites for it, or "no source given". */
  source: string;
}

/** A figure on the page that the corpus also reports: its words and sentence (to find it), and the corpus figures. */
export interface FigureMark {
  text: string;
  sentence: string;
  /** "Palestinians killed" */
  quantity: string;
  corpus: MarkEntry[];
}

/** Messages from the background to the content script of a tab; an empty list removes the marks. */
export type ContentMessage = { type: 'figure-marks'; marks: FigureMark[] };
