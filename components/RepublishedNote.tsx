import type { Match, PageDigest } from '../lib/types';
import { formatDate } from './format-date';
import { Icon } from './Icon';

export type RepublishedNoteProps = {
  page: PageDigest | null;
  matches: Match[];
};

/** Who published first, as far as the dates of the same-article matches (or the page's credit) tell. */
function firstPublisherText(page: PageDigest | null, same: Match[]): string | null {
  const earlier = same.find((m) => m.firstPublished?.which === 'article');
  if (earlier?.firstPublished) {
    const at = earlier.firstPublished.at ? ` (${formatDate(earlier.firstPublished.at)})` : '';
    return `${earlier.firstPublished.by ?? earlier.outlet ?? 'The corpus copy'} published it first${at}.`;
  }
  if (same.some((m) => m.firstPublished?.which === 'page')) return 'This page published it first.';
  if (page?.originalPublisher) return `The page credits ${page.originalPublisher} as first publisher.`;
  return null;
}

/** Says when the page is a corpus article republished, and who published it first. */
export function RepublishedNote({ page, matches }: RepublishedNoteProps) {
  const same = matches.filter((m) => m.relation === 'same-article');
  if (same.length === 0) return null;
  const outlets = [...new Set(same.map((m) => m.outlet ?? 'an unnamed outlet'))];
  const first = firstPublisherText(page, same);
  return (
    <p class="callout callout-same" role="note">
      <span class="callout-icon">
        <Icon name="same" />
      </span>
      <span>
        <strong>Same article as one in your corpus.</strong> The same text appears from {outlets.join(', ')}.
        {first && ` ${first}`}
      </span>
    </p>
  );
}
