// Feed files imported as articles (RSS, Atom, JSON Feed): each item with text becomes an article;
// an item that carries only a summary is marked partial. OPML lists hold feeds, not articles:
// the options page subscribes to them and the command-line tool lists them.
import { FeedError, parseFeed, readJsonFeed, MAX_FEED_ITEMS } from './parse-feed';
import { feedItemText, feedOutlet } from './feed-articles';
import { looksLikeOpml } from './opml';

/** Article texts of one file; `partial` holds the indexes of those made from a summary only. */
export type FileTexts = string[] & { partial?: Set<number> };

/** File names read as feeds by the import. */
export function isFeedFileName(name: string): boolean {
  return /\.(?:xml|rss|atom|rdf|opml)$/i.test(name);
}

/** Most items one imported feed file may hold (a file is not fetched, so the fetch limit does not apply). */
const MAX_FILE_ITEMS = 100_000;

/**
 * The articles of a feed file as texts. `json` is the file already parsed, for a `.json` file that
 * turned out to be a JSON Feed. Throws, saying why, when the file is not a feed or has no item with text.
 */
export function feedFileTexts(name: string, text: string, json?: Record<string, unknown>): FileTexts {
  if (json === undefined && looksLikeOpml(text)) {
    throw new FeedError(
      'not-a-feed',
      'this is an OPML list of feeds, not articles: add it under Feeds in the options to subscribe to them',
    );
  }
  const feed = json
    ? readJsonFeed(json, 'http://localhost/', MAX_FILE_ITEMS)
    : parseFeed(text, 'http://localhost/', MAX_FILE_ITEMS);
  const outlet = feedOutlet(feed, null);
  const out: FileTexts = [];
  const partial = new Set<number>();
  let skipped = 0;
  for (const item of feed.items) {
    const article = feedItemText(item, outlet);
    if (article === null) {
      skipped++;
      continue;
    }
    if (item.partial) partial.add(out.length);
    out.push(article);
  }
  if (out.length === 0) {
    throw new FeedError(
      'not-a-feed',
      feed.items.length === 0
        ? `the ${kindName(feed.kind)} feed holds no items`
        : `none of the feed's ${feed.items.length} items carries text to keep (${skipped} with a title alone)`,
    );
  }
  out.partial = partial;
  return out;
}

const kindName = (kind: string) => (kind === 'json' ? 'JSON' : kind === 'atom' ? 'Atom' : 'RSS');

export { MAX_FEED_ITEMS };
