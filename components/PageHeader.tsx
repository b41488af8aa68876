import type { ComponentChildren } from 'preact';
import type { EstimatedDate, Match, PageDigest } from '../lib/types';
import { formatDate } from './format-date';
import { OutletAbout } from './OutletAbout';
import { RepublishedNote } from './RepublishedNote';
import { hostOf } from '../lib/page/safe-url';
import { EstimateText } from './EstimateText';

export type PageHeaderProps = {
  page: PageDigest | null;
  url: string;
  matches: Match[];
  /** The date the page's text implies, when it states none. */
  estimatedDate?: EstimatedDate | null;
  /** Actions beside "About this source". */
  children?: ComponentChildren;
};

/** The page being read: title, publisher (with its profile), original publisher, author and date. */
export function PageHeader({ page, url, matches, estimatedDate = null, children }: PageHeaderProps) {
  const host = hostOf(page?.canonical ?? page?.url ?? url);
  const publisher = page?.site ?? host;
  return (
    <header class="page-header">
      <p class="eyebrow">This page</p>
      <h2 class="page-title" dir="auto" lang={page?.language ?? undefined}>{page?.title || host || url}</h2>
      <dl class="credits">
        <div>
          <dt>Publisher</dt>
          <dd>{publisher ?? <span class="unknown">unknown</span>}</dd>
        </div>
        {page?.originalPublisher && (
          <div>
            <dt>First published by</dt>
            <dd>{page.originalPublisher}</dd>
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
      <OutletAbout name={page?.site ?? null} domain={host}>
        {children}
      </OutletAbout>
      <RepublishedNote page={page} matches={matches} />
    </header>
  );
}
