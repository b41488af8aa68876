// A feed item as an article text in the seeds' format (a `Key: value` header, then paragraphs), so
// that it goes through the same parsing, analysis and index as any import or saved page.
import type { FeedItem, ParsedFeed } from './parse-feed';
import { hostOf } from '../page/safe-url';

/** Items shorter than this have no text worth keeping (a headline-only item). */
export const MIN_ITEM_CHARS = 40;

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The outlet an item is credited to: the feed's title, else its site's host. */
export function feedOutlet(feed: Pick<ParsedFeed, 'title' | 'site'>, feedUrl: string | null): string | null {
  return feed.title ?? hostOf(feed.site) ?? hostOf(feedUrl);
}

/** The item's text in the seeds' format, or null when it carries too little text to be an article. */
export function feedItemText(item: FeedItem, outlet: string | null): string | null {
  const body = item.paragraphs.filter((p) => p.trim());
  if (body.join(' ').length < MIN_ITEM_CHARS) return null;
  const header: Array<[string, string | null]> = [
    ['Title', item.title],
    ['Outlet', outlet],
    ['Author', item.author],
    ['Published', item.published],
    ['URL', item.url],
  ];
  // A paragraph that reads "Key: value" at the top would be taken for a header line: a blank line first.
  return `${header
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}: ${oneLine(v!)}`)
    .join('\n')}\n---\n${body.map(oneLine).join('\n\n')}`;
}
