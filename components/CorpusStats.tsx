import type { CorpusListing } from '../lib/messages';
import { formatBytes } from './format-bytes';

export type CorpusStatsProps = {
  listing: CorpusListing;
};

/** The corpus in numbers: articles bundled and added, storage used, the bundled corpus version. */
export function CorpusStats({ listing }: CorpusStatsProps) {
  const total = listing.bundled + listing.user + (listing.feed ?? 0);
  return (
    <dl class="stats">
      <div class="stat">
        <dt>Articles</dt>
        <dd>{total.toLocaleString('en')}</dd>
      </div>
      <div class="stat">
        <dt>Bundled</dt>
        <dd>{listing.bundled.toLocaleString('en')}</dd>
      </div>
      <div class="stat">
        <dt>Added by you</dt>
        <dd>{listing.user.toLocaleString('en')}</dd>
      </div>
      {(listing.feed ?? 0) > 0 && (
        <div class="stat">
          <dt>From feeds</dt>
          <dd>{listing.feed!.toLocaleString('en')}</dd>
        </div>
      )}
      <div class="stat">
        <dt>Storage used</dt>
        <dd>{formatBytes(listing.bytesUsed)}</dd>
      </div>
      <div class="stat">
        <dt>Bundled corpus version</dt>
        <dd class="stat-version" title={listing.corpusVersion ?? undefined}>
          {listing.corpusVersion ? listing.corpusVersion.slice(0, 9) : 'not installed'}
        </dd>
      </div>
    </dl>
  );
}
