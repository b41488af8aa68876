// Every message the background receives is checked here before it is used: its shape against the
// protocol, and its sender against who may send it. Anything else is refused, with the reason.
// The content script's check of the figure marks it is sent is here too: one set of type guards.
import {
  BROADCAST_TYPES,
  CONTENT_SCRIPT_MESSAGES,
  type Broadcast,
  type ContentMessage,
  type FigureMark,
  type MarkEntry,
  type MessageType,
  type Request,
} from './messages';
import { MAX_ENTRIES, MAX_MARKS } from './marks/figure-marks';
import { MAX_STATEMENTS } from './page/read-metadata';

/** What the background knows of a message's sender (a subset of runtime.MessageSender). */
export interface SenderInfo {
  /** The extension id the message came from. */
  id?: string;
  /** The sending document's address. */
  url?: string;
  /** Present when a content script in a tab sent it. */
  tab?: { id?: number; url?: string };
  frameId?: number;
}

export type Checked = { ok: true; message: Request } | { ok: false; reason: string };

const MAX_TEXT = 2_000_000;
const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown, max = MAX_TEXT): v is string => typeof v === 'string' && v.length <= max;
const isOptString = (v: unknown, max = MAX_TEXT) => v === undefined || v === null || isString(v, max);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isTabId = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

type Shape = (m: Record<string, unknown>) => string | null;

const DIGEST_STRINGS = [
  'canonical',
  'site',
  'byline',
  'published',
  'modified',
  'language',
  'originalPublisher',
  'basedOn',
  'dateline',
  'section',
] as const;

const SHAPES: Record<MessageType, Shape> = {
  'page-digest': (m) => {
    const d = m.digest;
    if (!isObject(d)) return 'digest is not an object';
    if (!isString(d.url, 8192) || !/^https?:/i.test(d.url)) return 'digest.url is not an http(s) address';
    if (!isString(d.title, 100_000)) return 'digest.title is not a string';
    if (!isString(d.text)) return 'digest.text is not a string within the size limit';
    if (typeof d.readerable !== 'boolean') return 'digest.readerable is not a boolean';
    for (const key of DIGEST_STRINGS) if (!isOptString(d[key], 100_000)) return `digest.${key} is not a string or null`;
    if (!isOptString(d.originalPublisherFoundIn, 20)) return 'digest.originalPublisherFoundIn is not a string or null';
    if (d.stated !== undefined) {
      if (!isObject(d.stated)) return 'digest.stated is not an object';
      for (const key of ['addresses', 'names', 'publisherAddresses'] as const) {
        const list = d.stated[key];
        if (!Array.isArray(list) || list.length > MAX_STATEMENTS || !list.every((v) => isString(v, 8192)))
          return `digest.stated.${key} is not a short list of strings`;
      }
    }
    return null;
  },
  'page-skipped': (m) =>
    !isString(m.url, 8192)
      ? 'url is not a string'
      : !['not-article', 'too-large', 'error'].includes(m.reason as string)
        ? 'reason is unknown'
        : null,
  'get-report': (m) => (isTabId(m.tabId) ? null : 'tabId is not a tab id'),
  'read-tab': (m) => (isTabId(m.tabId) ? null : 'tabId is not a tab id'),
  'list-articles': (m) =>
    !isOptString(m.query, 500)
      ? 'query is not a string'
      : m.offset !== undefined && !isTabId(m.offset)
        ? 'offset is not a number'
        : m.limit !== undefined && !isTabId(m.limit)
          ? 'limit is not a number'
          : null,
  'corpus-health': () => null,
  'get-article': (m) => (isString(m.id, 200) ? null : 'id is not a string'),
  'get-outlet': (m) =>
    isOptString(m.name, 500) && isOptString(m.domain, 500) ? null : 'name or domain is not a string',
  lookup: (m) => (isString(m.text, 20_000) && m.text.trim().length > 0 ? null : 'text is empty or too long'),
  'get-lookup': () => null,
  'import-files': (m) => {
    if (!Array.isArray(m.files) || m.files.length === 0) return 'files is not a non-empty list';
    let bytes = 0;
    for (const f of m.files) {
      if (!isObject(f) || !isString(f.name, 1000) || typeof f.text !== 'string') return 'a file is not {name, text}';
      if (!isOptString(f.article, MAX_IMPORT_BYTES)) return "a file's article is not text";
      bytes += f.text.length;
    }
    return bytes > MAX_IMPORT_BYTES ? `the files are larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB together` : null;
  },
  'delete-article': (m) => (isString(m.id, 200) ? null : 'id is not a string'),
  'restore-bundled': () => null,
  'export-corpus': () => null,
  'save-page': (m) => (isTabId(m.tabId) ? null : 'tabId is not a tab id'),
  'open-sidepanel': (m) => (isTabId(m.tabId) ? null : 'tabId is not a tab id'),
  'list-feeds': () => null,
  'add-feeds': (m) =>
    !Array.isArray(m.feeds) || m.feeds.length === 0 || m.feeds.length > 1000
      ? 'feeds is not a list of 1 to 1000 feeds'
      : m.feeds.every(
            (f) => isObject(f) && isString(f.url, 4000) && isOptString(f.title, 500) && isOptString(f.site, 4000),
          )
        ? null
        : 'a feed is not {url, title?, site?}',
  'fetch-feeds': (m) => (m.id === undefined || isString(m.id, 100) ? null : 'id is not a string'),
  'remove-feed': (m) => (isString(m.id, 100) && typeof m.forget === 'boolean' ? null : 'id or forget is missing'),
  'set-feed-interval': (m) =>
    isString(m.id, 100) && typeof m.minutes === 'number' && Number.isFinite(m.minutes)
      ? null
      : 'id or minutes is missing',
  'kept-history': (m) => {
    if (!isOptString(m.query, 500) || !isOptString(m.outlet, 500) || !isOptString(m.site, 500))
      return 'query, outlet or site is not a string';
    for (const key of ['from', 'to'] as const)
      if (m[key] !== undefined && !isTime(m[key])) return `${key} is not a time`;
    const after = m.after;
    if (after !== undefined && !(isObject(after) && isTime(after.addedAt) && isString(after.id, 200)))
      return 'after is not {addedAt, id}';
    return m.limit !== undefined && !isTabId(m.limit) ? 'limit is not a number' : null;
  },
  'forget-kept': (m) => {
    switch (m.scope) {
      case 'article':
        return isString(m.id, 200) ? null : 'id is not a string';
      case 'site':
        return isString(m.site, 500) && m.site.trim().length > 0 ? null : 'site is not a host';
      case 'span':
        return isTime(m.from) && isTime(m.to) && m.from < m.to ? null : 'from and to are not a time span';
      case 'page':
        return isTabId(m.tabId) ? null : 'tabId is not a tab id';
      case 'all':
        return null;
      default:
        return 'scope is unknown';
    }
  },
  'kept-page': (m) => (isTabId(m.tabId) ? null : 'tabId is not a tab id'),
};

/**
 * Accepts a message only from this extension: extension pages for every type, content scripts
 * (a tab sender) only for what a page reader sends. Web pages cannot reach the background at all
 * without `externally_connectable`, but a compromised content script could try anything.
 */
export function checkMessage(raw: unknown, sender: SenderInfo, extensionId: string, extensionOrigin: string): Checked {
  if (sender.id !== extensionId) return { ok: false, reason: `sender ${sender.id ?? 'unknown'} is not this extension` };
  if (!isObject(raw) || typeof raw.type !== 'string') return { ok: false, reason: 'message has no type' };
  const type = raw.type as MessageType;
  const shape = Object.prototype.hasOwnProperty.call(SHAPES, type) ? SHAPES[type] : undefined;
  if (!shape) return { ok: false, reason: `unknown message type ${JSON.stringify(String(raw.type).slice(0, 40))}` };
  const fromExtensionPage =
    typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin) && !sender.tab?.url?.startsWith('http');
  const fromContentScript = sender.tab !== undefined && !fromExtensionPage;
  if (fromContentScript && !CONTENT_SCRIPT_MESSAGES.has(type))
    return { ok: false, reason: `a page may not send ${type}` };
  if (!fromContentScript && !fromExtensionPage)
    return { ok: false, reason: 'sender is neither an extension page nor a content script' };
  if (CONTENT_SCRIPT_MESSAGES.has(type) && (!fromContentScript || sender.frameId !== 0)) {
    return { ok: false, reason: `${type} must come from a content script in a top frame` };
  }
  const problem = shape(raw);
  if (problem) return { ok: false, reason: `${type}: ${problem}` };
  return { ok: true, message: raw as unknown as Request };
}

// The content script's check of a `figure-marks` message before it draws anything: the shape, with
// every string bounded and every field present. (The sender, this extension's background, is
// checked by the caller.)
const isNullOrString = (v: unknown, max: number) => v === null || isString(v, max);

function isMarkEntry(v: unknown): v is MarkEntry {
  return (
    isObject(v) &&
    isString(v.text, 300) &&
    isNullOrString(v.counts, 300) &&
    isNullOrString(v.event, 300) &&
    isNullOrString(v.outlet, 300) &&
    isNullOrString(v.date, 40) &&
    isString(v.source, 300)
  );
}

function isFigureMark(v: unknown): v is FigureMark {
  return (
    isObject(v) &&
    isString(v.text, 300) &&
    isString(v.sentence, 2000) &&
    isString(v.quantity, 300) &&
    Array.isArray(v.corpus) &&
    v.corpus.length <= MAX_ENTRIES &&
    v.corpus.every(isMarkEntry)
  );
}

/** Whether `message` is a well-formed `figure-marks` message. */
export function isFigureMarksMessage(message: unknown): message is ContentMessage {
  return (
    isObject(message) &&
    message.type === 'figure-marks' &&
    Array.isArray(message.marks) &&
    message.marks.length <= MAX_MARKS &&
    message.marks.every(isFigureMark)
  );
}

// The extension pages' check of a broadcast: one of the background's types, sent by the extension's
// own worker or pages. A content script (a sender in a tab at a web address) is never believed.
const BROADCASTS: ReadonlySet<string> = new Set(BROADCAST_TYPES);

/** Whether `message` has the type of one of the background's broadcasts. */
export function isBroadcast(message: unknown): message is Broadcast {
  return isObject(message) && typeof message.type === 'string' && BROADCASTS.has(message.type);
}

/** Whether a message comes from this extension's worker or one of its pages, not a content script. */
export function fromExtensionItself(sender: SenderInfo, extensionId: string, extensionOrigin: string): boolean {
  if (sender.id !== extensionId) return false;
  return sender.tab === undefined || (typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin));
}
