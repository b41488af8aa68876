import type { Match } from '../lib/types';
import { formatDate, formatDaysApart } from './format-date';
import { MatchStrength } from './MatchStrength';
import { ReasonChips } from './ReasonChips';
import { EstimateText } from './EstimateText';
import { RelationLabel } from './RelationLabel';

export type RelatedCardProps = {
  match: Match;
  onOpen: (id: string) => void;
};

/** Who published first, in words, for a same-article match. */
function firstPublishedText(match: Match): string | null {
  const first = match.firstPublished;
  if (match.relation !== 'same-article' || !first) return null;
  const how =
    first.basis === 'credit'
      ? ' (the republished text credits it)'
      : first.basis === 'dates'
        ? ' (by the dates)'
        : first.basis === 'estimated dates'
          ? ' (by dates estimated from the texts)'
          : '';
  if (first.which === 'page') return `This page published it first${how}.`;
  if (first.which === 'article') {
    const by = first.by ?? match.outlet ?? 'This article';
    return `${by} published it first${first.at ? `, ${formatDate(first.at)}` : ''}${how}.`;
  }
  return 'Who published first is unknown: the dates don’t tell.';
}

/** One corpus article related to the page: relation, strength, source, date and why it matched. */
export function RelatedCard({ match, onOpen }: RelatedCardProps) {
  const apart = formatDaysApart(match.daysApart);
  const first = firstPublishedText(match);
  return (
    <article class={`card related-card related-${match.relation}`}>
      <div class="card-top">
        <span class="card-labels">
          <RelationLabel relation={match.relation} />
          {match.partial && (
            <span
              class="badge badge-kind"
              title="Your corpus keeps only a summary of this article (its feed gives no more)"
            >
              Summary only
            </span>
          )}
        </span>
        <MatchStrength score={match.score} />
      </div>
      <h3 class="card-title">
        <button type="button" class="title-button" onClick={() => onOpen(match.id)}>
          {match.title || 'Untitled article'}
        </button>
      </h3>
      <p class="meta">
        <span>{match.outlet ?? 'outlet unknown'}</span>
        <span aria-hidden="true"> · </span>
        <span>
          {!match.published && match.estimatedDate ? (
            <EstimateText estimate={match.estimatedDate} />
          ) : (
            formatDate(match.published)
          )}
        </span>
        {apart && (
          <>
            <span aria-hidden="true"> · </span>
            <span>{apart}</span>
          </>
        )}
      </p>
      {first && <p class="first-published">{first}</p>}
      <ReasonChips shared={match.shared} />
    </article>
  );
}
