import type { ComponentChildren } from 'preact';
import type { EstimatedDate, Match, PageDigest, PublisherClaim, ServedPublisher } from '../lib/types';
import { claimWords, servedPublisher } from '../lib/sources/served-publisher';
import { formatDate } from './format-date';
import { OutletAbout } from './OutletAbout';
import { RepublishedNote } from './RepublishedNote';
import { hostOf } from '../lib/page/safe-url';
import { EstimateText } from './EstimateText';

export type PageHeaderProps = {
  page: PageDigest | null;
  url: string;
  matches: Match[];
  /** The publisher as the page's served address shows it (the report's); read from the address alone when absent. */
  publisher?: ServedPublisher | null;
  /** The date the page's text implies, when it states none. */
  estimatedDate?: EstimatedDate | null;
  /** Actions beside "About this source". */
  children?: ComponentChildren;
};

/** Where a page's claim about its publisher was read. */
function claimBasis(claim: PublisherClaim): string {
  const address = claim.url ? `the address it gives (${hostOf(claim.url) ?? claim.url})` : null;
  const said = [claim.by.includes('name') ? 'its site name' : null, address].filter(Boolean).join(' and ');
  return `Stated by ${said || 'the page'}, not by where it was served: no outlet profile is shown for a claim.`;
}

/** Where a page's first-publisher credit was found. */
const CREDIT_FOUND_IN: Record<NonNullable<PageDigest['originalPublisherFoundIn']>, string> = {
  metadata: 'credited in the page’s metadata',
  text: 'credited in the article’s text',
  address: 'the page’s source address',
  dateline: 'a wire credit in its dateline',
};

/** The page being read: title, publisher (with its profile), original publisher, author and date. */
export function PageHeader({ page, url, matches, publisher = null, estimatedDate = null, children }: PageHeaderProps) {
  const host = hostOf(page?.url ?? url);
  // Without the report's verdict (one kept from an older version), the address alone decides.
  const served = publisher ?? (page ? servedPublisher(page, []) : null);
  const claim = served?.claim ?? null;
  const name = claim ? null : (served?.name ?? page?.site ?? host);
  const foundIn = page?.originalPublisherFoundIn ? CREDIT_FOUND_IN[page.originalPublisherFoundIn] : undefined;
  return (
    <header class="page-header">
      <p class="eyebrow">This page</p>
      <h2 class="page-title" dir="auto" lang={page?.language ?? undefined}>
        {page?.title || host || url}
      </h2>
      <dl class="credits">
        <div class={claim ? 'credit-claim' : undefined}>
          <dt>Publisher</dt>
          {claim && served ? (
            <dd>
              <span class="claim-words">{claimWords(claim, served.servedFrom)}</span>
              <span class="claim-basis">{claimBasis(claim)}</span>
            </dd>
          ) : (
            <dd>{name ?? <span class="unknown">unknown</span>}</dd>
          )}
        </div>
        {page?.originalPublisher && (
          <div>
            <dt>First published by</dt>
            <dd>
              {page.originalPublisher}
              {foundIn && <span class="credit-found-in">{foundIn}</span>}
            </dd>
          </div>
        )}
        <div>
          <dt>Author</dt>
          <dd>{page?.byline ?? <span class="unknown">not given</span>}</dd>
        </div>
        <div>
          <dt>Date</dt>
          <dd>
            {page?.published ? (
              formatDate(page.published)
            ) : estimatedDate ? (
              <EstimateText estimate={estimatedDate} />
            ) : (
              <span class="unknown">date unknown</span>
            )}
          </dd>
        </div>
      </dl>
      {/* The profile of the site that served the page, found by its address: never one it only names. */}
      <OutletAbout name={null} domain={served?.servedFrom ?? host}>
        {children}
      </OutletAbout>
      <RepublishedNote page={page} matches={matches} />
    </header>
  );
}
