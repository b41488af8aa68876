// OPML: the list of feeds that news readers export and import. Only the feeds are read (outlines
// with an `xmlUrl`, at any depth); folders are flattened. Addresses other than http(s) are dropped.
import { FeedError, parseXml, rootName } from './parse-feed';
import { htmlToLine } from './html-text';
import { safeUrl } from '../page/safe-url';

export interface OpmlFeed {
  url: string;
  title: string | null;
  site: string | null;
}

export interface OpmlList {
  title: string | null;
  feeds: OpmlFeed[];
  /** Outlines whose feed address is not http(s), left out. */
  skipped: number;
}

/** Most feeds read from one list. */
export const MAX_OPML_FEEDS = 1000;

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const attr = (n: Node, name: string) => (typeof n[`@_${name}`] === 'string' ? (n[`@_${name}`] as string) : null);

/** Whether a text looks like OPML (its root element), without parsing it all. */
export function looksLikeOpml(text: string): boolean {
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<opml[\s>]/i.test(text.slice(0, 4096));
}

/** The feeds of an OPML list; a FeedError when the text is not OPML or holds no feed. */
export function parseOpml(text: string): OpmlList {
  const tree = parseXml(text);
  const opml = isNode(tree.opml) ? tree.opml : null;
  if (!opml)
    throw new FeedError(
      'not-a-feed',
      `this XML is not an OPML list: its root element is <${rootName(tree) ?? '?'}>, not <opml>`,
    );
  const head = isNode(opml.head) ? opml.head : {};
  const feeds: OpmlFeed[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  const walk = (outlines: unknown[], depth: number) => {
    if (depth > 20) return;
    for (const o of outlines) {
      if (!isNode(o)) continue;
      const xmlUrl = attr(o, 'xmlUrl') ?? attr(o, 'xmlurl');
      if (xmlUrl !== null) {
        const url = safeUrl(xmlUrl.trim(), 'http://invalid/');
        if (!url || !/^https?:\/\//i.test(xmlUrl.trim())) skipped++;
        else if (!seen.has(url) && feeds.length < MAX_OPML_FEEDS) {
          seen.add(url);
          const name = attr(o, 'title') ?? attr(o, 'text');
          feeds.push({
            url,
            title: name ? htmlToLine(name.replace(/</g, '&lt;'), 300) || null : null,
            site: safeUrl(attr(o, 'htmlUrl'), url),
          });
        }
      }
      walk(list(o.outline), depth + 1);
    }
  };
  walk(list(isNode(opml.body) ? opml.body.outline : undefined), 0);
  if (feeds.length === 0)
    throw new FeedError(
      'not-a-feed',
      skipped > 0
        ? `the OPML list holds no http(s) feed address (${skipped} other${skipped === 1 ? '' : 's'} left out)`
        : 'the OPML list holds no feed (no outline with an xmlUrl)',
    );
  const title = typeof head.title === 'string' ? htmlToLine(head.title.replace(/</g, '&lt;'), 300) || null : null;
  return { title, feeds, skipped };
}
