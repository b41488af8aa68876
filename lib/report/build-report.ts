// A tab's report from its page digest: what the engine says about the page (analyze-page.ts), with
// the nearest articles under the threshold and the corpus size, as the popup and side panel show it.
import type { OutletProfile, PageDigest, TabReport } from '../types';
import type { Db } from '../store/db';
import { countArticles } from '../store/corpus-store';
import { analyzePage } from './analyze-page';
import { servedPublisher } from '../sources/served-publisher';

export interface ReportOptions {
  threshold: number;
  limit?: number;
  /** Outlet profiles, to tell the served site's own from one the page only claims; none by default. */
  profiles?: OutletProfile[];
}

/** Corpus articles under the threshold kept in a report, to say why they are not shown. */
export const NEAREST_SHOWN = 3;

export async function buildReport(
  db: Db,
  tabId: number,
  digest: PageDigest,
  options: ReportOptions,
): Promise<TabReport> {
  const nearest = { count: NEAREST_SHOWN, found: [] as TabReport['matches'] };
  // The page's address as matching sees it: its canonical one only when that is on the served site.
  const publisher = servedPublisher(digest, options.profiles ?? []);
  // Who the page is, for matching and line-ups: a site it only claims to be never stands in for it.
  const site = publisher.claim ? publisher.name : digest.site;
  const { text, figures, sources, estimated, matches, figureLines } = await analyzePage(
    db,
    digest,
    { threshold: options.threshold, limit: options.limit ?? 10, nearest },
    { url: publisher.url, site },
  );
  const { total } = await countArticles(db);
  return {
    tabId,
    url: digest.url,
    state: 'ready',
    page: { ...digest, text },
    matches,
    figures,
    sources,
    figureLines,
    corpusSize: total,
    message: null,
    updatedAt: Date.now(),
    pageEstimatedDate: estimated ? { iso: estimated.iso, label: estimated.label, reason: estimated.reason } : null,
    nearest: nearest.found,
    threshold: options.threshold,
    publisher,
  };
}

/** A report that says where things stand without a reading: still reading, not an article, an error. */
export function stateReport(
  tabId: number,
  url: string,
  state: TabReport['state'],
  message: string | null = null,
): TabReport {
  return {
    tabId,
    url,
    state,
    page: null,
    matches: [],
    figures: [],
    sources: [],
    figureLines: [],
    corpusSize: 0,
    message,
    updatedAt: Date.now(),
  };
}
