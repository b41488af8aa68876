import type { Match } from '../lib/types';
import { RelatedCard } from './RelatedCard';
import { NextActions } from './NextActions';

export type RelatedListProps = {
  matches: Match[];
  corpusSize: number;
  onOpen: (id: string) => void;
  /** The tab whose page "Save this page" would save. */
  tabId?: number | null;
};

/** The corpus articles about the same events, same-article copies first; says so when there are none. */
export function RelatedList({ matches, corpusSize, onOpen, tabId = null }: RelatedListProps) {
  if (matches.length === 0) {
    return (
      <div class="empty">
        <p>No related article among the {corpusSize.toLocaleString('en')} articles in your corpus.</p>
        <p class="muted">Your corpus grows with what you save, import, or keep as you read.</p>
        <NextActions actions={['import', 'keep', 'settings']} tabId={tabId} />
      </div>
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
