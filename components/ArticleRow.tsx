import { useState } from 'preact/hooks';
import type { ArticleSummary } from '../lib/types';
import { formatDate } from './format-date';

export type ArticleRowProps = {
  article: ArticleSummary;
  onDelete: (id: string) => Promise<void>;
};

/** One corpus article in the options list, with a delete that asks for confirmation first. */
export function ArticleRow({ article, onDelete }: ArticleRowProps) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const title = article.title || 'Untitled article';
  return (
    <li class="article-row">
      <div class="article-row-text">
        <span class="article-row-title">{title}</span>
        <span class="meta">
          {article.outlet ?? 'outlet unknown'} · {formatDate(article.published)}
          {article.author && ` · ${article.author}`}
        </span>
      </div>
      <span
        class={`badge ${article.origin === 'user' ? 'badge-user' : article.origin === 'feed' ? 'badge-kind' : 'badge-bundled'}`}
      >
        {article.origin === 'user' ? 'Yours' : article.origin === 'feed' ? 'Feed' : 'Bundled'}
      </span>
      {confirming ? (
        <span class="confirm" role="group" aria-label={`Delete “${title}”?`}>
          <span class="confirm-text">Delete?</span>
          <button
            type="button"
            class="button button-danger"
            disabled={busy}
            onClick={() => {
              setBusy(true);
              onDelete(article.id).finally(() => setBusy(false));
            }}
          >
            Delete
          </button>
          <button type="button" class="button button-quiet" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </span>
      ) : (
        <button
          type="button"
          class="button button-quiet"
          aria-label={`Delete “${title}”`}
          onClick={() => setConfirming(true)}
        >
          Delete
        </button>
      )}
    </li>
  );
}
