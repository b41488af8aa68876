// What a match needs of a corpus article besides its vector: kept in the article's index entry, so a
// match reads the index alone. The articles store holds the whole article; a match is shown from
// this card and opens the article only when the reader asks for it.
import type { Article } from '../types';
import type { DocCard, DocRecord } from '../store/index-records';
import type { MatchedArticle } from './explain-match';
import { comparableFigures } from './shared-figures';
import { impliedDate } from './implied-date';

/** The card of an article, written with its index entry. */
export function docCard(
  article: Pick<Article, 'title' | 'outlet' | 'originalPublisher' | 'figures' | 'partial'> &
    Partial<Pick<Article, 'published' | 'paragraphs'>>,
): DocCard {
  // An article that states no date gets the one its text implies, as an estimate.
  const estimated =
    !article.published && article.paragraphs?.length ? impliedDate(article.paragraphs.join('\n')) : null;
  return {
    title: article.title,
    outlet: article.outlet?.name ?? null,
    originalPublisher: article.originalPublisher?.name ?? null,
    figures: comparableFigures(article.figures ?? []),
    ...(estimated ? { estimated } : {}),
    ...(article.partial ? { partial: true as const } : {}),
  };
}

/** An index entry with its card: what explaining a match reads, with the figures to compare. */
export function matchedFromCard(
  doc: Pick<DocRecord, 'id' | 'published'>,
  card: DocCard,
): MatchedArticle & { figures: DocCard['figures'] } {
  const estimated = doc.published ? null : (card.estimated ?? null);
  return {
    id: doc.id,
    title: card.title,
    outlet: card.outlet,
    originalPublisher: card.originalPublisher,
    published: doc.published,
    figures: card.figures,
    estimated,
    ...(card.partial ? { partial: true } : {}),
  };
}

/** The same from the article itself, for entries written before cards existed. */
export function matchedFromArticle(article: Article): MatchedArticle & { figures: DocCard['figures'] } {
  const card = docCard(article);
  return { ...card, id: article.id, published: article.published?.iso ?? null, estimated: card.estimated ?? null };
}
