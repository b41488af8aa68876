import { useEffect, useId, useState } from 'preact/hooks';
import type { CorpusListing } from '../lib/messages';
import { ArticleRow } from './ArticleRow';
import { NextActions } from './NextActions';
import { useConnector } from './connector-context';
import { errorText } from './use-request';

export type CorpusListProps = {
  listing: CorpusListing | null;
  error: string | null;
  query: string;
  offset: number;
  pageSize: number;
  onQuery: (query: string) => void;
  onOffset: (offset: number) => void;
};

/** The corpus articles, searchable and paged, each deletable. */
export function CorpusList({ listing, error, query, offset, pageSize, onQuery, onOffset }: CorpusListProps) {
  const connector = useConnector();
  const [draft, setDraft] = useState(query);
  const [note, setNote] = useState<string | null>(null);
  const searchId = useId();

  // Search as the user types, once they pause.
  useEffect(() => {
    if (draft === query) return;
    const timer = setTimeout(() => onQuery(draft), 250);
    return () => clearTimeout(timer);
  }, [draft]);

  const remove = (id: string) =>
    connector.send('delete-article', { id }).then(
      (r) => setNote(r.ok ? 'Article deleted.' : 'That article was already gone.'),
      (e: unknown) => setNote(`Couldn’t delete: ${errorText(e)}`),
    );

  const total = listing?.total ?? 0;
  const shown = listing?.articles ?? [];
  return (
    <div class="corpus-list">
      <div class="search-row">
        <label for={searchId}>Search the corpus</label>
        <input
          id={searchId}
          type="search"
          placeholder="Title, outlet or author"
          value={draft}
          onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
        />
      </div>
      {error && <p class="field-error">Couldn’t list the articles: {error}</p>}
      {listing && shown.length === 0 && (
        <div class="empty">
          <p>{query ? `No article matches “${query}”.` : 'Your corpus is empty.'}</p>
          {!query && <NextActions actions={['import', 'keep']} newTab={false} />}
        </div>
      )}
      {shown.length > 0 && (
        <ul class="article-rows" aria-label="Corpus articles">
          {shown.map((a) => (
            <ArticleRow key={a.id} article={a} onDelete={remove} />
          ))}
        </ul>
      )}
      {total > 0 && (
        <nav class="pager" aria-label="Pages of articles">
          <button
            type="button"
            class="button"
            disabled={offset === 0}
            onClick={() => onOffset(Math.max(0, offset - pageSize))}
          >
            <span aria-hidden="true">← </span>Previous
          </button>
          <span class="pager-text">
            {offset + 1}–{Math.min(offset + pageSize, total)} of {total.toLocaleString('en')}
            {query && ' found'}
          </span>
          <button
            type="button"
            class="button"
            disabled={offset + pageSize >= total}
            onClick={() => onOffset(offset + pageSize)}
          >
            Next<span aria-hidden="true"> →</span>
          </button>
        </nav>
      )}
      <p class="save-note" role="status">
        {note}
      </p>
    </div>
  );
}
