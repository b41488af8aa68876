import { useState } from 'preact/hooks';
import { useConnector } from './connector-context';
import { formatDate } from './format-date';
import { useRequest } from './use-request';

export type CorpusPeekProps = {
  onOpen: (id: string) => void;
};

/** The corpus at a glance in the popup: a disclosure listing its newest articles, each opening in the reader. */
export function CorpusPeek({ onOpen }: CorpusPeekProps) {
  const connector = useConnector();
  const [open, setOpen] = useState(false);
  const listing = useRequest(open ? 'corpus' : null, () => connector.send('list-articles', { limit: 20 }));
  return (
    <details class="corpus-peek" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>Your corpus</summary>
      {listing.status === 'loading' && open && <p class="meta">Loading the corpus…</p>}
      {listing.status === 'failed' && <p class="meta">The corpus could not be read: {listing.error}</p>}
      {listing.status === 'done' && (
        <>
          <p class="meta">
            {listing.data.bundled + listing.data.user} article
            {listing.data.bundled + listing.data.user === 1 ? '' : 's'}: {listing.data.bundled} bundled,{' '}
            {listing.data.user} added by you
          </p>
          <ul class="corpus-peek-list">
            {listing.data.articles.map((a) => (
              <li key={a.id}>
                <button type="button" class="link-button corpus-peek-title" onClick={() => onOpen(a.id)}>
                  {a.title || 'Untitled article'}
                </button>
                <span class="meta">
                  {a.outlet ?? 'outlet unknown'} · {formatDate(a.published)}
                  {a.author ? ` · ${a.author}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}
