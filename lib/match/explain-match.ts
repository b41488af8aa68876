// Turns a scored candidate into the Match the popup shows: what it is, how sure, and why — the
// distinctive words both texts use (as the page writes them), the names and figures they share,
// how far apart they were published, and for a copy, who published first.
import type { EstimatedDate, Match } from '../types';
import { daysBetween } from './dates';
import { earlier } from './dates';
import type { CandidateFeatures } from './score-candidate';
import type { TextProfile } from './text-profile';

/** Shared terms and names shown per match. */
export const EXPLAIN_TERMS = 8;
export const EXPLAIN_NAMES = 6;

export interface MatchedPage {
  profile: TextProfile;
  published: string | null;
  /** The page's date as its text implies it, when it states none. */
  estimated?: EstimatedDate | null;
  site: string | null;
  /** The first publisher the page itself names, if any. */
  originalPublisher?: string | null;
}

/** What an explanation says of the corpus article: from its index entry's card, or the article itself. */
export interface MatchedArticle {
  id: string;
  title: string;
  outlet: string | null;
  originalPublisher: string | null;
  published: string | null;
  /** The article's date as its text implies it, when it states none. */
  estimated?: (EstimatedDate & { confidence?: number }) | null;
  /** Only a summary of the article is kept. */
  partial?: boolean;
}

export function explainMatch(
  page: MatchedPage,
  article: MatchedArticle,
  features: CandidateFeatures,
  score: number,
  figures: string[],
): Match {
  const nameWords = new Set(features.names.flatMap((n) => n.text.toLowerCase().split(/\s+/)));
  const terms: string[] = [];
  for (const { term } of features.terms) {
    const shown = page.profile.surface.get(term) ?? term;
    // A word already shown as part of a shared name adds nothing.
    if (nameWords.has(shown) || terms.includes(shown)) continue;
    terms.push(shown);
    if (terms.length === EXPLAIN_TERMS) break;
  }
  return {
    id: article.id,
    title: article.title,
    outlet: article.outlet,
    published: article.published,
    relation: features.copy ? 'same-article' : 'related',
    score: Math.round(score * 1000) / 1000,
    shared: { terms, names: features.names.slice(0, EXPLAIN_NAMES).map((n) => n.text), figures },
    // Days apart as the stated dates give them; an estimate is shown as such, not as a count of days.
    daysApart: (features.dateConfidence ?? 1) < 1 ? null : features.daysApart,
    overlap: Math.round(features.overlap.pageInArticle * 1000) / 1000,
    firstPublished: features.copy ? firstPublished(page, article) : null,
    estimatedDate: article.published
      ? null
      : article.estimated
        ? { iso: article.estimated.iso, label: article.estimated.label, reason: article.estimated.reason }
        : null,
    ...(article.partial ? { partial: true } : {}),
  };
}

/** Lower-case words of a publisher's name, for comparing "Press TV" with "Press TV website". */
const nameKey = (name: string | null | undefined) =>
  (name ?? '')
    .toLowerCase()
    .replace(/[’']s\b|\bwebsite\b|\bthe\b|[^\p{L}\p{N} ]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const sameOutlet = (a: string | null | undefined, b: string | null | undefined) => {
  const x = nameKey(a);
  const y = nameKey(b);
  return x.length > 1 && y.length > 1 && (x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `));
};

/**
 * Which of page and article came out first. A text that credits the other's outlet as its first
 * publisher settles it; otherwise the dates do; unknown when a date is missing or they are equal.
 */
function firstPublished(page: MatchedPage, article: MatchedArticle): Match['firstPublished'] {
  const articleDate = article.published;
  // A text that names its first publisher is a republication: the credit goes there.
  const articleBy = article.originalPublisher ?? article.outlet ?? null;
  const pageBy = page.originalPublisher ?? page.site ?? null;
  if (
    page.originalPublisher &&
    (sameOutlet(page.originalPublisher, article.outlet) ||
      sameOutlet(page.originalPublisher, article.originalPublisher))
  ) {
    return { by: articleBy, at: articleDate, which: 'article', basis: 'credit' };
  }
  if (article.originalPublisher && sameOutlet(article.originalPublisher, page.site)) {
    return { by: pageBy, at: page.published, which: 'page', basis: 'credit' };
  }
  switch (earlier(page.published, articleDate)) {
    case 'a':
      return { by: pageBy, at: page.published, which: 'page', basis: 'dates' };
    case 'b':
      return { by: articleBy, at: articleDate, which: 'article', basis: 'dates' };
    default:
      break;
  }
  // Estimated dates decide only what they can: a stated date on one side, and a week or more apart.
  const pageDate = page.published ?? page.estimated?.iso ?? null;
  const otherDate = articleDate ?? article.estimated?.iso ?? null;
  const estimated = (!page.published && page.estimated) || (!articleDate && article.estimated);
  const gap = daysBetween(pageDate, otherDate);
  if (estimated && gap !== null && gap >= ESTIMATE_MARGIN_DAYS) {
    switch (earlier(pageDate, otherDate)) {
      case 'a':
        return { by: pageBy, at: page.published ?? null, which: 'page', basis: 'estimated dates' };
      case 'b':
        return { by: articleBy, at: articleDate, which: 'article', basis: 'estimated dates' };
    }
  }
  return { by: null, at: null, which: 'unknown' };
}

/** Days apart from which a date estimated from a text can say who came first. */
export const ESTIMATE_MARGIN_DAYS = 7;
