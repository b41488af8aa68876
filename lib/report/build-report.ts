// A tab's report from its page digest: the page's figures and sources, its related corpus articles
// (from the IndexedDB index, never the whole corpus), and the figures lined up across them.
import type { Figure, OutletProfile, PageDigest, TabReport } from '../types';
import type { Db } from '../store/db';
import { countArticles } from '../store/corpus-store';
import { analyzeText } from '../corpus/analyze-article';
import { matchPage } from '../match/match-page';
import { lineUpFigures } from '../figures/line-up-figures';
import { impliedDate } from '../match/implied-date';
import { servedPublisher } from '../sources/served-publisher';

export interface ReportOptions {
  threshold: number;
  limit?: number;
  /** Outlet profiles, to tell the served site's own from one the page only claims; none by default. */
  profiles?: OutletProfile[];
}

/** Corpus articles under the threshold kept in a report, to say why they are not shown. */
export const NEAREST_SHOWN = 3;

/** How much of a page is analysed: enough for any article, bounded for a 10 MB page. */
export const MAX_ANALYSED_CHARS = 200_000;

export async function buildReport(db: Db, tabId: number, digest: PageDigest, options: ReportOptions): Promise<TabReport> {
  const text = digest.text.slice(0, MAX_ANALYSED_CHARS);
  const { figures, sources } = analyzeText(text);
  // A page that states no date gets the one its text implies, as an estimate.
  const estimated = digest.published ? null : impliedDate(text);
  const nearest = { count: NEAREST_SHOWN, found: [] as TabReport['matches'] };
  // The page's address as matching sees it: its canonical one only when that is on the served site.
  const publisher = servedPublisher(digest, options.profiles ?? []);
  // Who the page is, for matching and line-ups: a site it only claims to be never stands in for it.
  const site = publisher.claim ? publisher.name : digest.site;
  const matches = await matchPage(
    db,
    { text, title: digest.title, published: digest.published, estimatedDate: estimated, figures, url: publisher.url, site, originalPublisher: digest.originalPublisher, language: digest.language },
    { threshold: options.threshold, limit: options.limit ?? 10, nearest },
  );
  const related = await Promise.all(matches.map((m) => db.get('articles', m.id)));
  const figureLines = lineUpFigures([
    { figures, articleId: null, outlet: site, date: digest.published },
    ...related.flatMap((a) => (a ? [{ figures: a.figures as Figure[], articleId: a.id, outlet: a.outlet?.name ?? null, date: a.published?.iso ?? null }] : [])),
  ]);
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
export function stateReport(tabId: number, url: string, state: TabReport['state'], message: string | null = null): TabReport {
  return { tabId, url, state, page: null, matches: [], figures: [], sources: [], figureLines: [], corpusSize: 0, message, updatedAt: Date.now() };
}
