// Reads RSS 2.0 (and RSS 1.0), Atom 1.0 and JSON Feed 1.0/1.1 into one shape, without a DOM: the
// service worker has none, so XML is read with fast-xml-parser. Everything a feed says is
// untrusted: titles and names become plain single lines, content HTML becomes plain paragraphs
// (lib/feeds/html-text.ts), and only http(s) addresses are kept.
import { XMLParser, XMLValidator, type X2jOptions } from 'fast-xml-parser';
import { safeUrl } from '../page/safe-url';
import { isoDate } from '../text/parse-date';
import { htmlToLine, htmlToParagraphs } from './html-text';

export type FeedKind = 'rss' | 'atom' | 'json';

export interface FeedItem {
  title: string | null;
  /** The item's page, http(s) only. */
  url: string | null;
  author: string | null;
  /** ISO 8601, or null when the item gives no readable date. */
  published: string | null;
  /** The item's text as plain paragraphs. */
  paragraphs: string[];
  /** True when the feed gives only a summary of the item, not its full content. */
  partial: boolean;
}

export interface ParsedFeed {
  kind: FeedKind;
  title: string | null;
  /** The site the feed belongs to (its home page), http(s) only. */
  site: string | null;
  items: FeedItem[];
  /** Items beyond the limit asked for, left out. */
  dropped: number;
}

export type FeedProblem = 'malformed-xml' | 'malformed-json' | 'not-a-feed' | 'html-page';

/** Why a text is not a feed that can be read, in words a person can act on. */
export class FeedError extends Error {
  constructor(
    readonly problem: FeedProblem,
    message: string,
  ) {
    super(message);
    this.name = 'FeedError';
  }
}

/** Most items read from one feed. */
export const MAX_FEED_ITEMS = 200;

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

/** The text of an XML element as the parser gives it: a string, or an object with `#text`. */
function textOf(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return textOf(v[0]);
  if (isNode(v)) return textOf(v['#text']);
  return null;
}

const line = (v: unknown, max = 2000): string | null => {
  const t = textOf(v);
  if (!t) return null;
  return htmlToLine(t, max) || null;
};

/** Where a text looks like an HTML page rather than a feed. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<!doctype\s+html|^\s*<html[\s>]|^\s*<head[\s>]|^\s*<body[\s>]/i.test(
    text.slice(0, 4096),
  );
}

const PARSER_OPTIONS: Partial<X2jOptions> = {
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Values stay strings: a title "2024" or "true" is text, not a number.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  // Atom content and summary are read from their raw text: XHTML content is markup, not elements to parse.
  stopNodes: ['*.content', '*.summary'],
  processEntities: true,
  htmlEntities: true,
  isArray: (name: string) => ['item', 'entry', 'link', 'author', 'category', 'outline', 'dc:creator'].includes(name),
};

/** Parses an XML text into a tree, or explains where it is not well formed. */
export function parseXml(text: string): Node {
  // The internal DTD subset is where entity expansion bombs live; feeds have no use for it.
  const source = text.replace(/^\uFEFF/, '').replace(/<!DOCTYPE[^[>]*\[[\s\S]*?\]\s*>/i, '');
  const valid = XMLValidator.validate(source);
  if (valid !== true) {
    const { msg, line: at } = valid.err;
    // "Invalid '[ "rss", "channel" ]' found.": the elements a cut-off text leaves open.
    const open = /^Invalid '\[([\s\S]*)\]' found/.exec(msg);
    const names = open ? [...open[1].matchAll(/"([^"]+)"/g)].map((m) => `<${m[1]}>`) : [];
    throw new FeedError(
      'malformed-xml',
      names.length > 0
        ? `the XML is malformed: it ends with ${names.join(', ')} still open (cut off?)`
        : `the XML is malformed (line ${at}: ${msg})`,
    );
  }
  try {
    return new XMLParser(PARSER_OPTIONS).parse(source) as Node;
  } catch (error) {
    throw new FeedError('malformed-xml', `the XML is malformed (${(error as Error).message})`);
  }
}

/** The raw text of a stop node: CDATA sections kept as written, the rest with its XML references decoded. */
function rawText(v: unknown): { text: string; type: string | null } | null {
  const node = Array.isArray(v) ? v[0] : v;
  if (node === undefined || node === null) return null;
  const raw = typeof node === 'string' ? node : isNode(node) ? (textOf(node['#text']) ?? '') : String(node);
  const type = isNode(node) ? ((node['@_type'] as string | undefined) ?? null) : null;
  return { text: raw, type };
}

/** Text from an Atom text construct (type text, html or xhtml) read raw. */
function atomParagraphs(v: unknown): string[] {
  const raw = rawText(v);
  if (!raw || !raw.text.trim()) return [];
  const type = (raw.type ?? 'text').toLowerCase();
  if (type === 'xhtml' || type.endsWith('xml')) return htmlToParagraphs(raw.text);
  // text or html: escaped markup, or CDATA. Decode XML references outside CDATA, keep CDATA as is.
  const unescaped = raw.text
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) =>
      part.startsWith('<![CDATA[')
        ? part.slice(9, -3)
        : part
            .replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>')
            .replace(/&quot;/g, '"')
            .replace(/&apos;/g, "'")
            .replace(/&#(\d+);/g, (_, d) => `&#${d};`)
            .replace(/&amp;/g, '&'),
    )
    .join('');
  if (type === 'text' || type === 'plain' || type === 'text/plain') {
    return unescaped
      .split(/\n\s*\n+/)
      .map((p) => htmlToLine(p.replace(/</g, '&lt;'), 100_000))
      .filter(Boolean);
  }
  return htmlToParagraphs(unescaped);
}

function rssItem(item: Node, base: string): FeedItem {
  const encoded = textOf(item['content:encoded']);
  const description = textOf(item.description);
  const full = encoded && encoded.trim() ? htmlToParagraphs(encoded) : [];
  const paragraphs = full.length > 0 ? full : description ? htmlToParagraphs(description) : [];
  const link =
    textOf(list(item.link)[0]) ??
    (isNode(item.guid) && item.guid['@_isPermaLink'] !== 'false'
      ? textOf(item.guid)
      : typeof item.guid === 'string'
        ? item.guid
        : null);
  const author = line(list(item['dc:creator'])[0], 300) ?? line(list(item.author)[0], 300);
  return {
    title: line(item.title),
    url: safeUrl(link, base),
    author,
    published: isoDate(textOf(item.pubDate) ?? textOf(item['dc:date'])),
    paragraphs,
    partial: full.length === 0,
  };
}

function atomLink(links: unknown, base: string): string | null {
  const all = list(links).filter(isNode);
  const alternate = all.find((l) => (l['@_rel'] ?? 'alternate') === 'alternate') ?? null;
  return alternate ? safeUrl(alternate['@_href'], base) : null;
}

function atomEntry(entry: Node, base: string): FeedItem {
  const full = atomParagraphs(entry.content);
  const summary = full.length > 0 ? [] : atomParagraphs(entry.summary);
  const author =
    list(entry.author)
      .filter(isNode)
      .map((a) => line(a.name, 300))
      .filter(Boolean)[0] ?? null;
  return {
    title: line(entry.title),
    url: atomLink(entry.link, base),
    author,
    published: isoDate(textOf(entry.published) ?? textOf(entry.updated)),
    paragraphs: full.length > 0 ? full : summary,
    partial: full.length === 0,
  };
}

function jsonItem(item: unknown, base: string, feedAuthor: string | null): FeedItem | null {
  if (!isNode(item)) return null;
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  const html = str(item.content_html);
  const text = str(item.content_text);
  let full: string[] = [];
  if (html && html.trim()) full = htmlToParagraphs(html);
  else if (text && text.trim())
    full = text
      .split(/\n\s*\n+/)
      .map((p) => htmlToLine(p.replace(/&/g, '&amp;').replace(/</g, '&lt;'), 100_000))
      .filter(Boolean);
  const summary = str(item.summary);
  const authors = [...list(item.authors), ...list(item.author)]
    .filter(isNode)
    .map((a) => (typeof a.name === 'string' ? htmlToLine(a.name.replace(/</g, '&lt;'), 300) : ''))
    .filter(Boolean);
  return {
    title: typeof item.title === 'string' ? htmlToLine(item.title.replace(/</g, '&lt;')) || null : null,
    url: safeUrl(item.url, base) ?? safeUrl(item.external_url, base),
    author: authors[0] ?? feedAuthor,
    published: isoDate(item.date_published ?? item.date_modified),
    paragraphs:
      full.length > 0
        ? full
        : summary
          ? [htmlToLine(summary.replace(/&/g, '&amp;').replace(/</g, '&lt;'), 100_000)].filter(Boolean)
          : [],
    partial: full.length === 0,
  };
}

/** Whether a parsed JSON value is a JSON Feed. */
export function isJsonFeed(data: unknown): data is Node {
  return (
    isNode(data) &&
    typeof data.version === 'string' &&
    /^https?:\/\/jsonfeed\.org\/version\/1(\.\d+)?\/?$/i.test(data.version)
  );
}

/** A JSON Feed already parsed from JSON. */
export function readJsonFeed(data: Node, base: string, maxItems = MAX_FEED_ITEMS): ParsedFeed {
  if (!Array.isArray(data.items)) throw new FeedError('not-a-feed', 'the JSON Feed has no "items" list');
  const feedAuthor =
    [...list(data.authors), ...list(data.author)]
      .filter(isNode)
      .map((a) => (typeof a.name === 'string' ? htmlToLine(a.name.replace(/</g, '&lt;'), 300) : ''))
      .find(Boolean) ?? null;
  const items = data.items
    .slice(0, maxItems)
    .map((i) => jsonItem(i, base, feedAuthor))
    .filter((i): i is FeedItem => i !== null);
  return {
    kind: 'json',
    title: typeof data.title === 'string' ? htmlToLine(data.title.replace(/</g, '&lt;'), 300) || null : null,
    site: safeUrl(data.home_page_url, base),
    items,
    dropped: Math.max(0, data.items.length - maxItems),
  };
}

/** An RSS or Atom feed from its XML tree; null when the root is neither. */
export function readXmlFeed(tree: Node, base: string, maxItems = MAX_FEED_ITEMS): ParsedFeed | null {
  const rss = isNode(tree.rss) ? tree.rss : null;
  const rdf = isNode(tree['rdf:RDF']) ? tree['rdf:RDF'] : null;
  if (rss || rdf) {
    const channel = list((rss ?? rdf)!.channel).find(isNode) ?? {};
    const items = rss ? list(channel.item) : list(rdf!.item);
    return {
      kind: 'rss',
      title: line(channel.title, 300),
      site: safeUrl(textOf(list(channel.link).find((l) => typeof l === 'string') ?? list(channel.link)[0]), base),
      items: items
        .slice(0, maxItems)
        .filter(isNode)
        .map((i) => rssItem(i, base)),
      dropped: Math.max(0, items.length - maxItems),
    };
  }
  const feed = isNode(tree.feed) ? tree.feed : null;
  if (feed) {
    const entries = list(feed.entry);
    return {
      kind: 'atom',
      title: line(feed.title, 300),
      site: atomLink(feed.link, base),
      items: entries
        .slice(0, maxItems)
        .filter(isNode)
        .map((e) => atomEntry(e, base)),
      dropped: Math.max(0, entries.length - maxItems),
    };
  }
  return null;
}

/** The name of an XML tree's root element, for messages. */
export function rootName(tree: Node): string | null {
  return Object.keys(tree).find((k) => !k.startsWith('?') && !k.startsWith('@_') && k !== '#text') ?? null;
}

/**
 * Reads a feed of any of the three kinds from its text. `base` resolves relative addresses (the
 * feed's own address). Throws a FeedError saying why when the text is not a feed.
 */
export function parseFeed(text: string, base = 'http://localhost/', maxItems = MAX_FEED_ITEMS): ParsedFeed {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (!trimmed) throw new FeedError('not-a-feed', 'the response is empty');
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let data: unknown;
    try {
      data = JSON.parse(trimmed);
    } catch (error) {
      throw new FeedError('malformed-json', `the JSON is malformed (${(error as Error).message})`);
    }
    if (!isJsonFeed(data))
      throw new FeedError(
        'not-a-feed',
        'this JSON is not a JSON Feed (it has no "version" of https://jsonfeed.org/version/1.1)',
      );
    return readJsonFeed(data, base, maxItems);
  }
  if (looksLikeHtml(trimmed)) throw new FeedError('html-page', 'this address gives an HTML page, not a feed');
  if (!trimmed.startsWith('<')) throw new FeedError('not-a-feed', 'this is neither XML nor JSON, so not a feed');
  const tree = parseXml(trimmed);
  const feed = readXmlFeed(tree, base, maxItems);
  if (feed) return feed;
  const root = rootName(tree);
  if (root?.toLowerCase() === 'html') throw new FeedError('html-page', 'this address gives an HTML page, not a feed');
  throw new FeedError(
    'not-a-feed',
    `this XML is not a feed: its root element is <${root ?? '?'}>, not <rss>, <rdf:RDF> or <feed>`,
  );
}
