// One path from a page to what the engine says about it, for every door (the extension's tab report,
// the command-line tool): the page's text bounded, its figures and sources, the date its text implies
// when it states none, its related corpus articles (from the IndexedDB index, never the whole corpus)
// and the figures lined up across them.
import type { Article, FigureLine, Match, PageDigest } from '../types';
import type { Db } from '../store/db';
import { analyzeText } from '../corpus/analyze-article';
import { matchPage, type MatchOptions } from '../match/match-page';
import { lineUpFigures } from '../figures/line-up-figures';
import { impliedDate, type ImpliedDate } from '../match/implied-date';

/** How much of a page is analysed: enough for any article, bounded for a 10 MB page. */
export const MAX_ANALYSED_CHARS = 200_000;

/** What the text alone says: the text analysed (at most MAX_ANALYSED_CHARS), its figures and sources. */
export type TextAnalysis = Pick<Article, 'figures' | 'sources'> & { text: string };

export interface PageAnalysis extends TextAnalysis {
  /** For a page that states no date, the one its text implies (an estimate), else null. */
  estimated: ImpliedDate | null;
  matches: Match[];
  figureLines: FigureLine[];
}

/** The figures and sources of a page's text, read from its first MAX_ANALYSED_CHARS characters. */
export function analyzePageText(pageText: string): TextAnalysis {
  const text = pageText.slice(0, MAX_ANALYSED_CHARS);
  return { text, ...analyzeText(text) };
}

/**
 * A page analysed and matched against the corpus; `options` go to the matcher as given. `page` is who
 * the page is for matching and line-ups: the extension passes the served address and site unless the
 * page's canonical address is on the same site (lib/sources/served-publisher.ts).
 */
export async function analyzePage(
  db: Db,
  digest: PageDigest,
  options: MatchOptions,
  page: { url: string; site: PageDigest['site'] } = { url: digest.canonical ?? digest.url, site: digest.site },
): Promise<PageAnalysis> {
  const { url, site } = page;
  const { text, figures, sources } = analyzePageText(digest.text);
  // A page that states no date gets the one its text implies, as an estimate.
  const estimated = digest.published ? null : impliedDate(text);
  const matches = await matchPage(
    db,
    {
      text,
      title: digest.title,
      published: digest.published,
      estimatedDate: estimated,
      figures,
      url,
      site,
      originalPublisher: digest.originalPublisher,
      language: digest.language,
    },
    options,
  );
  const related = await Promise.all(matches.map((m) => db.get('articles', m.id)));
  const figureLines = lineUpFigures([
    { figures, articleId: null, outlet: site, date: digest.published },
    ...related.flatMap((a) =>
      a
        ? [{ figures: a.figures, articleId: a.id, outlet: a.outlet?.name ?? null, date: a.published?.iso ?? null }]
        : [],
    ),
  ]);
  return { text, figures, sources, estimated, matches, figureLines };
}
