import type { Match } from '../lib/types';
import { RelatedCard } from './RelatedCard';

export type RelatedListProps = {
  matches: Match[];
  corpusSize: number;
  onOpen: (id: string) => void;
};

/** The corpus articles about the same events, same-article copies first; says so when there are none. */
export function RelatedList({ matches, corpusSize, onOpen }: RelatedListProps) {
  if (matches.length === 0) {
    return (
      <p class="empty">
        No related article among the {corpusSize.toLocaleString('en')} articles in your corpus.
      </p>
    );
  }
  const ordered = [...matches].sort(
    (a, b) => Number(b.relation === 'same-article') - Number(a.relation === 'same-article') || b.score - a.score,
  );
  return (
    <ul class="card-list" aria-label="Related articles">
      {ordered.map((match) => (
        <li key={match.id}>
          <RelatedCard match={match} onOpen={onOpen} />
        </li>
      ))}
    </ul>
  );
}
