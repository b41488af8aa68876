import type { LookupPassage } from '../lib/types';
import { formatDate } from './format-date';
import { HighlightedText } from './HighlightedText';
import { MatchStrength } from './MatchStrength';

export type LookupPassageCardProps = {
  passage: LookupPassage;
  onOpen: (articleId: string) => void;
};

/** A corpus passage matching the selection: its article, where it stands, and the matching words marked. */
export function LookupPassageCard({ passage, onOpen }: LookupPassageCardProps) {
  return (
    <article class="card passage">
      <div class="card-top">
        <span class="meta">
          {passage.outlet ?? 'outlet unknown'} · {formatDate(passage.published)} · paragraph {passage.paragraph + 1}
        </span>
        <MatchStrength score={passage.score} />
      </div>
      <h3 class="card-title">
        <button type="button" class="title-button" onClick={() => onOpen(passage.articleId)}>
          {passage.title || 'Untitled article'}
        </button>
      </h3>
      <blockquote class="passage-text">
        <HighlightedText text={passage.text} highlights={passage.highlights} />
      </blockquote>
    </article>
  );
}
