import { useEffect, useState } from 'preact/hooks';
import type { CorpusListing } from '../lib/messages';
import { useConnector } from './connector-context';
import { CorpusActions } from './CorpusActions';
import { CorpusList } from './CorpusList';
import { CorpusStats } from './CorpusStats';
import { CorpusProblemNote } from './CorpusProblemNote';
import { ImportPanel } from './ImportPanel';
import { errorText } from './use-request';

export type CorpusManagerProps = {
  /** Articles per page of the list. */
  pageSize?: number;
};

/** The corpus section of the options page: its numbers, import, the article list, export and restore. */
export function CorpusManager({ pageSize = 20 }: CorpusManagerProps) {
  const connector = useConnector();
  const [query, setQuery] = useState('');
  const [offset, setOffset] = useState(0);
  const [listing, setListing] = useState<CorpusListing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => connector.onBroadcast((b) => b.type === 'corpus-changed' && setVersion((v) => v + 1)), [connector]);

  useEffect(() => {
    let current = true;
    connector.send('list-articles', { query: query || undefined, offset, limit: pageSize }).then(
      (l) => {
        if (!current) return;
        setListing(l);
        setError(null);
        // A deletion can leave the last page empty: step back to one that has articles.
        if (l.articles.length === 0 && offset > 0 && l.total > 0)
          setOffset(Math.max(0, Math.floor((l.total - 1) / pageSize) * pageSize));
      },
      (e: unknown) => current && setError(errorText(e)),
    );
    return () => {
      current = false;
    };
  }, [connector, query, offset, pageSize, version]);

  return (
    <div class="corpus-manager">
      {listing?.problem && (
        <CorpusProblemNote
          problem={listing.problem}
          articles={listing.bundled + listing.user + (listing.feed ?? 0)}
          bytesUsed={listing.bytesUsed}
        />
      )}
      {listing && <CorpusStats listing={listing} />}
      <h3 class="subsection-title">Import articles</h3>
      <ImportPanel onChanged={() => setVersion((v) => v + 1)} />
      <h3 class="subsection-title">Articles</h3>
      <CorpusList
        listing={listing}
        error={error}
        query={query}
        offset={offset}
        pageSize={pageSize}
        onQuery={(q) => {
          setQuery(q);
          setOffset(0);
        }}
        onOffset={setOffset}
      />
      <h3 class="subsection-title">Export and restore</h3>
      <CorpusActions />
    </div>
  );
}
